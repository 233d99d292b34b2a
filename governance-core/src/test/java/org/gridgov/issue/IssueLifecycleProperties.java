package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.organization.OrganizationId;

/**
 * Random sequences of proposed events of every kind, checked against an oracle written from the lifecycle
 * table independently of the production transition function.
 */
class IssueLifecycleProperties {
    private static final Owner[] OWNERS = {GRID_OWNER, COMMUNITY_OWNER, STREET_OWNER};
    private static final OrganizationId[] ORGS = {URBAN_MANAGEMENT, POLICE, PROPERTY};
    private static final Actor[] ACTORS = {HOTLINE, ENGINE, GRID_WORKER, RESIDENT};
    private static final String[] KINDS = {"accept", "resolve", "report-in"};
    private static final Bilingual WHY = Bilingual.of("理由", "reason");

    /** One proposal: which kind of event, a selector for its arguments, an escalation offset, minutes on. */
    record Step(int kind, int pick, int levelOffset, int minutes) {
    }

    /** One proposal applied: the state before, the event, and what the lifecycle said. */
    record Applied(Issue before, IssueEvent event, Outcome outcome) {
        Issue after() {
            return outcome instanceof Outcome.Accepted a ? a.issue() : before;
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 21),
                Arbitraries.integers().between(0, 11),
                Arbitraries.frequencyOf(
                        Tuple.of(8, Arbitraries.just(1)),
                        Tuple.of(1, Arbitraries.just(0)),
                        Tuple.of(1, Arbitraries.just(2))),
                Arbitraries.integers().between(-3, 30)).as(Step::new);
        return step.list().ofMaxSize(60);
    }

    @Property(tries = 1000)
    void everyAcceptedEventIsLegalAndEveryRefusedOneChangesNothing(@ForAll("steps") List<Step> steps) {
        Oracle oracle = new Oracle(reported());
        for (Applied a : run(steps)) {
            boolean legal = oracle.legal(a.event());
            assertThat(a.outcome().isAccepted())
                    .as("%s on %s (oracle says legal=%s)", a.event(), a.before(), legal)
                    .isEqualTo(legal);
            if (legal) {
                Statistics.label("accepted").collect(a.event().getClass().getSimpleName());
                oracle.apply(a.event());
                oracle.assertMatches(a.after());
                assertThat(a.after().version()).isEqualTo(a.before().version() + 1);
                assertThat(a.after().timeline().subList(0, a.before().timeline().size()))
                        .isEqualTo(a.before().timeline());
            } else {
                assertThat(a.after()).isSameAs(a.before());
                assertThat(Issue.replay(a.before().timeline())).isEqualTo(a.before());
            }
        }
        // guards the generator: every kind of event but Reported is accepted somewhere in the run
        Statistics.label("accepted").coverage(c -> {
            for (Class<?> kind : IssueEvent.class.getPermittedSubclasses()) {
                if (kind != IssueEvent.Reported.class) {
                    c.check(kind.getSimpleName()).count(n -> n > 0);
                }
            }
        });
    }

    @Property
    void replayOfTheTimelineEqualsTheState(@ForAll("steps") List<Step> steps) {
        Issue end = last(run(steps));

        assertThat(Issue.replay(end.timeline())).isEqualTo(end);
    }

    @Property
    void replayingTwiceGivesTheSameState(@ForAll("steps") List<Step> steps) {
        List<IssueEvent> timeline = last(run(steps)).timeline();

        Issue once = Issue.replay(timeline);
        Issue twice = Issue.replay(timeline);

        assertThat(twice).isEqualTo(once).hasSameHashCodeAs(once);
        assertThat(twice.toString()).isEqualTo(once.toString());
    }

    @Property
    void theEscalationLevelNeverDecreases(@ForAll("steps") List<Step> steps) {
        for (Applied a : run(steps)) {
            assertThat(a.after().escalationLevel()).isGreaterThanOrEqualTo(a.before().escalationLevel());
        }
    }

    @Property
    void closedIssuesOnlyAcceptRatingsReopeningsCallbacksExclusionsAndNotes(@ForAll("steps") List<Step> steps) {
        for (Applied a : run(steps)) {
            if (a.before().status() == IssueStatus.CLOSED && a.outcome().isAccepted()) {
                assertThat(a.event()).isInstanceOfAny(IssueEvent.Rated.class, IssueEvent.Reopened.class,
                        IssueEvent.CallbackFailed.class, IssueEvent.Excluded.class, IssueEvent.Note.class);
            }
        }
    }

    private static Issue last(List<Applied> applied) {
        return applied.isEmpty() ? reported() : applied.get(applied.size() - 1).after();
    }

    private static List<Applied> run(List<Step> steps) {
        Issue issue = reported();
        List<Applied> applied = new ArrayList<>();
        for (Step s : steps) {
            IssueEvent e = event(issue, s);
            Outcome o = issue.apply(e);
            Applied a = new Applied(issue, e, o);
            applied.add(a);
            issue = a.after();
        }
        return applied;
    }

    /** Mostly an organization still due to report in, so that check-ins are accepted often enough to test. */
    private static OrganizationId checkInCandidate(Issue issue, Step s, OrganizationId fallback) {
        List<OrganizationId> pending = issue.participants().stream()
                .filter(p -> !p.checkedIn()).map(Participant::organization).toList();
        return pending.isEmpty() || s.pick() % 4 == 0 ? fallback : pending.get(s.pick() % pending.size());
    }

    private static IssueEvent event(Issue issue, Step s) {
        Actor actor = ACTORS[s.pick() % ACTORS.length];
        Instant at = issue.lastEventAt().plusSeconds(60L * s.minutes());
        OrganizationId org = ORGS[s.pick() % ORGS.length];
        switch (s.kind()) {
            case 0: return new IssueEvent.Reported(ISSUE, actor, at, noiseComplaint());
            case 1: return new IssueEvent.Routed(ISSUE, actor, at, OWNERS[s.pick() % OWNERS.length], WHY);
            case 2: return new IssueEvent.Accepted(ISSUE, actor, at);
            case 3: return new IssueEvent.DispatchRejected(ISSUE, actor, at, WHY);
            case 4: return new IssueEvent.Escalated(ISSUE, actor, at, OWNERS[s.pick() % OWNERS.length],
                    Math.max(1, issue.escalationLevel() + s.levelOffset()), WHY);
            case 5: return new IssueEvent.Summoned(ISSUE, actor, at, org,
                    s.pick() % 2 == 0 ? Optional.of(at.plusSeconds(3600)) : Optional.empty());
            case 6: return new IssueEvent.CheckedIn(ISSUE, actor, at, checkInCandidate(issue, s, org));
            case 7: return new IssueEvent.Consulted(ISSUE, actor, at, ImmutableSet.of(org, POLICE), "conclusion");
            case 8: return new IssueEvent.Resolved(ISSUE, actor, at, "summary");
            case 9: return new IssueEvent.FeedbackGiven(ISSUE, actor, at, "feedback");
            case 10: return new IssueEvent.Rated(ISSUE, actor, at, Rating.values()[s.pick() % 3], "");
            case 11: return new IssueEvent.Reopened(ISSUE, actor, at, WHY);
            case 12: return new IssueEvent.Closed(ISSUE, actor, at, Closure.values()[s.pick() % 5], "");
            case 13: return new IssueEvent.Supervised(ISSUE, actor, at, "press");
            case 14: return new IssueEvent.DeadlineSet(ISSUE, actor, at, KINDS[s.pick() % KINDS.length],
                    at.plusSeconds(7200));
            case 16: return new IssueEvent.Warned(ISSUE, actor, at, KINDS[s.pick() % KINDS.length], WHY);
            case 17: return new IssueEvent.ReportInMissed(ISSUE, actor, at, org);
            case 18: return new IssueEvent.DeadlineCleared(ISSUE, actor, at, KINDS[s.pick() % KINDS.length]);
            case 19: return new IssueEvent.Reassigned(ISSUE, actor, at, OWNERS[s.pick() % OWNERS.length], WHY);
            case 20: return new IssueEvent.CallbackFailed(ISSUE, actor, at, s.pick() % 2 == 0 ? "" : "无人接听");
            case 21: return new IssueEvent.Excluded(ISSUE, actor, at, WHY);
            default: return new IssueEvent.Note(ISSUE, actor, at, "note");
        }
    }

    /** The lifecycle table, restated as a plain model. */
    private static final class Oracle {
        IssueStatus status = IssueStatus.NEW;
        Owner owner;
        int level;
        int round;
        boolean ratedThisRound;
        boolean excluded;
        Rating rating;
        Instant last;
        final List<OrganizationId> pending = new ArrayList<>();
        final List<OrganizationId> missed = new ArrayList<>();
        final Map<String, Instant> deadlines = new HashMap<>();

        Oracle(Issue reported) {
            last = reported.lastEventAt();
        }

        boolean open() {
            return status == IssueStatus.NEW || status == IssueStatus.DISPATCHED || status == IssueStatus.IN_PROGRESS;
        }

        boolean handling() {
            return status == IssueStatus.DISPATCHED || status == IssueStatus.IN_PROGRESS;
        }

        boolean done() {
            return status == IssueStatus.RESOLVED || status == IssueStatus.CLOSED;
        }

        boolean legal(IssueEvent e) {
            if (e.at().isBefore(last) || e instanceof IssueEvent.Reported) {
                return false;
            }
            if (e instanceof IssueEvent.Routed) {
                return status == IssueStatus.NEW;
            }
            if (e instanceof IssueEvent.Accepted || e instanceof IssueEvent.DispatchRejected) {
                return status == IssueStatus.DISPATCHED;
            }
            if (e instanceof IssueEvent.Escalated x) {
                return handling() && x.level() == level + 1;
            }
            if (e instanceof IssueEvent.Summoned s) {
                return handling() && !pending.contains(s.organization());
            }
            if (e instanceof IssueEvent.CheckedIn c) {
                return open() && pending.contains(c.organization());
            }
            if (e instanceof IssueEvent.Consulted) {
                return handling();
            }
            if (e instanceof IssueEvent.Supervised) {
                return open();
            }
            if (e instanceof IssueEvent.Resolved) {
                return status == IssueStatus.IN_PROGRESS;
            }
            if (e instanceof IssueEvent.FeedbackGiven) {
                return status == IssueStatus.IN_PROGRESS || status == IssueStatus.RESOLVED;
            }
            if (e instanceof IssueEvent.Rated) {
                return done() && !ratedThisRound;
            }
            if (e instanceof IssueEvent.Reopened) {
                return done() && owner != null;
            }
            if (e instanceof IssueEvent.Closed c) {
                return status == IssueStatus.RESOLVED || (open() && c.closure() != Closure.RESOLVED);
            }
            if (e instanceof IssueEvent.DeadlineSet) {
                return status != IssueStatus.CLOSED;
            }
            if (e instanceof IssueEvent.Warned w) {
                return status != IssueStatus.CLOSED && deadlines.containsKey(w.deadline());
            }
            if (e instanceof IssueEvent.Reassigned) {
                return handling();
            }
            if (e instanceof IssueEvent.DeadlineCleared c) {
                return status != IssueStatus.CLOSED && deadlines.containsKey(c.kind());
            }
            if (e instanceof IssueEvent.ReportInMissed m) {
                return open() && pending.contains(m.organization()) && !missed.contains(m.organization());
            }
            if (e instanceof IssueEvent.CallbackFailed) {
                return done();
            }
            if (e instanceof IssueEvent.Excluded) {
                return !excluded;
            }
            return e instanceof IssueEvent.Note;
        }

        void apply(IssueEvent e) {
            last = e.at();
            if (e instanceof IssueEvent.Routed r) {
                status = IssueStatus.DISPATCHED;
                owner = r.owner();
            } else if (e instanceof IssueEvent.Accepted) {
                status = IssueStatus.IN_PROGRESS;
            } else if (e instanceof IssueEvent.DispatchRejected) {
                status = IssueStatus.NEW;
                owner = null;
            } else if (e instanceof IssueEvent.Escalated x) {
                status = IssueStatus.DISPATCHED;
                owner = x.newOwner();
                level = x.level();
            } else if (e instanceof IssueEvent.Summoned s) {
                pending.add(s.organization());
            } else if (e instanceof IssueEvent.CheckedIn c) {
                pending.remove(c.organization());
                missed.remove(c.organization());
            } else if (e instanceof IssueEvent.ReportInMissed m) {
                missed.add(m.organization());
            } else if (e instanceof IssueEvent.Warned w) {
                deadlines.remove(w.deadline());
            } else if (e instanceof IssueEvent.DeadlineCleared c) {
                deadlines.remove(c.kind());
            } else if (e instanceof IssueEvent.Reassigned r) {
                owner = r.newOwner();
            } else if (e instanceof IssueEvent.Resolved) {
                status = IssueStatus.RESOLVED;
            } else if (e instanceof IssueEvent.Rated r) {
                rating = r.rating();
                ratedThisRound = true;
            } else if (e instanceof IssueEvent.Reopened) {
                status = IssueStatus.DISPATCHED;
                round++;
                ratedThisRound = false;
                deadlines.clear();
            } else if (e instanceof IssueEvent.Closed) {
                status = IssueStatus.CLOSED;
                deadlines.clear();
            } else if (e instanceof IssueEvent.DeadlineSet d) {
                deadlines.put(d.kind(), d.due());
            } else if (e instanceof IssueEvent.Excluded) {
                excluded = true;
            }
        }

        void assertMatches(Issue issue) {
            assertThat(issue.status()).isEqualTo(status);
            assertThat(issue.owner()).isEqualTo(Optional.ofNullable(owner));
            assertThat(issue.escalationLevel()).isEqualTo(level);
            assertThat(issue.round()).isEqualTo(round);
            assertThat(issue.rating()).isEqualTo(Optional.ofNullable(rating));
            assertThat(issue.deadlines()).isEqualTo(deadlines);
            assertThat(issue.lastEventAt()).isEqualTo(last);
            assertThat(issue.excluded()).isEqualTo(excluded);
            assertThat(issue.participants().stream().filter(p -> !p.checkedIn()).map(Participant::organization))
                    .containsExactlyInAnyOrderElementsOf(pending);
        }
    }
}
