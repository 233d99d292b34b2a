package org.gridgov.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Participant;
import org.gridgov.issue.Rating;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;

/**
 * Hotline-style metrics (三率 and more) computed from issue timelines alone, each traceable to its cases.
 *
 * <p><b>Which cases.</b> A report covers the cases <em>reported</em> in the period (a cohort), followed through
 * their timelines as given: a case reported on the 31st and resolved on the 2nd counts as resolved in its
 * month's report once its timeline shows the resolution. To evaluate as of an instant, pass issues replayed up to
 * that instant. A case counts for a scope through its <em>responsible owner</em>: the owner when it was last
 * resolved (who did the work), or, if it was never resolved, the last owner it was routed, escalated or reassigned
 * to, even one that rejected the dispatch and has no successor yet. A case that never had an owner counts in no
 * scope. So a case reassigned from grid A to grid B and resolved there counts for B only, with its whole history
 * (a rejection by A included). Excluded cases (不纳入考核, {@link Issue#excluded()}) count nowhere, whenever they
 * were excluded; the report lists them separately.
 *
 * <p><b>Definitions.</b> "Received" (受理量) is the cases reported in the period whose responsible owner is in the
 * scope and that are not excluded. Then:
 * <ul>
 * <li><b>response</b> 响应率 = received cases whose <em>first</em> acceptance ({@code Accepted}) came in time /
 *     received. In time means at or before the due of the {@code accept} deadline in force at that moment, if one
 *     was set (and not cleared) in the current round; otherwise within the accept limit (by default 2 hours,
 *     the Beijing 12345 standard for online submissions, in elapsed time) of the latest dispatch ({@code Routed}
 *     or {@code Escalated}) before it. A case never accepted did not respond.</li>
 * <li><b>resolution</b> 解决率 = received cases with at least one {@code Resolved} event / received.</li>
 * <li><b>on-time resolution</b> 按时办结率 = resolved cases none of whose resolutions came after a {@code resolve}
 *     deadline of its round had passed / resolved cases. A deadline has passed when the case was still open at its
 *     instant: it was replaced or cleared at or after its due instant (the whistle that takes an overdue case up
 *     sets the new owner's limit at that instant: escalation does not reset the clock), or the resolution came
 *     after it; a deadline replaced before it fell due (re-routing after a rejected dispatch) has not passed; a
 *     {@code Warned} on it does not lift it. A resolution with no deadline is on time: there was no limit to miss
 *     ({@link org.gridgov.issue.ResolveClock}).</li>
 * <li><b>satisfaction</b> 满意率 = rated cases whose latest rating is {@link Rating#SATISFIED} or
 *     {@link Rating#BASICALLY_SATISFIED} / received cases with a rating.</li>
 * <li><b>reopening</b> 重办率 = resolved cases reopened after a resolution / resolved cases.</li>
 * <li><b>dispatch rejection</b> 退单率 = received cases with at least one {@code DispatchRejected} / received.
 *     The case counts for its responsible owner, who need not be the one that rejected it.</li>
 * <li><b>report-in punctuality</b> 按时报到率, one item per summons = summons checked in at or before their
 *     {@code reportInBy} and not recorded as missed / summons with a {@code reportInBy}. For an
 *     {@link Scope.Organization} scope these are the organization's own summons on any non-excluded case reported
 *     in the period, whoever owns it; for other scopes, every summons on the received cases.</li>
 * <li><b>callback reach</b> 回访接通率, one item per callback attempt = ratings ({@code Rated} events, each a
 *     callback that reached the reporter) / ratings + failed callbacks ({@code CallbackFailed} events), on the
 *     received cases.</li>
 * </ul>
 *
 * <p><b>Not yet.</b> The party-member report-in and service rates (报到率、服务率, e.g. Longyan's 99.97 % and
 * 99.95 %) are measured over people and confirmed service records, not over issue timelines; they belong with
 * the service records and are not computed here.
 */
public final class Metrics {
    /** The default accept limit when a case has no {@code accept} deadline: 2 hours after dispatch. */
    public static final Duration DEFAULT_ACCEPT_LIMIT = Duration.ofHours(2);

    private Metrics() {
    }

    /**
     * The report of a scope over a period, with the {@linkplain #DEFAULT_ACCEPT_LIMIT default accept limit}.
     *
     * @param issues the cases to consider, each once; cases outside the period or scope are skipped
     * @param tree   the city's jurisdiction, for {@link Scope.Subtree}
     * @throws NullPointerException if an argument or an issue is null
     * @throws IllegalArgumentException if two issues have the same id, a subtree scope's node is not in the tree,
     *     or (for a subtree scope) a case's responsible owner sits at a node not in the tree
     */
    public static MetricReport of(Collection<Issue> issues, Scope scope, Period period, Jurisdiction tree) {
        return of(issues, scope, period, tree, DEFAULT_ACCEPT_LIMIT);
    }

    /**
     * The report with the city's own accept limit for cases without an {@code accept} deadline.
     *
     * @param acceptLimit elapsed time after dispatch within which an acceptance is in time, not negative
     * @throws NullPointerException if an argument or an issue is null
     * @throws IllegalArgumentException as {@link #of(Collection, Scope, Period, Jurisdiction)}, or if the accept
     *     limit is negative
     */
    public static MetricReport of(Collection<Issue> issues, Scope scope, Period period, Jurisdiction tree,
                                  Duration acceptLimit) {
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(acceptLimit, "acceptLimit");
        checkArgument(!acceptLimit.isNegative(), "the accept limit must not be negative, got %s", acceptLimit);
        if (scope instanceof Scope.Subtree s) {
            checkArgument(tree.contains(s.node()), "the scope's node %s is not in the jurisdiction", s.node());
        }
        Tally t = new Tally();
        Set<IssueId> seen = new HashSet<>();
        for (Issue issue : issues) {
            Objects.requireNonNull(issue, "issue");
            checkArgument(seen.add(issue.id()), "issue %s is given twice", issue.id());
            CaseRecord c = CaseRecord.of(issue, acceptLimit);
            if (period.contains(c.reportedAt)) {
                t.count(c, inScope(c, scope, tree), scope);
            }
        }
        return t.report(scope, period);
    }

    /**
     * The reports of every node at a level at once, each equal to {@link #of(Collection, Scope, Period,
     * Jurisdiction, Duration)} with that node's {@link Scope.Subtree}, in one pass over the cases rather than one
     * per node: monthly scorecards rank every street of a city over a million cases.
     *
     * @return a report for every node at the level, in preorder; nodes without cases get empty reports
     * @throws NullPointerException if an argument or an issue is null
     * @throws IllegalArgumentException if two issues have the same id, the level is not the tree's, a case's
     *     responsible owner sits at a node not in the tree, or the accept limit is negative
     */
    public static Map<NodeId, MetricReport> ofLevel(Collection<Issue> issues, LevelId level, Period period,
                                                    Jurisdiction tree, Duration acceptLimit) {
        Map<NodeId, MetricReport> out = new LinkedHashMap<>();
        unitsOf(issues, level, period, tree, acceptLimit).forEach((unit, u) -> out.put(unit, u.report()));
        return out;
    }

    /**
     * A unit's report with the cases behind it: those it received, in the report's order, then those it would
     * have received but a reviewer excluded.
     */
    public record UnitReport(MetricReport report, List<Issue> cases) {
        public UnitReport {
            Objects.requireNonNull(report, "report");
            cases = List.copyOf(cases);
        }
    }

    /**
     * As {@link #ofLevel(Collection, LevelId, Period, Jurisdiction, Duration)}, with each unit's cases, so that a
     * scoring policy gets them without looking every case up again.
     *
     * @throws NullPointerException     as {@code ofLevel}
     * @throws IllegalArgumentException as {@code ofLevel}
     */
    public static Map<NodeId, UnitReport> unitsOf(Collection<Issue> issues, LevelId level, Period period,
                                                  Jurisdiction tree, Duration acceptLimit) {
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(acceptLimit, "acceptLimit");
        checkArgument(!acceptLimit.isNegative(), "the accept limit must not be negative, got %s", acceptLimit);
        checkArgument(tree.levels().find(level).isPresent(), "the jurisdiction has no level %s", level);
        Map<NodeId, Tally> tallies = new LinkedHashMap<>();
        Map<NodeId, List<Issue>> received = new HashMap<>();
        Map<NodeId, List<Issue>> excluded = new HashMap<>();
        for (JurisdictionNode node : tree.atLevel(tree.root().id(), level)) {
            tallies.put(node.id(), new Tally());
            received.put(node.id(), new ArrayList<>());
            excluded.put(node.id(), new ArrayList<>());
        }
        Set<IssueId> seen = new HashSet<>(Math.max(16, issues.size() * 2));
        // Owners are far fewer than cases (a city's grids and offices): find each one's unit once.
        Map<NodeId, Optional<NodeId>> unitOf = new HashMap<>();
        for (Issue issue : issues) {
            Objects.requireNonNull(issue, "issue");
            checkArgument(seen.add(issue.id()), "issue %s is given twice", issue.id());
            CaseRecord c = CaseRecord.of(issue, acceptLimit);
            if (!period.contains(c.reportedAt) || c.responsibleOwner.isEmpty()) {
                continue;
            }
            NodeId owner = c.responsibleOwner.get().node();
            Optional<NodeId> unit = unitOf.computeIfAbsent(owner, o -> {
                checkArgument(tree.contains(o), "the owner %s of issue %s is not in the jurisdiction",
                        c.responsibleOwner.get(), issue.id());
                // The unit whose subtree holds the owner (its own node at the level); none above the level.
                return tree.ancestorAtLevel(o, level).map(JurisdictionNode::id);
            });
            if (unit.isPresent()) {
                // Inside its unit's subtree a case is always counted: received, or listed as excluded.
                tallies.get(unit.get()).count(c, true, new Scope.Subtree(unit.get()));
                (issue.excluded() ? excluded : received).get(unit.get()).add(issue);
            }
        }
        Map<NodeId, UnitReport> out = new LinkedHashMap<>();
        tallies.forEach((unit, t) -> {
            List<Issue> cases = new ArrayList<>(received.get(unit));
            cases.addAll(excluded.get(unit));
            out.put(unit, new UnitReport(t.report(new Scope.Subtree(unit), period), cases));
        });
        return out;
    }

    /** {@link #ofLevel(Collection, LevelId, Period, Jurisdiction, Duration)} with the default accept limit. */
    public static Map<NodeId, MetricReport> ofLevel(Collection<Issue> issues, LevelId level, Period period,
                                                    Jurisdiction tree) {
        return ofLevel(issues, level, period, tree, DEFAULT_ACCEPT_LIMIT);
    }

    private static boolean inScope(CaseRecord c, Scope scope, Jurisdiction tree) {
        if (c.responsibleOwner.isEmpty()) {
            return false;
        }
        Owner owner = c.responsibleOwner.get();
        if (scope instanceof Scope.Subtree) {
            checkArgument(tree.contains(owner.node()), "the owner %s of issue %s is not in the jurisdiction",
                    owner, c.issue.id());
        }
        return scope.contains(owner, tree);
    }

    /** The lists behind every measure, filled case by case. */
    private static final class Tally {
        final List<IssueId> received = new ArrayList<>();
        final List<IssueId> responded = new ArrayList<>();
        final List<IssueId> resolved = new ArrayList<>();
        final List<IssueId> onTime = new ArrayList<>();
        final List<IssueId> rated = new ArrayList<>();
        final List<IssueId> satisfied = new ArrayList<>();
        final List<IssueId> reopened = new ArrayList<>();
        final List<IssueId> rejected = new ArrayList<>();
        final List<IssueId> summonsWithLimit = new ArrayList<>();
        final List<IssueId> punctual = new ArrayList<>();
        final List<IssueId> callbacks = new ArrayList<>();
        final List<IssueId> reached = new ArrayList<>();
        final List<IssueId> excluded = new ArrayList<>();

        void count(CaseRecord c, boolean inScope, Scope scope) {
            IssueId id = c.issue.id();
            List<Participant> summons = c.issue.participants().stream()
                    .filter(p -> p.reportInBy().isPresent())
                    .filter(p -> scope instanceof Scope.Organization o ? p.organization().equals(o.organization())
                            : inScope)
                    .toList();
            if (c.issue.excluded()) {
                if (inScope || !summons.isEmpty()) {
                    excluded.add(id);
                }
                return;
            }
            for (Participant p : summons) {
                summonsWithLimit.add(id);
                if (p.checkedInAt().filter(in -> !in.isAfter(p.reportInBy().get())).isPresent() && !p.missed()) {
                    punctual.add(id);
                }
            }
            if (!inScope) {
                return;
            }
            received.add(id);
            addIf(c.respondedInTime, responded, id);
            if (c.resolved) {
                resolved.add(id);
                addIf(c.resolvedOnTime, onTime, id);
                addIf(c.reopenedAfterResolution, reopened, id);
            }
            c.issue.rating().ifPresent(r -> {
                rated.add(id);
                addIf(r != Rating.UNSATISFIED, satisfied, id);
            });
            addIf(c.dispatchRejected, rejected, id);
            for (int i = 0; i < c.ratings; i++) {
                reached.add(id);
                callbacks.add(id);
            }
            for (int i = 0; i < c.failedCallbacks; i++) {
                callbacks.add(id);
            }
        }

        private static void addIf(boolean condition, List<IssueId> list, IssueId id) {
            if (condition) {
                list.add(id);
            }
        }

        MetricReport report(Scope scope, Period period) {
            return new MetricReport(scope, period, ImmutableList.copyOf(received),
                    Measure.of(responded, received), Measure.of(resolved, received), Measure.of(onTime, resolved),
                    Measure.of(satisfied, rated), Measure.of(reopened, resolved), Measure.of(rejected, received),
                    Measure.of(punctual, summonsWithLimit), Measure.of(reached, callbacks),
                    ImmutableList.copyOf(excluded));
        }
    }
}
