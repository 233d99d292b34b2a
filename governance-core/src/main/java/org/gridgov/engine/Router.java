package org.gridgov.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.issue.DecisionBasis;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.JurisdictionLevel;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.policy.RuleTrace;
import org.gridgov.role.RoleTarget;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.routing.RoutingRequest;

/** The engine's use of the routing policy: on report, past rejecting owners, and one level up on escalation. */
final class Router implements Rerouting {
    private final EngineState state;
    private final RoutingPolicy routing;

    Router(EngineState state, RoutingPolicy routing) {
        this.state = state;
        this.routing = Objects.requireNonNull(routing, "routing");
    }

    /** Routes a new issue. */
    RoutingDecision first(IssueId id, IssueFacts facts, Instant at) {
        return routing.route(RoutingRequest.of(id, facts, state.city, at)
                .inEmergency(state.emergency(facts.location(), at)));
    }

    /** Routes an issue again past every owner that rejected it, {@code rejecting} included. */
    RoutingDecision past(Issue issue, Optional<Owner> rejecting, Instant at) {
        List<Owner> rejected = new ArrayList<>(rejectedOwners(issue));
        rejecting.ifPresent(rejected::add);
        return routing.route(new RoutingRequest(issue.id(), issue.facts(), state.city, at, rejected)
                .inEmergency(state.emergency(issue.facts().location(), at)));
    }

    /** Applies a routing decision to the transaction: the owner, and the deadlines of its limit. */
    static void apply(Transaction tx, RoutingDecision decision, Instant at) {
        tx.add(tx.issue().route(decision.owner(), decision.explanation().reason(), basis(decision.policy(),
                decision.explanation().fired()), decision.coHandlers(), CityGovernance.engine(), at));
        tx.deadlines(decision.timeLimit(), at);
    }

    @Override
    public Optional<RoutingDecision> routeUp(Issue issue, Optional<LevelId> atLeast, Instant now) {
        var tree = state.city.jurisdiction();
        NodeId ownerNode = issue.owner().map(Owner::node).orElse(issue.facts().location());
        return tree.parent(ownerNode).map(parent -> {
            // The higher of one level up and the asked floor; a smaller rank is a higher level.
            LevelId floor = atLeast.flatMap(l -> tree.levels().find(l))
                    .filter(l -> l.rank() < parent.level().rank())
                    .map(JurisdictionLevel::id).orElse(parent.level().id());
            return routing.route(new RoutingRequest(issue.id(), issue.facts(), state.city, now, rejectedOwners(issue))
                    .atLeast(floor).inEmergency(state.emergency(issue.facts().location(), now)));
        });
    }

    /** The post is the role the person holds at the owner's node or organization; the roster applies A/B. */
    @Override
    public Optional<Owner> actingForOwner(Issue issue, Instant now) {
        Optional<Owner> owner = issue.owner();
        if (owner.isEmpty() || owner.get().person().isEmpty()) {
            return Optional.empty();
        }
        Owner o = owner.get();
        RoleTarget target = o.organization().map(RoleTarget::in).orElse(RoleTarget.at(o.node()));
        var roster = state.city.roster();
        return roster.assignmentsOf(o.person().get(), now).stream()
                .filter(a -> a.target().equals(target))
                .findFirst()
                .flatMap(a -> roster.actingFor(a.role(), target, now))
                .filter(acting -> !acting.person().equals(o.person().get()))
                .map(acting -> new Owner(o.node(), o.organization(), Optional.of(acting.person())));
    }

    private static List<Owner> rejectedOwners(Issue issue) {
        List<Owner> out = new ArrayList<>();
        Optional<Owner> owner = Optional.empty();
        for (IssueEvent e : issue.timeline()) {
            if (e instanceof IssueEvent.Routed r) {
                owner = Optional.of(r.owner());
            } else if (e instanceof IssueEvent.Escalated x) {
                owner = Optional.of(x.newOwner());
            } else if (e instanceof IssueEvent.DispatchRejected) {
                owner.ifPresent(out::add);
            }
        }
        return out;
    }

    /** What a decision rested on, to store with its event. */
    static DecisionBasis basis(PolicyVersion policy, List<RuleTrace> fired) {
        return new DecisionBasis(policy.packId(), policy.version(), policy.contentHash(),
                fired.stream().map(RuleTrace::rule).toList());
    }
}
