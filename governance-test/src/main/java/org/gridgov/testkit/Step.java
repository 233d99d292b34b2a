package org.gridgov.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.engine.CityGovernance;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Closure;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.mode.Mode;
import org.gridgov.organization.Organization;
import org.gridgov.organization.OrganizationId;
import org.gridgov.time.TimeLimit;

/**
 * One thing that happens in a generated {@link History}, a given time after the step before it. Steps that act
 * on an issue name it by an index taken modulo the number of issues reported so far, so every list of steps is a
 * valid history, and jqwik can shrink a failing history by dropping steps.
 *
 * <p>Commands the engine refuses (accepting a closed issue, checking in an organization nobody summoned) are
 * part of the test: a refusal must leave the issue untouched.
 */
public sealed interface Step {
    /** The report-in limit of generated summons. */
    TimeLimit REPORT_IN = TimeLimit.parse("30 分钟");

    /**
     * The actor of generated steps when nobody the roster knows acts for the party (the permissions refuse it,
     * which the invariants then check left nothing behind). Otherwise each step is issued by the party the
     * permissions expect: the channel reports, rates and withdraws, the owner's acting person accepts, rejects,
     * summons and resolves, the summoned organization's acting person checks in, the platform switches modes.
     */
    Actor ACTOR = Actor.system("generated", Bilingual.of("生成的历史", "generated history"));

    private static Actor owner(CityGovernance engine, IssueId id, Instant at) {
        return engine.ownerActing(id, at).orElse(ACTOR);
    }

    private static Actor channel(CityGovernance engine, IssueId id) {
        return engine.issue(id).map(i -> Parties.channel(engine.city(), i.facts().channel())).orElse(ACTOR);
    }

    /** @return the time between the step before and this one, never negative */
    Duration after();

    /**
     * Performs the step.
     *
     * @param engine   the engine
     * @param reported the issues reported so far in this history, in order; {@link Report} adds to it
     * @param at       the instant of the step
     */
    void apply(CityGovernance engine, List<IssueId> reported, Instant at);

    private static IssueId pick(List<IssueId> reported, int issue) {
        return reported.get(Math.floorMod(issue, reported.size()));
    }

    /** A case is reported: 上报. */
    record Report(Duration after, IssueFacts facts) implements Step {
        public Report {
            Objects.requireNonNull(facts, "facts");
        }

        @Override
        public void apply(CityGovernance engine, List<IssueId> reported, Instant at) {
            IssueId id = new IssueId("h" + reported.size());
            // A refused report has nothing to act on later; GovernanceInvariants checks it left no issue behind.
            if (engine.report(id, facts, Parties.channel(engine.city(), facts.channel()), at).isDone()) {
                reported.add(id);
            }
        }
    }

    /** The owner accepts: 受理. */
    record Accept(Duration after, int issue) implements Step {
        @Override
        public void apply(CityGovernance engine, List<IssueId> reported, Instant at) {
            if (!reported.isEmpty()) {
                IssueId id = pick(reported, issue);
                engine.accept(id, owner(engine, id, at), at);
            }
        }
    }

    /** The owner sends it back: 退单. */
    record Reject(Duration after, int issue) implements Step {
        @Override
        public void apply(CityGovernance engine, List<IssueId> reported, Instant at) {
            if (!reported.isEmpty()) {
                IssueId id = pick(reported, issue);
                engine.rejectDispatch(id, Bilingual.of("不属本单位职责", "not ours"), owner(engine, id, at), at);
            }
        }
    }

    /** An organization is summoned to report in within 30 minutes (吹哨), whichever it is. */
    record Summon(Duration after, int issue, int organization) implements Step {
        @Override
        public void apply(CityGovernance engine, List<IssueId> reported, Instant at) {
            List<Organization> all = List.copyOf(engine.city().organizations().all());
            if (!reported.isEmpty() && !all.isEmpty()) {
                IssueId id = pick(reported, issue);
                engine.summon(id, all.get(Math.floorMod(organization, all.size())).id(), REPORT_IN,
                        owner(engine, id, at), at);
            }
        }
    }

    /** An organization reports in (报到), whether or not it was summoned. */
    record CheckIn(Duration after, int issue, int organization) implements Step {
        @Override
        public void apply(CityGovernance engine, List<IssueId> reported, Instant at) {
            List<Organization> all = List.copyOf(engine.city().organizations().all());
            if (!reported.isEmpty() && !all.isEmpty()) {
                OrganizationId org = all.get(Math.floorMod(organization, all.size())).id();
                engine.checkIn(pick(reported, issue), org, Parties.organization(engine.city(), org, at).orElse(ACTOR),
                        at);
            }
        }
    }

    /** The owner resolves it (办结) and the reporter rates it at once. */
    record ResolveAndRate(Duration after, int issue, Rating rating) implements Step {
        public ResolveAndRate {
            Objects.requireNonNull(rating, "rating");
        }

        @Override
        public void apply(CityGovernance engine, List<IssueId> reported, Instant at) {
            if (!reported.isEmpty()) {
                IssueId id = pick(reported, issue);
                engine.resolve(id, "已办理", owner(engine, id, at), at);
                engine.rate(id, rating, "", channel(engine, id), at);
            }
        }
    }

    /** The reporter withdraws it: 撤回. */
    record Withdraw(Duration after, int issue) implements Step {
        @Override
        public void apply(CityGovernance engine, List<IssueId> reported, Instant at) {
            if (!reported.isEmpty()) {
                IssueId id = pick(reported, issue);
                engine.close(id, Closure.WITHDRAWN, "撤回", channel(engine, id), at);
            }
        }
    }

    /** A node of the city (its subtree) switches into emergency mode or back (平急结合). */
    record SwitchMode(Duration after, int node, boolean emergency) implements Step {
        @Override
        public void apply(CityGovernance engine, List<IssueId> reported, Instant at) {
            var tree = engine.city().jurisdiction();
            var nodes = tree.subtree(tree.root().id());
            engine.switchMode(nodes.get(Math.floorMod(node, Math.min(nodes.size(), 8))).id(),
                    emergency ? Mode.EMERGENCY : Mode.NORMAL, Bilingual.of("生成的切换", "generated switch"), Parties.PLATFORM,
                    at);
        }
    }

    /** The clock ticks: deadlines fall due, warnings and escalations happen. */
    record Tick(Duration after) implements Step {
        @Override
        public void apply(CityGovernance engine, List<IssueId> reported, Instant at) {
            engine.tick(at);
        }
    }
}
