package org.gridgov.time;

import java.util.Locale;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;

/**
 * How a limit of working days is counted (a pack setting, {@code settings.timeLimits.rounding}).
 *
 * <ul>
 *   <li>{@link #EXACT} (精确): the same time of day on the Nth working day, counted from the next working instant;
 *       3 working days from Tuesday 16:00 end on Friday 16:00.</li>
 *   <li>{@link #END_OF_DAY} (下班前): the end of the working hours of the Nth working day after the day of the
 *       start, as "N个工作日内" and "次个工作日下班前" are meant in practice; 1 working day from Tuesday 16:00 ends
 *       on Wednesday 17:30, and from Friday evening on Monday 17:30.</li>
 * </ul>
 * Natural time and working hours are never rounded.
 */
public enum Rounding {
    EXACT(Bilingual.of("精确", "exact")),
    END_OF_DAY(Bilingual.of("下班前", "end-of-day"));

    private final Bilingual displayName;

    Rounding(Bilingual displayName) {
        this.displayName = displayName;
    }

    /** 精确 / exact, 下班前 / end-of-day: the words a pack writes. */
    public Bilingual displayName() {
        return displayName;
    }

    /** The rounding a pack names in Chinese or English ({@code end-of-day}, {@code 下班前}), if it is one. */
    public static Optional<Rounding> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Rounding r : values()) {
            if (t.equals(r.displayName.en()) || t.equals(r.displayName.zh())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
