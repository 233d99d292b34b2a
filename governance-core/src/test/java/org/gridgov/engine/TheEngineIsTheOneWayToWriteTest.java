package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.engine.EngineFixtures.*;

import java.time.Duration;
import org.gridgov.city.City;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueStatus;
import org.gridgov.issue.Owner;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/** Commands through the engine with lambda policies: done, refused or conflicted, always a value. */
class TheEngineIsTheOneWayToWriteTest {
    private final City city = city();

    @Test
    void aReportIsRoutedAndGetsItsDeadlines() {
        CityGovernance engine = engine(city, new InMemoryEventStore());
        CommandOutcome o = engine.report(id(1), noise(), HOTLINE, T0);
        assertThat(o).isInstanceOf(CommandOutcome.Done.class);
        var done = (CommandOutcome.Done) o;
        assertThat(done.routing()).get().extracting(d -> d.owner()).isEqualTo(Owner.atNode(GRID));
        assertThat(done.issue().status()).isEqualTo(IssueStatus.DISPATCHED);
        assertThat(done.issue().deadline(org.gridgov.issue.DeadlineKind.RESOLVE)).isPresent();
        assertThat(engine.issue(id(1)).orElseThrow().version()).isEqualTo(done.events().size());
    }

    @Test
    void refusalsAreValuesAndStoreNothing() {
        InMemoryEventStore store = new InMemoryEventStore();
        CityGovernance engine = engine(city, store);
        engine.report(id(1), noise(), HOTLINE, T0);
        long version = store.version(id(1));

        assertThat(engine.accept(id(9), GRID_LEADER, T0)).isInstanceOfSatisfying(CommandOutcome.Refused.class,
                r -> assertThat(r.rejection().code()).isEqualTo("unknown-issue"));
        assertThat(engine.report(id(1), noise(), HOTLINE, T0)).isInstanceOfSatisfying(CommandOutcome.Refused.class,
                r -> assertThat(r.rejection().code()).isEqualTo("already-reported"));
        assertThat(engine.resolve(id(1), "已办结", GRID_LEADER, T0.plusSeconds(60))).isInstanceOf(CommandOutcome.Refused.class);
        assertThat(store.version(id(1))).isEqualTo(version);
    }

    @Test
    void anotherWriterOfTheStoreBetweenLoadAndAppendIsAConflictAndARetryDecidesAfresh() {
        InMemoryEventStore shared = new InMemoryEventStore();
        Interfering interfering = new Interfering(shared);
        CityGovernance first = engine(city, interfering);
        CityGovernance second = engine(city, shared);
        first.report(id(1), noise(), HOTLINE, T0);
        long before = shared.version(id(1));

        interfering.beforeNextAppend(() -> second.note(id(1), "另一台服务器", HOTLINE, T0.plusSeconds(30)));
        CommandOutcome o = first.accept(id(1), GRID_LEADER, T0.plusSeconds(60));

        assertThat(o).isInstanceOfSatisfying(CommandOutcome.Conflicted.class, c -> {
            assertThat(c.issue()).isEqualTo(id(1));
            assertThat(c.conflict().expected()).isEqualTo(before);
            assertThat(c.conflict().actual()).isEqualTo(before + 1);
        });
        assertThat(shared.version(id(1))).isEqualTo(before + 1);          // the other writer's note only
        assertThat(first.accept(id(1), GRID_LEADER, T0.plusSeconds(60))).isInstanceOf(CommandOutcome.Done.class);
        assertThat(shared.load(id(1)).orElseThrow().timeline()).filteredOn(e -> e instanceof IssueEvent.Note)
                .hasSize(1);
    }

    @Test
    void aTickBeatenByAnotherWriterLeavesTheItemDueForTheNextTick() {
        InMemoryEventStore shared = new InMemoryEventStore();
        Interfering interfering = new Interfering(shared);
        CityGovernance first = engine(city, interfering);
        CityGovernance second = engine(city, shared);
        first.report(id(1), noise(), HOTLINE, T0);
        var late = T0.plus(Duration.ofDays(10));

        interfering.beforeNextAppend(() -> second.note(id(1), "另一台服务器", HOTLINE, T0.plusSeconds(30)));
        assertThat(first.tick(late).handled()).isEmpty();
        assertThat(first.dueAt(late)).isNotEmpty();
        assertThat(first.tick(late).handled()).isNotEmpty();
        assertThat(first.dueAt(late)).isEmpty();
    }

    @Test
    void anOverdueIssueIsEscalatedOneLevelThroughTheReroutingPortAndEachLaterDeadlineAtItsInstant() {
        CityGovernance engine = engine(city, new InMemoryEventStore());
        engine.report(id(1), noise(), HOTLINE, T0);
        var justAfter = T0.plus(Duration.ofDays(3)).plusSeconds(60);      // the grid's 3 days ran out
        assertThat(engine.tick(justAfter).handled()).isNotEmpty();
        var issue = engine.issue(id(1)).orElseThrow();
        assertThat(issue.owner()).contains(Owner.atNode(COMMUNITY));
        assertThat(issue.timeline()).filteredOn(e -> e instanceof IssueEvent.Escalated).hasSize(1);
        assertThat(engine.tick(justAfter).handled()).isEmpty();             // idempotent

        engine.tick(T0.plus(Duration.ofDays(10)));                          // community's 3 days, then the street's
        assertThat(engine.issue(id(1)).orElseThrow().timeline()).filteredOn(e -> e instanceof IssueEvent.Escalated)
                .extracting(e -> ((IssueEvent.Escalated) e).at())
                .containsExactly(T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofDays(6)), T0.plus(Duration.ofDays(9)));
    }

    @Test
    void anUnsatisfiedRatingReachesThePolicyAsATypedReaction() {
        java.util.List<org.gridgov.escalation.DueItem> asked = new java.util.ArrayList<>();
        CityGovernance engine = CityGovernance.recover(city, new InMemoryEventStore(), routing(city), request -> {
            asked.add(request.due());
            return escalation().decide(request);
        }, GovernanceSettings.DEFAULT);
        for (int n = 1; n <= 2; n++) {
            engine.report(id(n), noise(), HOTLINE, T0);
            engine.accept(id(n), GRID_LEADER, T0.plusSeconds(60));
            engine.resolve(id(n), "已协调", GRID_LEADER, T0.plusSeconds(120));
        }
        assertThat(asked).isEmpty();
        assertThat(engine.rate(id(1), org.gridgov.issue.Rating.SATISFIED, "", HOTLINE, T0.plusSeconds(180)).isDone())
                .isTrue();
        assertThat(asked).isEmpty();                                     // a satisfied rating asks nothing
        assertThat(engine.rate(id(2), org.gridgov.issue.Rating.UNSATISFIED, "", HOTLINE, T0.plusSeconds(240)).isDone())
                .isTrue();
        assertThat(asked).singleElement().satisfies(d -> assertThat(d.what())
                .isEqualTo(new org.gridgov.escalation.Due.Reaction(org.gridgov.escalation.Due.Reactions.RATED_UNSATISFIED)));
    }
}
