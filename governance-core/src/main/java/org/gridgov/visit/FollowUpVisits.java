package org.gridgov.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.actor.Actor;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.people.KeyGroup;
import org.gridgov.people.People;
import org.gridgov.people.Person;

/**
 * The follow-up visits a period brings, and their filing as issues.
 *
 * <pre>
 * VisitPlan plan = VisitPlan.parse("settings.visits", "visits", "door-visit", Map.of("elderly", "每月"), anchor);
 * List&lt;Visit&gt; due = FollowUpVisits.due(city.people(), plan, from, until);
 * FollowUpVisits.file(engine, plan, due, actor, at);
 * </pre>
 */
public final class FollowUpVisits {
    private FollowUpVisits() {
    }

    /**
     * The visits falling due from {@code from} (inclusive) to {@code until} (exclusive): for every registered person
     * with a recorded residence, each day that one of their key groups' cadences brings, one visit for all the
     * groups due that day. Persons without a residence are left out (there is nowhere to visit). Ordered by day,
     * then person id.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code until} is before {@code from}
     */
    public static List<Visit> due(People people, VisitPlan plan, LocalDate from, LocalDate until) {
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(plan, "plan");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + until + ") before it starts (" + from + ")");
        }
        List<Visit> out = new ArrayList<>();
        for (Person p : people.all()) {
            if (p.residence().isEmpty()) {
                continue;
            }
            Map<LocalDate, Set<KeyGroup>> days = new TreeMap<>();
            for (KeyGroup g : p.keyGroups()) {
                plan.cadenceOf(g).ifPresent(c -> daysOf(plan.anchor(), c, from, until)
                        .forEach(d -> days.computeIfAbsent(d, k -> EnumSet.noneOf(KeyGroup.class)).add(g)));
            }
            days.forEach((d, groups) -> out.add(new Visit(p.id(), p.maskedName(), p.residence().get(), d, groups)));
        }
        out.sort(Comparator.comparing(Visit::date).thenComparing(v -> v.person().value()));
        return List.copyOf(out);
    }

    /** The days {@code anchor + k × cadence} (k ≥ 0) in the period; months are added to the anchor, so they never drift. */
    static List<LocalDate> daysOf(LocalDate anchor, Period cadence, LocalDate from, LocalDate until) {
        List<LocalDate> out = new ArrayList<>();
        for (int k = 0; ; k++) {
            LocalDate d = anchor.plus(cadence.multipliedBy(k));
            if (!d.isBefore(until)) {
                return out;
            }
            if (!d.isBefore(from)) {
                out.add(d);
            }
        }
    }

    /**
     * Files visits as issues with the engine, each routed like any report. A visit already filed (its
     * {@link Visit#issueId()} exists) is skipped, so filing a period twice files it once.
     *
     * @param at when they are filed
     * @return the visits filed now
     * @throws NullPointerException if an argument is null
     */
    public static List<Visit> file(CityGovernance engine, VisitPlan plan, List<Visit> visits, Actor actor, Instant at) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(plan, "plan");
        List<Visit> filed = new ArrayList<>();
        for (Visit v : visits) {
            if (engine.issue(v.issueId()).isPresent()) {
                continue;
            }
            if (engine.report(v.issueId(), v.facts(plan), actor, at) instanceof CommandOutcome.Done) {
                filed.add(v);
            }
        }
        return List.copyOf(filed);
    }
}
