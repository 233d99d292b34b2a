package org.gridgov.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.gridgov.document.DocumentException;

/** The calendars the library ships. */
public final class WorkCalendars {
    private static final String CHINA = "org/gridgov/time/china-mainland-holidays.csv";

    private WorkCalendars() {
    }

    /** Loaded once, on first use. */
    private static final class China {
        static final HolidayTable TABLE = load();
        static final WorkCalendar CALENDAR = WorkCalendar.of(TABLE, WorkingHours.DEFAULT);

        private static HolidayTable load() {
            try (InputStream in = WorkCalendars.class.getClassLoader().getResourceAsStream(CHINA)) {
                if (in == null) {
                    throw new IllegalStateException("the national holiday table " + CHINA + " is missing from the jar");
                }
                return HolidayTable.parse(CHINA, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("the shipped holiday table is broken: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The national calendar of mainland China: statutory holidays and adjusted working days of 2010–2026 as
     * the State Council announced them, with {@link WorkingHours#DEFAULT}. Later years follow the weekday rule
     * until the data is updated, with a warning in the log.
     */
    public static WorkCalendar chinaMainland() {
        return China.CALENDAR;
    }

    /** The national holiday table of mainland China. */
    public static HolidayTable chinaMainlandHolidays() {
        return China.TABLE;
    }
}
