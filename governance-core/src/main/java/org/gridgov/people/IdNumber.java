package org.gridgov.people;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An 18-character resident identity card number (公民身份号码, GB 11643-1999): a 6-digit address code, an
 * 8-digit birth date, a 3-digit sequence and a check character ({@code 0}-{@code 9} or {@code X}) computed
 * with ISO 7064 MOD 11-2. A lower-case {@code x} is accepted and stored upper-case.
 *
 * <p><b>Personal data.</b> {@link #value()} returns the real number for whoever must verify it;
 * {@link #toString()} masks it ({@code 220202********123X}) so that logs and messages never carry it.
 *
 * @param value the 18 characters
 */
public record IdNumber(String value) {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /**
     * @throws IllegalArgumentException if the value is not 17 digits and a check character, if its birth date
     *                                  is not a calendar date, or if the check character is wrong; messages do
     *                                  not repeat the value
     */
    public IdNumber {
        checkArgument(value != null && value.length() == 18, "an ID number has 18 characters");
        value = value.toUpperCase(java.util.Locale.ROOT);
        for (int i = 0; i < 17; i++) {
            checkArgument(Character.isDigit(value.charAt(i)) && value.charAt(i) < 128,
                    "an ID number has 17 digits before its check character");
        }
        checkArgument(isValidDate(value.substring(6, 14)), "an ID number's birth date (characters 7-14) is not a date");
        checkArgument(value.charAt(17) == checkCharacter(value.substring(0, 17)),
                "the ID number's check character does not match its digits (GB 11643)");
    }

    /**
     * The check character of the first 17 digits under GB 11643: the weighted sum modulo 11 indexes
     * {@code 10X98765432}.
     *
     * @param first17 the first 17 digits
     * @throws IllegalArgumentException if not exactly 17 ASCII digits
     */
    public static char checkCharacter(String first17) {
        checkArgument(first17 != null && first17.length() == 17 && first17.chars().allMatch(c -> c >= '0' && c <= '9'),
                "the check character is computed from 17 digits");
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static boolean isValidDate(String yyyymmdd) {
        try {
            LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The masked number: the 6-digit address code and the last 4 characters, {@code 220202********123X}. */
    public String masked() {
        return org.gridgov.privacy.Masking.idNumber(value);
    }

    /** The masked number; never the real one. */
    @Override
    public String toString() {
        return masked();
    }
}
