package org.gridgov.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.profile.CalendarSpec;
import org.gridgov.time.JurisdictionCalendars;
import org.gridgov.time.LocalCalendar;
import org.gridgov.time.SpecialDay;
import org.gridgov.time.WorkCalendar;
import org.gridgov.time.WorkCalendars;
import org.gridgov.time.WorkingHours;
import org.gridgov.time.WorkingPeriod;
import org.gridgov.validation.InvalidModelException;

/** The profile's local calendars over the national calendar of mainland China. */
final class CalendarLoader {
    /** No local holiday run is longer than this; a longer one is a typo in a year. */
    private static final int MAX_RUN_DAYS = 60;

    private CalendarLoader() {
    }

    static JurisdictionCalendars calendars(LoadContext ctx, Jurisdiction tree) {
        WorkCalendar national = WorkCalendars.chinaMainland();
        List<CalendarSpec> specs = ctx.doc.profile().calendars();
        List<LocalCalendar> locals = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            CalendarSpec c = specs.get(i);
            String at = "calendars[" + i + "]";
            if (c == null) {
                ctx.problem(at, "空条目", "empty entry");
                continue;
            }
            List<SpecialDay> days = new ArrayList<>();
            addDays(ctx, c.holidays(), false, at + ".holidays", days);
            addDays(ctx, c.workingDays(), true, at + ".workingDays", days);
            Optional<WorkingHours> hours = hours(ctx, c.workingHours(), at + ".workingHours");
            NodeId node = c.node() == null ? tree.root().id() : new NodeId(c.node());
            locals.add(new LocalCalendar(node, days, hours));
        }
        if (ctx.hasProblems()) {
            return null;
        }
        try {
            return JurisdictionCalendars.of(tree, national, locals);
        } catch (InvalidModelException e) {
            ctx.report(e, p -> Optional.of("calendars[" + (Integer.parseInt(p.id().substring(1)) - 1) + "]"),
                    "calendars");
            return null;
        }
    }

    private static void addDays(LoadContext ctx, List<CalendarSpec.DaysSpec> runs, boolean working, String list,
                                List<SpecialDay> out) {
        for (int j = 0; j < runs.size(); j++) {
            CalendarSpec.DaysSpec run = runs.get(j);
            String at = list + "[" + j + "]";
            if (run == null || !ctx.required(run.from(), at + ".from") | !ctx.required(run.name(), at + ".name")) {
                continue;
            }
            var until = run.until() == null ? run.from() : run.until();
            if (until.isBefore(run.from()) || until.isAfter(run.from().plusDays(MAX_RUN_DAYS))) {
                ctx.problem(at + ".until", "结束日期应在开始日期之后 " + MAX_RUN_DAYS + " 天内",
                        "the last day must be on or after the first and within " + MAX_RUN_DAYS + " days");
                continue;
            }
            for (var d = run.from(); !d.isAfter(until); d = d.plusDays(1)) {
                out.add(new SpecialDay(d, working, run.name().toBilingual()));
            }
        }
    }

    private static Optional<WorkingHours> hours(LoadContext ctx, List<CalendarSpec.PeriodSpec> periods, String at) {
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        List<WorkingPeriod> out = new ArrayList<>();
        for (int j = 0; j < periods.size(); j++) {
            CalendarSpec.PeriodSpec p = periods.get(j);
            String here = at + "[" + j + "]";
            if (p != null && ctx.required(p.from(), here + ".from") & ctx.required(p.until(), here + ".until")) {
                try {
                    out.add(new WorkingPeriod(p.from(), p.until()));
                } catch (IllegalArgumentException e) {
                    ctx.problem(here, "工作时段无效: " + e.getMessage(), "invalid working period: " + e.getMessage());
                }
            }
        }
        try {
            return out.size() == periods.size() ? Optional.of(WorkingHours.of(out)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            ctx.problem(at, "工作时段无效: " + e.getMessage(), "invalid working hours: " + e.getMessage());
            return Optional.empty();
        }
    }
}
