package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.governance.CityGovernance;
import org.gridgov.governance.GovernanceSettings;
import org.gridgov.governance.TickReport;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Closure;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.IssueStatus;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.store.InMemoryEventStore;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random issue histories and tick sequences on the routing test city with the base pack: escalation levels are
 * monotonic and bounded, ticks never touch closed issues and are idempotent, a restart from the store sees the
 * same issues and due items, and every open issue always has an owner.
 */
class GovernanceProperties {
    private static final String[] CATEGORIES = {"environment.noise", "facilities.road", "utilities.heating", "property",
            "disputes", "safety", "emergency", "enterprise", "other"};
    private static final String[] LOCATIONS = {"B1", "G1", "G2", "G3", "M1", "M2", "S1", "S2", "D"};
    private static final String[] ORGS = {"s1-justice", "s1-cm", "m1-rc", "d-utilities"};
    private static final Actor ACTOR = Actor.system("test", Bilingual.of("测试", "test"));

    @BeforeContainer
    static void load() throws Exception {
        EscalationOnASimulatedClockTest.load();
    }

    static CityGovernance engine(InMemoryEventStore store) {
        var pack = EscalationOnASimulatedClockTest.pack;
        return EscalationOnASimulatedClockTest.engine(store, GovernanceSettings.DEFAULT);
    }

    @Property(tries = 25)
    void historiesKeepTheEnginesInvariants(@ForAll long seed) {
        Random r = new Random(seed);
        InMemoryEventStore store = new InMemoryEventStore();
        CityGovernance engine = engine(store);
        Instant now = Instant.parse("2024-05-07T02:00:00Z");
        Map<IssueId, Integer> levels = new HashMap<>();
        int reported = 0;
        for (int step = 0; step < 30; step++) {
            now = now.plus(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 3)));
            int op = r.nextInt(10);
            IssueId id = new IssueId("i" + (reported == 0 ? 0 : r.nextInt(reported)));
            if (op <= 2 || reported == 0) {
                engine.report(new IssueId("i" + reported++), IssueFacts.of(new CategoryId(CATEGORIES[r.nextInt(CATEGORIES.length)]),
                        new ChannelId(r.nextBoolean() ? "hotline-12345" : "grid-patrol"),
                        new NodeId(LOCATIONS[r.nextInt(LOCATIONS.length)]), "事项", Severity.values()[r.nextInt(4)]),
                        ACTOR, now);
            } else if (op == 3) {
                engine.accept(id, ACTOR, now);
            } else if (op == 4) {
                engine.rejectDispatch(id, Bilingual.of("不属本单位", "not ours"), ACTOR, now);
            } else if (op == 5) {
                engine.checkIn(id, new OrganizationId(ORGS[r.nextInt(ORGS.length)]), ACTOR, now);
            } else if (op == 6) {
                engine.resolve(id, "已办", ACTOR, now);
                engine.rate(id, Rating.values()[r.nextInt(3)], "", ACTOR, now);
            } else if (op == 7) {
                engine.close(id, Closure.WITHDRAWN, "撤回", ACTOR, now);
            } else {
                java.util.Set<IssueId> closed = store.allIssues().filter(i -> i.status() == IssueStatus.CLOSED)
                        .map(Issue::id).collect(java.util.stream.Collectors.toSet());
                TickReport report = engine.tick(now);
                assertThat(report.handled()).allSatisfy(h -> assertThat(closed).doesNotContain(h.due().issue()));
                assertThat(engine.tick(now).handled()).as("a second tick at the same instant").isEmpty();
            }
            for (Issue issue : store.allIssues().toList()) {
                int before = levels.getOrDefault(issue.id(), 0);
                assertThat(issue.escalationLevel()).isGreaterThanOrEqualTo(before)
                        .isLessThan(EscalationOnASimulatedClockTest.city.jurisdiction().levels().size());
                levels.put(issue.id(), issue.escalationLevel());
                if (issue.status().isOpen()) {
                    assertThat(issue.owner()).as("owner of open issue %s", issue.id()).isPresent();
                }
            }
        }
        CityGovernance restarted = engine(store);
        Instant far = now.plus(Duration.ofDays(365));
        assertThat(restarted.dueAt(far)).isEqualTo(engine.dueAt(far));
        List<Issue> all = store.allIssues().toList();
        for (Issue issue : all) {
            assertThat(restarted.issue(issue.id())).contains(issue);
            assertThat(Issue.replay(issue.timeline())).isEqualTo(issue);
        }
    }
}
