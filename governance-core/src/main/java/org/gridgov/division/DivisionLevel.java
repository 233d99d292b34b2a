package org.gridgov.division;

import java.util.Locale;

/**
 * The levels of China's official administrative divisions, as the National Bureau of Statistics codes them:
 * 2 digits for a province, 4 for a prefecture-level city, 6 for a county or district, 9 for a street or town,
 * 12 for a community or village; above the provinces, the country itself, which has no code. A closed set fixed
 * by the national standard.
 */
public enum DivisionLevel {
    COUNTRY(0),
    PROVINCE(2),
    CITY(4),
    COUNTY(6),
    STREET(9),
    COMMUNITY(12);

    private final int codeLength;

    DivisionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** The number of digits in a code at this level; 0 for the country, which has none. */
    public int codeLength() {
        return codeLength;
    }

    /** True for the levels whose divisions carry a code: all but the country. */
    public boolean hasCode() {
        return codeLength > 0;
    }

    /** The lower-case name used in division files: {@code city}, {@code county}... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
