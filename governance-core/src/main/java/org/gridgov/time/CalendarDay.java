package org.gridgov.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;

/**
 * How a calendar sees one date.
 *
 * @param date    the date
 * @param working whether it is a working day
 * @param name    the holiday's name for a holiday or an adjusted working day; empty for an ordinary day
 */
public record CalendarDay(LocalDate date, boolean working, Optional<Bilingual> name) {
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
