package org.gridgov.issue;

import org.gridgov.i18n.Bilingual;

/** How the reporter rated the handling of an issue (群众评单), the three answers hotline callbacks use. */
public enum Rating {
    /** 满意. */
    SATISFIED("满意", "satisfied"),
    /** 基本满意. */
    BASICALLY_SATISFIED("基本满意", "basically satisfied"),
    /** 不满意. */
    UNSATISFIED("不满意", "unsatisfied");

    private final Bilingual displayName;

    Rating(String zh, String en) {
        this.displayName = Bilingual.of(zh, en);
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return displayName;
    }
}
