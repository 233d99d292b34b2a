package org.gridgov.engine;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.CommandKind;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.service.Agreement;
import org.gridgov.service.Matching;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.gridgov.timeline.Change;

/**
 * Joint building (结对共建) of units and the communities they are paired with: an agreement signed, the community's
 * needs and the unit's resources listed, matched into projects with an owner on each side, started and done.
 * Authorized ({@code joint-building}) and audited like every command; refused with {@code not-paired} for a unit
 * not paired with the community, and with the agreement's own codes.
 */
public final class JointBuilding extends ServiceCommands {

    JointBuilding(EngineState state, Gate gate) {
        super(state, gate);
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

    /** Matches a need and a resource into a project with an owner on each side. */
    public synchronized ServiceOutcome match(ServiceId agreement, String project, String need, String resource,
                                             PersonId communityOwner, PersonId unitOwner, Actor actor, Instant at) {
        return onAgreement(agreement, actor, at, a -> a.apply(new ServiceEvent.ProjectMatched(agreement, actor, at,
                project, need, resource, communityOwner, unitOwner)));
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
        return Matching.suggest(Agreement.replay(state.store.serviceTimeline(agreement)));
    }

    private ServiceOutcome onAgreement(ServiceId id, Actor actor, Instant at,
                                       Function<Agreement, Change<Agreement, ServiceEvent>> command) {
        return on(id, CommandKind.JOINT_BUILDING, actor, at, Agreement::replay, Agreement::community, command,
                Agreement::version);
    }
}
