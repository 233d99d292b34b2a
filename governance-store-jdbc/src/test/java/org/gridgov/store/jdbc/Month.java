package org.gridgov.store.jdbc;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentException;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.escalation.EscalationAction;
import org.gridgov.escalation.EscalationDecision;
import org.gridgov.escalation.EscalationPolicy;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.PersonId;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.policy.RuleTrace;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.store.EventLog;
import org.gridgov.store.EventStore;
import org.gridgov.time.TimeLimit;

/**
 * A month of one grid's cases as numbered steps, each a command or a tick, played through the engine on the small
 * test city with policies written as lambdas (no rule engine, so that a player starts in well under a second).
 * Each step runs in one unit of work with the checkpoint that says it was done, so a player killed at any point
 * continues with the first step not stored. Every day: ten reports, eight accepted, five resolved, a note, and a
 * tick at 18:00 that warns and escalates what is overdue.
 */
final class Month {
    static final int STEPS_PER_DAY = 25;
    static final int DAYS = 30;
    static final int STEPS = STEPS_PER_DAY * DAYS;
    static final String CHECKPOINT = "month";

    static final Instant T0 = Instant.parse("2024-06-03T01:00:00Z"); // a Monday, 09:00 in the city
    static final NodeId GRID = new NodeId("220202001001-G01");
    static final Actor HOTLINE = Actor.system("hotline-12345", Bilingual.of("12345 热线", "12345 hotline"));
    static final Actor GRID_LEADER = Actor.inRole(new PersonId("p1"), new RoleTypeId("grid-leader"),
            RoleTarget.at(GRID));
    private static final PolicyVersion POLICY = new PolicyVersion("month", "1", "0");

    private final EventStore store;
    private final CityGovernance engine;

    Month(EventStore store) {
        this.store = store;
        this.engine = engine(store);
    }

    /** An engine of the small city over a store, with the month's policies. */
    static CityGovernance engine(EventStore store) {
        return CityGovernance.recover(city(), store, routing(), escalation(), GovernanceSettings.DEFAULT);
    }

    /** The first step not yet stored. */
    int next() {
        return (int) store.checkpoint(CHECKPOINT).orElse(0);
    }

    /** Plays one step and marks it done, together. */
    void play(int step) {
        store.inTransaction(() -> {
            run(step);
            store.saveCheckpoint(CHECKPOINT, step + 1);
            return null;
        });
    }

    /** Plays every step not yet stored. */
    void playRest() {
        for (int step = next(); step < STEPS; step++) {
            play(step);
        }
    }

    /** Everything the store holds, as the event log writes it: equal text, equal content. */
    static String content(EventStore store) {
        StringWriter out = new StringWriter();
        EventLog.write(store, out);
        return out.toString();
    }

    private void run(int step) {
        int day = step / STEPS_PER_DAY;
        int slot = step % STEPS_PER_DAY;
        Instant morning = T0.plus(Duration.ofDays(day));
        if (slot < 10) {
            engine.report(issue(day, slot), facts(slot), HOTLINE, morning.plus(Duration.ofMinutes(20L * slot)));
        } else if (slot < 18) {
            engine.accept(issue(day, slot - 10), GRID_LEADER, morning.plus(Duration.ofMinutes(240 + 10L * slot)));
        } else if (slot < 23) {
            engine.resolve(issue(day, slot - 18), "已处理 " + slot, GRID_LEADER,
                    morning.plus(Duration.ofMinutes(360 + 10L * slot)));
        } else if (slot == 23) {
            engine.note(issue(day, 9), "回访 " + day, GRID_LEADER, morning.plus(Duration.ofHours(7)));
        } else {
            engine.tick(morning.plus(Duration.ofHours(9)));
        }
    }

    private static IssueId issue(int day, int n) {
        return new IssueId("M" + day + "-" + n);
    }

    static IssueFacts facts(int n) {
        return IssueFacts.of(new CategoryId("env.noise"), new ChannelId("hotline-12345"), GRID,
                "夜间施工噪音 " + n, n % 3 == 0 ? Severity.HIGH : Severity.LOW);
    }

    private static City city() {
        try {
            return CityLoader.loadResource(Month.class.getClassLoader(), "org/gridgov/city/small-city.yaml");
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every case to the grid, within 3 days. */
    private static RoutingPolicy routing() {
        return request -> new RoutingDecision(new org.gridgov.jurisdiction.LevelId("grid"), Owner.atNode(GRID),
                Optional.empty(), Optional.empty(), List.of(), TimeLimit.parse("3 天"), new Explanation(
                Bilingual.of("交网格", "to the grid"), List.of(new RuleTrace("to-grid", Bilingual.of("属地", "local"),
                Map.of())), List.of(), false), POLICY);
    }

    /** Escalates on the resolve deadline, warns on everything else. */
    private static EscalationPolicy escalation() {
        return request -> new EscalationDecision(request.due().deadlineKind().equals(Optional.of(DeadlineKind.RESOLVE))
                ? List.of(new EscalationAction.Escalate(Bilingual.of("超时", "overdue"), Optional.empty()))
                : List.of(new EscalationAction.Warn(Bilingual.of("提醒", "reminder"))),
                new Explanation(Bilingual.of("到期", "due"), List.of(), List.of(), false), POLICY);
    }
}
