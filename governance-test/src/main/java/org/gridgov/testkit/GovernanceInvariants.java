package org.gridgov.testkit;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.TickReport;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.IssueStatus;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.Jurisdiction;

/**
 * The invariants every city's engine keeps, whatever its packs say, checked against one engine as a history
 * unfolds:
 * <ul>
 *   <li>no issue lost: every report that was accepted is an issue of the engine, and there are no others;</li>
 *   <li>every open issue has an owner inside its own path: a node on the way from its location to the root, and
 *       an owning organization sits at that node;</li>
 *   <li>escalation is monotonic and bounded: an issue's level never falls and stays below the number of levels;</li>
 *   <li>closed issues are frozen: once closed, an issue takes only a rating, failed callbacks, an exclusion and
 *       notes, until it is reopened;</li>
 *   <li>tick is idempotent: a second tick at the same instant does nothing;</li>
 *   <li>a restart from the store sees the same issues and the same due items.</li>
 * </ul>
 *
 * <p>Not thread-safe: one instance watches one engine from one test thread.
 */
public final class GovernanceInvariants {
    private final CityGovernance engine;
    private final Map<IssueId, Integer> levels = new HashMap<>();
    private final Map<IssueId, Issue> closed = new HashMap<>();

    private GovernanceInvariants(CityGovernance engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Starts watching an engine.
     *
     * @param engine the engine
     * @return the watch, remembering nothing yet
     */
    public static GovernanceInvariants watching(CityGovernance engine) {
        return new GovernanceInvariants(engine);
    }

    /**
     * Checks the invariants that hold between steps, and remembers levels and closed issues for the next check.
     *
     * @param reported the ids whose reports the engine accepted, in any order
     * @param where    names the moment for the message, e.g. {@code "step 7 (Tick[after=PT3H])"}
     * @throws InvariantViolation naming the first invariant that does not hold
     */
    public void check(Collection<IssueId> reported, String where) {
        List<Issue> issues = engine.issues();
        Set<IssueId> present = new HashSet<>();
        issues.forEach(i -> present.add(i.id()));
        for (IssueId id : reported) {
            if (!present.contains(id)) {
                throw violation(where, "案件丢失 / issue lost", id, "reported and accepted, but not in the engine");
            }
        }
        if (present.size() != new HashSet<>(reported).size()) {
            Set<IssueId> extra = new HashSet<>(present);
            extra.removeAll(reported);
            throw violation(where, "多出案件 / issue from nowhere", extra.iterator().next(), "nobody reported it");
        }
        Jurisdiction tree = engine.city().jurisdiction();
        for (Issue issue : issues) {
            if (issue.status().isOpen()) {
                Owner owner = issue.owner().orElseThrow(() -> violation(where, "无人负责 / unowned", issue.id(),
                        "open with status " + issue.status() + " but no owner"));
                if (!tree.isAncestorOrSelf(owner.node(), issue.facts().location())) {
                    throw violation(where, "越出路径 / owner off the path", issue.id(), "owner " + owner
                            + " is not on the way from " + issue.facts().location() + " to the root");
                }
                owner.organization().ifPresent(o -> {
                    if (!engine.city().organizations().require(o).node().equals(owner.node())) {
                        throw violation(where, "单位错位 / organization off its node", issue.id(),
                                "owner " + owner + " names an organization that sits elsewhere");
                    }
                });
            }
            int before = levels.getOrDefault(issue.id(), 0);
            if (issue.escalationLevel() < before) {
                throw violation(where, "层级回落 / escalation fell", issue.id(),
                        "level " + issue.escalationLevel() + " after " + before);
            }
            if (issue.escalationLevel() >= tree.levels().size()) {
                throw violation(where, "层级越界 / escalation beyond the top", issue.id(),
                        "level " + issue.escalationLevel() + " of " + tree.levels().size() + " levels");
            }
            levels.put(issue.id(), issue.escalationLevel());
            checkFrozen(issue, where);
        }
    }

    /**
     * A closed issue takes only a rating, failed callbacks, an exclusion and notes (see {@link Issue}); anything
     * else is a change. A reopening is the one way out, and ends the freeze.
     */
    private void checkFrozen(Issue issue, String where) {
        Issue frozen = closed.get(issue.id());
        if (frozen != null) {
            List<IssueEvent> since = issue.timeline().subList(frozen.timeline().size(), issue.timeline().size());
            if (since.stream().anyMatch(e -> e instanceof IssueEvent.Reopened)) {
                closed.remove(issue.id());
                return;
            }
            for (IssueEvent e : since) {
                if (!(e instanceof IssueEvent.Rated || e instanceof IssueEvent.CallbackFailed
                        || e instanceof IssueEvent.Excluded || e instanceof IssueEvent.Note)) {
                    throw violation(where, "已结案件被改动 / closed issue changed", issue.id(),
                            "took " + e.getClass().getSimpleName() + " after it was closed");
                }
            }
            if (issue.status() != IssueStatus.CLOSED || !issue.owner().equals(frozen.owner())
                    || issue.escalationLevel() != frozen.escalationLevel()) {
                throw violation(where, "已结案件被改动 / closed issue changed", issue.id(),
                        "now " + issue.status() + " owned by " + issue.owner() + " at level "
                                + issue.escalationLevel());
            }
        } else if (issue.status() == IssueStatus.CLOSED) {
            closed.put(issue.id(), issue);
        }
    }

    /**
     * Ticks the engine once more at the same instant and checks that nothing happens.
     *
     * @param now   the instant of the tick just made
     * @param where names the moment for the message
     * @throws InvariantViolation if the second tick handled anything
     */
    public void checkTickIdempotent(Instant now, String where) {
        TickReport again = engine.tick(now);
        if (!again.handled().isEmpty()) {
            throw violation(where, "重复触发 / tick not idempotent", again.handled().get(0).due().issue(),
                    "a second tick at " + now + " handled " + again.handled().size() + " item(s)");
        }
    }

    /**
     * Checks that an engine recovered from the same store sees what this one sees.
     *
     * @param recovered an engine recovered from the watched engine's store
     * @param horizon   an instant far enough ahead that every pending deadline is due by then
     * @throws InvariantViolation if an issue or a due item differs
     */
    public void checkRestart(CityGovernance recovered, Instant horizon) {
        for (Issue issue : engine.issues()) {
            if (!recovered.issue(issue.id()).equals(java.util.Optional.of(issue))) {
                throw violation("restart", "重启后不一致 / differs after restart", issue.id(),
                        "the recovered engine sees " + recovered.issue(issue.id()));
            }
            if (!Issue.replay(issue.timeline()).equals(issue)) {
                throw violation("restart", "重放不一致 / replay differs", issue.id(), "its timeline replays differently");
            }
        }
        if (!recovered.dueAt(horizon).equals(engine.dueAt(horizon))) {
            throw new InvariantViolation("restart: 待办不一致 / due items differ after restart: "
                    + recovered.dueAt(horizon) + " vs " + engine.dueAt(horizon));
        }
    }

    private static InvariantViolation violation(String where, String invariant, IssueId issue, String detail) {
        return new InvariantViolation(where + ": " + invariant + " — " + issue + ": " + detail);
    }
}
