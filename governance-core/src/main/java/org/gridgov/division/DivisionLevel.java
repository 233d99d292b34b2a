package org.gridgov.division;

import java.util.Locale;

/**
 * The levels of China's official administrative divisions, as the National Bureau of Statistics codes them:
 * 2 digits for a province, 4 for a prefecture-level city, 6 for a county or district, 9 for a street or town,
 * 12 for a community or village. A closed set fixed by the national standard.
 */
public enum DivisionLevel {
    PROVINCE(2),
    CITY(4),
    COUNTY(6),
    STREET(9),
    COMMUNITY(12);

    private final int codeLength;

    DivisionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** The number of digits in a code at this level. */
    public int codeLength() {
        return codeLength;
    }

    /** The lower-case name used in division files: {@code city}, {@code county}... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
