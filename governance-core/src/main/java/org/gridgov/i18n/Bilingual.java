package org.gridgov.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Chinese with its English counterpart: display names, reasons and messages to policy staff.
 *
 * <p>Both parts are required and non-blank. Where a source gives only a Chinese name (official division
 * data, for example), {@link #zh(String)} uses the Chinese text for both, so nothing is ever empty.
 *
 * @param zh the Chinese text, shown to Chinese-locale users
 * @param en the English text, shown to everyone else
 */
public record Bilingual(String zh, String en) {

    /**
     * @throws NullPointerException if either part is null
     * @throws IllegalArgumentException if either part is blank
     */
    public Bilingual {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (zh.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("bilingual text needs both parts, got zh='" + zh + "' en='" + en + "'");
        }
    }

    /** A text in both languages. */
    public static Bilingual of(String zh, String en) {
        return new Bilingual(zh, en);
    }

    /** A name known only in Chinese; the English part repeats it. */
    public static Bilingual zh(String zh) {
        return new Bilingual(zh, zh);
    }

    /** The text for a locale: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    /** Both parts, Chinese first, as shown in logs and explanations: {@code 网格长 (grid leader)}. */
    @Override
    public String toString() {
        return zh.equals(en) ? zh : zh + " (" + en + ")";
    }
}
