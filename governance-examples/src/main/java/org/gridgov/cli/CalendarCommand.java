package org.gridgov.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.gridgov.city.City;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.time.CalendarDay;
import org.gridgov.time.InvalidTimeLimitException;
import org.gridgov.time.TimeLimit;
import org.gridgov.time.WorkCalendar;
import org.gridgov.time.WorkCalendars;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov calendar}: the working calendar of mainland China, or of a city's node with its local days,
 * as a list of dates; {@code gridgov calendar due} counts a time limit from a start.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = {"List dates as working or non-working, with holiday names (national calendar, or a city's).",
                "Example: gridgov calendar --from 2025-09-25 --to 2025-10-12"},
        subcommands = {CalendarCommand.Due.class})
final class CalendarCommand implements Callable<Integer> {
    /** A listing longer than this is almost certainly a typo in a year. */
    private static final long MAX_DAYS = 3660;

    // Not 'required': picocli would then demand them of the 'due' subcommand too.
    @Option(names = "--from", description = "First date, e.g. 2025-01-01 (required for a listing)")
    LocalDate from;

    @Option(names = "--to", description = "Last date, included, e.g. 2025-12-31 (required for a listing)")
    LocalDate to;

    @Option(names = "--json", description = "Print a JSON array of {date, working, name}.")
    boolean json;

    @Mixin
    Place place;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Which calendar: the national one, or that of a city's node (its root by default). */
    static final class Place {
        @Mixin
        CityOptions city;

        @Option(names = "--node", description = "A node of the city (id); its local calendar applies.")
        String node;

        /** The calendar, or empty after printing why not. */
        Optional<WorkCalendar> calendar(PrintWriter err) {
            if (!city.chosen()) {
                if (node != null) {
                    throw new IllegalArgumentException("--node needs --city or --profile");
                }
                return Optional.of(WorkCalendars.chinaMainland());
            }
            Optional<City> loaded = city.load(null, err);
            return loaded.map(c -> c.calendarFor(node == null ? c.jurisdiction().root().id() : new NodeId(node)));
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (from == null || to == null) {
            err.println(place.city.zh() ? "请给出 --from 和 --to, 例如 --from 2025-01-01 --to 2025-12-31"
                    : "give --from and --to, e.g. --from 2025-01-01 --to 2025-12-31");
            err.flush();
            return 2;
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            err.println(place.city.zh() ? "日期范围无效: --to 应在 --from 之后, 且不超过 " + MAX_DAYS + " 天"
                    : "invalid range: --to must be on or after --from and within " + MAX_DAYS + " days");
            return 2;
        }
        Optional<WorkCalendar> calendar = place.calendar(err);
        if (calendar.isEmpty()) {
            return 1;
        }
        WorkCalendar cal = calendar.get();
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        TreeSet<Integer> uncovered = new TreeSet<>();
        boolean zh = place.city.zh();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            CalendarDay day = cal.day(d);
            if (!cal.covers(d.getYear())) {
                uncovered.add(d.getYear());
            }
            if (json) {
                var row = array.addObject().put("date", d.toString()).put("working", day.working());
                day.name().ifPresent(n -> row.put("name", n.zh()).put("nameEn", n.en()));
            } else {
                out.printf("%s %s  %s  %s%n", d, d.getDayOfWeek().getDisplayName(TextStyle.SHORT, place.city.locale()),
                        day.working() ? (zh ? "工作日" : "working    ") : (zh ? "休息日" : "non-working"),
                        day.name().map(n -> zh ? n.zh() : n.toString()).orElse(""));
            }
        }
        if (json) {
            out.println(array.toString());
        }
        if (!uncovered.isEmpty()) {
            err.println(zh ? "注意: 节假日数据覆盖 " + cal.national().coveredYears() + " 年, " + uncovered + " 年按普通周一至周五计算"
                    : "note: the holiday data covers " + cal.national().coveredYears() + "; " + uncovered
                            + " follow the Monday-to-Friday rule");
        }
        out.flush();
        err.flush();
        return 0;
    }

    /** {@code gridgov calendar due}: when a case started at an instant is due under a limit. */
    @Command(name = "due", mixinStandardHelpOptions = true,
            description = {"Print the due instant of a time limit counted from a start.",
                    "Example: gridgov calendar due --from 2025-09-30T16:00 --limit \"3 个工作日\""})
    static final class Due implements Callable<Integer> {
        @Option(names = "--from", required = true, description = "Start, local time, e.g. 2025-09-30T16:00")
        LocalDateTime from;

        @Option(names = "--limit", required = true,
                description = "The limit as policies write it: 2h, 24 小时, 3 个工作日, 7 natural days, 15 working days")
        String limit;

        @Mixin
        Place place;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            TimeLimit parsed;
            try {
                parsed = TimeLimit.parse(limit);
            } catch (InvalidTimeLimitException e) {
                err.println(e.explanation().in(place.city.locale()));
                err.flush();
                return 1;
            }
            Optional<WorkCalendar> calendar = place.calendar(err);
            if (calendar.isEmpty()) {
                return 1;
            }
            LocalDateTime due = parsed.dueFrom(from, calendar.get());
            PrintWriter out = spec.commandLine().getOut();
            out.println(due);
            out.flush();
            if (!calendar.get().covers(due.getYear()) || !calendar.get().covers(from.getYear())) {
                err.println("note: the holiday data covers " + calendar.get().national().coveredYears()
                        + "; other years follow the Monday-to-Friday rule");
                err.flush();
            }
            return 0;
        }
    }
}
