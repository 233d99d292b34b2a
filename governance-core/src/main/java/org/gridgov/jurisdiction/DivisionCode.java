package org.gridgov.jurisdiction;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * An official administrative division code: GB/T 2260 for province (2 digits), prefecture (4) and county (6),
 * extended by the National Bureau of Statistics to streets and towns (9) and to communities and villages (12).
 *
 * @param value the digits, of length 2, 4, 6, 9 or 12
 */
public record DivisionCode(String value) {
    /** @throws IllegalArgumentException if the value is not 2, 4, 6, 9 or 12 ASCII digits */
    public DivisionCode {
        checkArgument(value != null && value.chars().allMatch(c -> c >= '0' && c <= '9')
                        && (value.length() == 2 || value.length() == 4 || value.length() == 6
                            || value.length() == 9 || value.length() == 12),
                "division code must be 2, 4, 6, 9 or 12 digits, got '%s'", value);
    }

    /** True if this code is a proper prefix of {@code other}, as a county's code is of its streets' codes. */
    public boolean contains(DivisionCode other) {
        return other.value.length() > value.length() && other.value.startsWith(value);
    }

    /**
     * For a 12-digit village-level code: true if the NBS segment 001-199 marks an urban residents' committee
     * (居委会, a community) rather than a villagers' committee (村委会, 200-399).
     */
    public boolean isUrbanCommunity() {
        return value.length() == 12 && unitSegment() < 200;
    }

    /**
     * For a 12-digit village-level code, its last three digits: 001-199 residents' committees, 200-399 villagers'
     * committees, 400-599 other units (farms, zones, living quarters). 0 for shorter codes.
     */
    public int unitSegment() {
        return value.length() == 12 ? Integer.parseInt(value.substring(9)) : 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
