package org.gridgov.service;

import org.gridgov.i18n.Bilingual;

/** Why a report-in goes to its community. */
public enum Basis {
    /** The member lives there (the residence rule). */
    RESIDENCE("居住地社区", "the community the member lives in"),
    /** The member lives in no community of the city: the community their employer is paired with (结对共建). */
    EMPLOYER_PAIRING("工作单位结对社区", "the community the member's employer is paired with"),
    /** A unit reports in to the community it is paired with (双报到). */
    UNIT_PAIRING("单位结对社区", "the community the unit is paired with");

    private final Bilingual name;

    Basis(String zh, String en) {
        this.name = Bilingual.of(zh, en);
    }

    /** The basis in words. */
    public Bilingual displayName() {
        return name;
    }
}
