package org.gridgov.time;

import java.time.LocalDate;
import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * A date whose status differs from the weekday rule: a holiday (a day off, even on a weekday) or an adjusted
 * working day (调休上班, a weekend day worked).
 *
 * @param date    the date
 * @param working true for an adjusted working day, false for a day off
 * @param name    the holiday it belongs to, e.g. {@code 国庆节 (National Day)}
 */
public record SpecialDay(LocalDate date, boolean working, Bilingual name) {
    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }

    /** A day off. */
    public static SpecialDay holiday(LocalDate date, Bilingual name) {
        return new SpecialDay(date, false, name);
    }

    /** A weekend day that is worked. */
    public static SpecialDay workday(LocalDate date, Bilingual name) {
        return new SpecialDay(date, true, name);
    }
}
