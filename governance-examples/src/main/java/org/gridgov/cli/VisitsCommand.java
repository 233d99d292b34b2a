package org.gridgov.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.city.City;
import org.gridgov.examples.PackVisits;
import org.gridgov.engine.CityGovernance;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Owner;
import org.gridgov.role.Post;
import org.gridgov.role.RoleTarget;
import org.gridgov.store.InMemoryEventStore;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.visit.FollowUpVisits;
import org.gridgov.visit.Visit;
import org.gridgov.visit.VisitPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov visits PACK --from D --to D}: the key-group follow-up visits (敲万家门、访万家情) that a pack's
 * {@code settings.visits} plan brings in a period, filed through the engine and routed by the pack.
 */
@Command(name = "visits", mixinStandardHelpOptions = true,
        description = {"List the follow-up visits to registered key-group residents (老、幼、残、工、青、妇) that the",
                "pack's settings.visits plan brings from --from to --to (both included), file each as a case on its",
                "day at 09:00 through the engine, and print who is visited (masked), the key groups, the owner the",
                "pack chose and the due time. The plan's visits start on --anchor (default: --from). Nothing is kept:",
                "the cases live in an in-memory engine for this run.",
                "Example: gridgov visits jiangyuan --from 2024-03-01 --to 2024-03-31 --lang en"})
final class VisitsCommand implements Callable<Integer> {
    // Visits are filed when the working day is under way, so that the acting holder of a post (A or B) is the one
    // on duty that morning.
    private static final LocalTime FILED_AT = LocalTime.of(9, 0);

    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    /** A longer period is almost certainly a typo in a year; each visit is a case filed through the engine. */
    static final long MAX_DAYS = 3660;

    @Option(names = "--from", required = true, converter = IsoDate.class, paramLabel = "DATE", description = "First day of the period: 2024-03-01")
    LocalDate from;

    @Option(names = "--to", required = true, converter = IsoDate.class, paramLabel = "DATE", description = "Last day of the period (included)")
    LocalDate to;

    @Option(names = "--anchor", converter = IsoDate.class, paramLabel = "DATE",
            description = "The day the plan's cadences count from (default: --from)")
    LocalDate anchor;

    @Option(names = "--json", description = "Print the visits as JSON.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Reads a date as people type it, and says plainly what was expected when it cannot. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2024-03-01 "
                        + "(不是日期, 应为 2024-03-01 这样的格式)");
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        pack.source(); // an unknown pack or city is a usage error, said before anything is loaded
        if (to.isBefore(from)) {
            err.println(city.zh() ? "--to (" + to + ") 早于 --from (" + from + ")"
                    : "--to (" + to + ") is before --from (" + from + ")");
            err.flush();
            return 2;
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            err.println(city.zh() ? "--from 到 --to 不能超过 " + MAX_DAYS + " 天"
                    : "--from to --to may span at most " + MAX_DAYS + " days");
            err.flush();
            return 2;
        }
        if (anchor != null && anchor.isAfter(from)) {
            // A plan anchored later would silently drop the days before it; say so instead.
            err.println(city.zh() ? "--anchor (" + anchor + ") 晚于 --from (" + from + ")"
                    : "--anchor (" + anchor + ") is after --from (" + from + ")");
            err.flush();
            return 2;
        }
        PackOptions.Prepared ready = pack.prepare(city, err);
        if (ready.failed()) {
            return ready.failure();
        }
        City c = ready.city();
        Optional<VisitPlan> plan;
        try {
            plan = PackVisits.plan(ready.pack().manifest().settings(), anchor != null ? anchor : from);
        } catch (InvalidModelException e) {
            e.problems().forEach(p -> err.println(p.id() + ": " + p.message().in(city.locale())));
            err.flush();
            return 1;
        }
        if (plan.isEmpty()) {
            err.println(city.zh() ? "规则包 " + pack.pack + " 没有走访计划 (settings.visits)"
                    : "pack " + pack.pack + " has no visit plan (settings.visits)");
            err.flush();
            return 1;
        }
        List<Filed> filed = file(c, ready, plan.get());
        if (json) {
            out.println(json(c, filed).toPrettyString());
        } else {
            print(out, c, ready, filed);
        }
        out.flush();
        return 0;
    }

    /** A visit and the case it became. */
    private record Filed(Visit visit, Issue issue) {
    }

    private List<Filed> file(City c, PackOptions.Prepared ready, VisitPlan plan) {
        CityGovernance engine = ready.engine(new InMemoryEventStore());
        Actor scheduler = Parties.PLATFORM; // the platform files the visit plan's cases
        List<Visit> due = FollowUpVisits.due(c.people(), plan, from, to.plusDays(1));
        List<Filed> out = new ArrayList<>();
        // Day by day, each at its own morning, so that the routing sees that day's roster.
        for (LocalDate day : due.stream().map(Visit::date).distinct().toList()) {
            Instant at = day.atTime(FILED_AT).atZone(c.zone()).toInstant();
            List<Visit> ofDay = due.stream().filter(v -> v.date().equals(day)).toList();
            FollowUpVisits.file(engine, plan, ofDay, scheduler, at);
            ofDay.forEach(v -> engine.issue(v.issueId()).ifPresent(i -> out.add(new Filed(v, i))));
        }
        return out;
    }

    private void print(PrintWriter out, City c, PackOptions.Prepared ready, List<Filed> filed) {
        Locale locale = city.locale();
        boolean zh = city.zh();
        out.printf(zh ? "%s %s 至 %s: %d 次关键人群走访%n" : "%s %s to %s: %d key-group visits%n",
                ready.pack().manifest().id() + "@" + ready.pack().manifest().version(), from, to, filed.size());
        for (Filed f : filed) {
            Visit v = f.visit();
            out.printf("  %s  %s  %s%n", v.date(), v.maskedName(), groups(v, locale));
            out.printf("      %s: %s%n", zh ? "承办" : "owner", owner(c, f.issue(), locale));
            out.printf("      %s: %s%n", zh ? "办结时限" : "due", due(c, f.issue()));
        }
    }

    private ArrayNode json(City c, List<Filed> filed) {
        ArrayNode all = new ObjectMapper().createArrayNode();
        for (Filed f : filed) {
            Visit v = f.visit();
            ObjectNode n = all.addObject().put("issue", v.issueId().value()).put("date", v.date().toString())
                    .put("person", v.maskedName());
            v.groups().forEach(g -> n.withArray("keyGroups").add(g.name().toLowerCase(Locale.ROOT)));
            f.issue().owner().ifPresent(o -> {
                ObjectNode owner = n.putObject("owner").put("node", o.node().value())
                        .put("nodeName", c.jurisdiction().node(o.node()).name().zh());
                o.organization().ifPresent(id -> owner.put("organization", id.value())
                        .put("organizationName", c.organizations().require(id).name().zh()));
                // The owner's person id is internal; the name is personal data and leaves masked.
                o.person().ifPresent(p -> owner.put("person", c.people().require(p).maskedName()));
            });
            n.put("due", due(c, f.issue()));
        }
        return all;
    }

    private static String groups(Visit v, Locale locale) {
        return v.groups().stream().map(g -> g.displayName().in(locale))
                .collect(Collectors.joining("zh".equals(locale.getLanguage()) ? "、" : ", "));
    }

    /** The owner in words: the organization or node, and the person acting in the post, masked. */
    private static String owner(City c, Issue issue, Locale locale) {
        Optional<Owner> owner = issue.owner();
        if (owner.isEmpty()) {
            return "-";
        }
        Owner o = owner.get();
        String place = o.organization().map(id -> c.organizations().require(id).name().in(locale))
                .orElse(c.jurisdiction().node(o.node()).name().in(locale));
        return o.person().map(p -> place + " " + c.people().require(p).maskedName()
                + (isBackup(c, o, issue) ? ("zh".equals(locale.getLanguage()) ? " (B岗顶岗)" : " (B post covering)") : ""))
                .orElse(place);
    }

    /** True if the owner's person holds the post as the backup (双三长 AB岗: the A post was away when it was filed). */
    private static boolean isBackup(City c, Owner o, Issue issue) {
        Instant at = issue.timeline().get(0).at();
        return o.person().map(p -> c.roster().assignmentsOf(p, at).stream()
                .anyMatch(a -> a.target().equals(RoleTarget.at(o.node())) && a.post() == Post.BACKUP)).orElse(false);
    }

    /** When the visit must be done (the 'resolve' deadline), in the city's local time. */
    private static String due(City c, Issue issue) {
        return issue.deadline("resolve").map(d -> d.atZone(c.zone()).toLocalDateTime().toString()).orElse("-");
    }
}
