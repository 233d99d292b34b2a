package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;
import static org.gridgov.procedure.ProcedureFixtures.CHINA;
import static org.gridgov.procedure.ProcedureFixtures.SHANGHAI;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Closure;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueStatus;
import org.gridgov.issue.Outcome;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Participant;
import org.gridgov.issue.Rating;
import org.gridgov.organization.OrganizationId;

/**
 * Random legal timelines, built by driving the issue's commands at random and keeping the accepted ones,
 * read through each shipped procedure.
 */
class ProcedureStateProperties {
    private static final Owner[] OWNERS = {GRID_OWNER, COMMUNITY_OWNER, STREET_OWNER};
    private static final OrganizationId[] ORGS = {URBAN_MANAGEMENT, POLICE, PROPERTY};
    private static final Bilingual WHY = Bilingual.of("理由", "reason");
    private static final List<Procedure> PROCEDURES =
            List.of(Procedures.jilinSixSteps(), Procedures.jiangyuanWhistle(), Procedures.hotline());

    /** One command: which, a selector for its arguments, and minutes after the last event. */
    record Step(int command, int pick, int minutes) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        // Weighted towards the commands that move a case on, so that timelines reach the later stages.
        int[] weights = {4, 4, 1, 2, 3, 3, 2, 3, 3, 2, 2, 1, 1, 1, 1};
        List<Integer> pool = new java.util.ArrayList<>();
        for (int c = 0; c < weights.length; c++) {
            for (int w = 0; w < weights[c]; w++) {
                pool.add(c);
            }
        }
        return Combinators.combine(Arbitraries.of(pool),
                Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 900))
                .as(Step::new).list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<Procedure> procedures() {
        return Arbitraries.of(PROCEDURES);
    }

    @Property(tries = 500)
    void theHistoryIsContiguousAndStartsAtTheReport(@ForAll("procedures") Procedure procedure,
                                                    @ForAll("steps") List<Step> steps) {
        Issue issue = drive(steps);
        ProcedureState state = procedure.stateOf(issue);
        List<StageVisit> history = state.history();

        StageVisit first = history.get(0);
        assertThat(first.stage()).isEqualTo(procedure.initial().id());
        assertThat(first.enteredAt()).isEqualTo(issue.timeline().get(0).at());
        assertThat(first.enteredBy()).isEqualTo(EventKind.REPORTED);
        for (int i = 0; i + 1 < history.size(); i++) {
            StageVisit a = history.get(i);
            StageVisit b = history.get(i + 1);
            assertThat(a.leftAt()).contains(b.enteredAt());
            assertThat(a.leftBy()).contains(b.enteredBy());
            assertThat(b.enteredAt()).isAfterOrEqualTo(a.enteredAt());
            assertThat(procedure.transitionFor(a.stage(), b.enteredBy()).map(Transition::to)).contains(b.stage());
        }
        assertThat(history.subList(0, history.size() - 1)).noneMatch(StageVisit::isOpen);
        assertThat(state.currentVisit().isOpen()).isTrue();
        assertThat(state.current()).isEqualTo(history.get(history.size() - 1).stage());
        Set<StageId> distinct = new LinkedHashSet<>();
        history.forEach(v -> distinct.add(v.stage()));
        assertThat(state.visited()).containsExactlyElementsOf(distinct);
        Statistics.label("visits").collect(history.size() > 4 ? "5+" : String.valueOf(history.size()));
    }

    @Property(tries = 300)
    void stateOfIsDeterministicAndSurvivesAReplay(@ForAll("procedures") Procedure procedure,
                                                 @ForAll("steps") List<Step> steps) {
        Issue issue = drive(steps);

        ProcedureState once = procedure.stateOf(issue);
        ProcedureState again = procedure.stateOf(issue);
        ProcedureState replayed = procedure.stateOf(Issue.replay(issue.timeline()));

        assertThat(again).isEqualTo(once);
        assertThat(replayed).isEqualTo(once);
        assertThat(replayed.due(CHINA, SHANGHAI)).isEqualTo(once.due(CHINA, SHANGHAI));
    }

    @Property(tries = 200)
    void eachEventOnlyExtendsTheHistory(@ForAll("procedures") Procedure procedure,
                                        @ForAll("steps") List<Step> steps) {
        Issue issue = drive(steps);
        List<StageVisit> before = null;
        for (int n = 1; n <= issue.timeline().size(); n++) {
            List<StageVisit> now = procedure.stateOf(Issue.replay(issue.timeline().subList(0, n))).history();
            if (before != null) {
                List<StageVisit> closed = before.subList(0, before.size() - 1);
                assertThat(now.subList(0, closed.size())).isEqualTo(closed);
                assertThat(now.size()).isBetween(before.size(), before.size() + 1);
                assertThat(now.get(before.size() - 1).enteredAt()).isEqualTo(before.get(before.size() - 1).enteredAt());
            }
            before = now;
        }
    }

    @Property(tries = 300)
    void aClosedIssueNeverHasAStageDue(@ForAll("procedures") Procedure procedure, @ForAll("steps") List<Step> steps) {
        Issue issue = drive(steps);
        ProcedureState state = procedure.stateOf(issue);

        assertThat(state.issueClosed()).isEqualTo(issue.status() == IssueStatus.CLOSED);
        if (state.issueClosed()) {
            assertThat(state.due(CHINA, SHANGHAI)).isEmpty();
        } else {
            assertThat(state.due(CHINA, SHANGHAI).isPresent()).isEqualTo(state.stage().limit().isPresent());
        }
        Statistics.label("status").collect(issue.status());
    }

    /** Runs the commands, keeping only what the lifecycle accepts. */
    static Issue drive(List<Step> steps) {
        Issue issue = reported();
        for (Step s : steps) {
            Outcome o = command(issue, s);
            if (o instanceof Outcome.Accepted a) {
                issue = a.issue();
            }
        }
        return issue;
    }

    private static Outcome command(Issue issue, Step s) {
        Instant at = issue.lastEventAt().plusSeconds(60L * s.minutes());
        OrganizationId org = ORGS[s.pick() % ORGS.length];
        Owner owner = OWNERS[s.pick() % OWNERS.length];
        return switch (s.command()) {
            case 0 -> issue.route(owner, WHY, ENGINE, at);
            case 1 -> issue.accept(GRID_WORKER, at);
            case 2 -> issue.rejectDispatch(WHY, GRID_WORKER, at);
            case 3 -> issue.escalate(owner, WHY, ENGINE, at);
            case 4 -> issue.summon(org, Optional.empty(), ENGINE, at);
            case 5 -> issue.checkIn(issue.participants().stream().filter(p -> !p.checkedIn())
                    .map(Participant::organization).findFirst().orElse(org), GRID_WORKER, at);
            case 6 -> issue.consult(Set.of(org), "结论", GRID_WORKER, at);
            case 7 -> issue.resolve("已处理", GRID_WORKER, at);
            case 8 -> issue.giveFeedback("已反馈", GRID_WORKER, at);
            case 9 -> issue.rate(Rating.values()[s.pick() % 3], "", RESIDENT, at);
            case 10 -> issue.reopen(WHY, ENGINE, at);
            case 11 -> issue.close(Closure.values()[s.pick() % Closure.values().length], "", HOTLINE, at);
            case 12 -> issue.supervise("督办", ENGINE, at);
            case 13 -> issue.setDeadline("resolve", at.plusSeconds(3600), ENGINE, at);
            default -> issue.note("备注", GRID_WORKER, at);
        };
    }

}
