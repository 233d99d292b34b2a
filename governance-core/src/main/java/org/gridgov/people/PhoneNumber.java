package org.gridgov.people;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * A telephone number: an 11-digit mainland mobile number ({@code 1[3-9]} followed by 9 digits), or a landline
 * of 7 or 8 digits with an optional area code ({@code 0} and 2 or 3 digits) and dash, such as
 * {@code 0469-4221234}.
 *
 * <p><b>Personal data.</b> {@link #value()} returns the real number for whoever must dial it; {@link
 * #toString()} masks it ({@code 138****5678}, {@code 0469-*****34}) so that logs and messages never carry it.
 *
 * @param value the number as given, digits and at most one dash
 */
public record PhoneNumber(String value) {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3}-?)?[2-9]\\d{6,7}");

    /** @throws IllegalArgumentException if the value is neither a mobile nor a landline number; the message
     *                                  does not repeat the value */
    public PhoneNumber {
        checkArgument(value != null && (MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches()),
                "not a mainland mobile (11 digits starting 13-19) or landline number (optional area code and "
                        + "dash, then 7 or 8 digits)");
    }

    /** True for a mobile number, false for a landline. */
    public boolean isMobile() {
        return MOBILE.matcher(value).matches();
    }

    /**
     * The masked number: a mobile keeps its first 3 and last 4 digits ({@code 138****5678}); a landline keeps
     * its area code and last 2 digits ({@code 0469-*****34}).
     */
    public String masked() {
        return org.gridgov.privacy.Masking.phone(value);
    }

    /** The masked number; never the real one. */
    @Override
    public String toString() {
        return masked();
    }
}
