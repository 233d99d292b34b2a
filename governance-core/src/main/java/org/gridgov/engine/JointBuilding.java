package org.gridgov.engine;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.CommandKind;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.service.Agreement;
import org.gridgov.service.Matching;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServicePolicy;
import org.gridgov.timeline.Change;

/**
 * Joint building (结对共建) of units and the communities they are paired with: an agreement signed, the community's
 * needs and the unit's resources listed, matched into projects with an owner on each side, started and done.
 * Authorized ({@code joint-building}) and audited like every command; refused with {@code not-paired} for a unit
 * not paired with the community, and with the agreement's own codes.
 */
public final class JointBuilding extends ServiceCommands {

    JointBuilding(EngineState state, Gate gate, ServicePolicy policy) {
        super(state, gate, policy);
    }

    /** A unit paired with a community signs an agreement with it. */
    public synchronized ServiceOutcome sign(OrganizationId unit, NodeId community, Actor actor, Instant at) {
        ServiceId id = ServiceId.agreement(unit, community);
        return guarded(CommandKind.JOINT_BUILDING, actor, at, community, id, () -> {
            if (!state.city.organizations().contains(unit) || !state.city.organizations()
                    .pairedCommunities(unit, state.local(at).toLocalDate()).contains(community)) {
                return refused("not-paired", unit + " 未与 " + community + " 结对", unit + " is not paired with " + community);
            }
            if (!state.store.serviceTimeline(id).isEmpty()) {
                return refused("already-signed", "已签订共建协议", "the agreement is signed already");
            }
            return first(state, Agreement.sign(new ServiceEvent.AgreementSigned(id, actor, at, unit, community)));
        });
    }

    /** Lists a need of the community ({@code need} true) or a resource of the unit. */
    public synchronized ServiceOutcome list(ServiceId agreement, String key, boolean need, String category,
                                            int quantity, String text, Actor actor, Instant at) {
        if (quantity < 1) {
            return refused("bad-quantity", "数量至少为1", "a quantity is at least 1");
        }
        return onAgreement(agreement, actor, at, a -> a.apply(new ServiceEvent.Listed(agreement, actor, at, key, need,
                category, quantity, text)));
    }

    /**
     * Matches a need and a resource into a project with an owner on each side; refused with {@code no-match} and the
     * policy's reason when the policy says the resource does not answer the need.
     */
    public synchronized ServiceOutcome match(ServiceId agreement, String project, String need, String resource,
                                             PersonId communityOwner, PersonId unitOwner, Actor actor, Instant at) {
        return onAgreement(agreement, actor, at, a -> {
            Change<Agreement, ServiceEvent> c = a.apply(new ServiceEvent.ProjectMatched(agreement, actor, at, project,
                    need, resource, communityOwner, unitOwner));
            if (!c.isAccepted()) {
                return c;
            }
            ServiceEvent.Listed n = a.entries().get(need);
            ServiceEvent.Listed r = a.entries().get(resource);
            ServicePolicy.Match m = policy.match(n, r);
            return m.matches() ? c : new Change.Rejected<>(Rejection.of("no-match", "需求“" + n.category() + "×"
                    + n.quantity() + "”与资源“" + r.category() + "×" + r.quantity() + "”不匹配：" + m.explanation()
                    .reason().zh(), "need " + n.category() + " x" + n.quantity() + " does not match resource "
                    + r.category() + " x" + r.quantity() + ": " + m.explanation().reason().en()));
        });
    }

    /** Whether a need and a resource of an agreement would match, by the policy, with its explanation. */
    public ServicePolicy.Match wouldMatch(ServiceId agreement, String need, String resource) {
        Agreement a = Agreement.replay(state.store.serviceTimeline(agreement));
        ServiceEvent.Listed n = a.entries().get(need);
        ServiceEvent.Listed r = a.entries().get(resource);
        if (n == null || r == null || !n.need() || r.need()) {
            throw new IllegalArgumentException(agreement + " lists no need " + need + " and resource " + resource);
        }
        return policy.match(n, r);
    }

    /** Starts a project. */
    public synchronized ServiceOutcome start(ServiceId agreement, String project, Actor actor, Instant at) {
        return onAgreement(agreement, actor, at, a -> a.apply(new ServiceEvent.ProjectStarted(agreement, actor, at,
                project)));
    }

    /** A project is done. */
    public synchronized ServiceOutcome finish(ServiceId agreement, String project, String summary, Actor actor,
                                              Instant at) {
        return onAgreement(agreement, actor, at, a -> a.apply(new ServiceEvent.ProjectDone(agreement, actor, at,
                project, summary)));
    }

    /** Every agreement, in the order signed. */
    public List<Agreement> agreements() {
        return all(Agreement.class);
    }

    /** The needs and resources of an agreement that would match, not yet used by a project. */
    public List<Matching.Pair> suggestions(ServiceId agreement) {
        return Matching.suggest(Agreement.replay(state.store.serviceTimeline(agreement)),
                (n, r) -> policy.match(n, r).matches());
    }

    private ServiceOutcome onAgreement(ServiceId id, Actor actor, Instant at,
                                       Function<Agreement, Change<Agreement, ServiceEvent>> command) {
        return on(id, CommandKind.JOINT_BUILDING, actor, at, Agreement::replay, Agreement::community, command,
                Agreement::version);
    }
}
