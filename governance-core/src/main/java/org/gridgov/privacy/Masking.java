package org.gridgov.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The masking conventions, in one place. A mobile number keeps its first 3 and last 4 digits
 * ({@code 138****5678}); a landline its area code and last 2 digits ({@code 0469-*****34}); a resident ID number
 * its 6-digit address code and last 4 characters ({@code 220202********123X}); a name its first character
 * ({@code 王**}; a one-character name is all masked). In free text, every number that looks like a mobile, a
 * landline with its area code, or an ID number — not part of a longer run of digits or letters, so that node
 * codes, case ids and hashes stay readable — is masked by the same rules.
 */
public final class Masking {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** Digits and letters around a number make it part of something else (a code, an id, a hash). */
    private static final String OPEN = "(?<![0-9A-Za-z])";
    private static final String CLOSE = "(?![0-9A-Za-z])";
    private static final Pattern IN_TEXT = Pattern.compile(OPEN + "(?:(\\d{17}[\\dXx])|(1[3-9]\\d{9})"
            + "|(0\\d{2,3}-?\\d{7,8}))" + CLOSE);

    private Masking() {
    }

    /**
     * A phone number masked.
     *
     * @param phone a mobile ({@code 13804325678}) or a landline with area code ({@code 0469-4221234}, {@code 04694221234})
     */
    public static String phone(String phone) {
        if (MOBILE.matcher(phone).matches()) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        int dash = phone.indexOf('-');
        String area = dash >= 0 ? phone.substring(0, dash + 1) : "";
        String local = dash >= 0 ? phone.substring(dash + 1) : phone;
        if (dash < 0 && phone.startsWith("0")) {
            // Without a dash the split is ambiguous; 3 digits are area code for every length allowed.
            area = phone.substring(0, 3);
            local = phone.substring(3);
        }
        return local.length() <= 2 ? "*".repeat(phone.length())
                : area + "*".repeat(local.length() - 2) + local.substring(local.length() - 2);
    }

    /** An 18-character resident ID number masked; anything shorter is masked whole. */
    public static String idNumber(String id) {
        return id.length() == 18 ? id.substring(0, 6) + "********" + id.substring(14) : "*".repeat(id.length());
    }

    /** A name masked: its first character kept, every other one a {@code *}. */
    public static String name(String name) {
        int count = name.codePointCount(0, name.length());
        if (count <= 1) {
            return "*";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(count - 1);
    }

    /** Free text with every phone-like and ID-like number masked; the rest unchanged. */
    public static String text(String text) {
        Matcher m = IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String masked = m.group(1) != null ? idNumber(m.group(1)) : phone(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        m.appendTail(out);
        return out.toString();
    }
}
