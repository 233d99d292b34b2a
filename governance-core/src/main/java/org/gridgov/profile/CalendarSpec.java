package org.gridgov.profile;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A local calendar: what a city or district changes in the national calendar for its subtree.
 *
 * @param node         the node it applies to (with its subtree); absent for the whole city
 * @param workingHours the working periods of a working day, e.g. {@code [{from: "08:30", until: "12:00"},
 *                     {from: "13:30", until: "17:30"}]}; absent to keep the inherited hours
 * @param holidays     local days off
 * @param workingDays  local working days (weekend days worked)
 */
public record CalendarSpec(String node, List<PeriodSpec> workingHours, List<DaysSpec> holidays,
                           List<DaysSpec> workingDays) {
    public CalendarSpec {
        workingHours = workingHours == null ? List.of() : List.copyOf(workingHours);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
    }

    /**
     * A working period.
     *
     * @param from  start, e.g. {@code "08:30"} (quote it in YAML)
     * @param until end, exclusive
     */
    public record PeriodSpec(LocalTime from, LocalTime until) {
    }

    /**
     * A run of days, both ends included.
     *
     * @param from  first day
     * @param until last day; absent for a single day
     * @param name  the holiday's name
     */
    public record DaysSpec(LocalDate from, LocalDate until, NameSpec name) {
    }
}
