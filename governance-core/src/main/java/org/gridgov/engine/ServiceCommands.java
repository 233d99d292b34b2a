package org.gridgov.engine;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.AccessRequest;
import org.gridgov.authorization.CommandKind;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.PersonId;
import org.gridgov.service.Destination;
import org.gridgov.service.DestinationRequest;
import org.gridgov.service.MenuOrder;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServicePolicy;
import org.gridgov.service.ServicePost;
import org.gridgov.service.ServiceRecord;
import org.gridgov.service.VerifierRequest;
import org.gridgov.service.Wish;
import org.gridgov.store.AppendResult;
import org.gridgov.timeline.Change;

/**
 * What the service commands share: loading a timeline of a kind, authorizing and auditing a command at its node,
 * appending with the expected version, and the checks several commands make (a resident acts for themself, a
 * member reported in to a community, a source a member took on).
 */
abstract class ServiceCommands {
    final EngineState state;
    final Gate gate;
    final ServicePolicy policy;

    ServiceCommands(EngineState state, Gate gate, ServicePolicy policy) {
        this.state = state;
        this.gate = gate;
        this.policy = policy;
    }

    <T> List<T> all(Class<T> kind) {
        return state.services.all(kind);
    }

    /** Whether a member may serve against a source: a wish they claimed, an order they took, a post they are on. */
    boolean answerable(ServiceId source, PersonId member) {
        Object s = state.services.find(source).orElse(null);
        if (s instanceof Wish w) {
            return w.status() == Wish.Status.CLAIMED && w.claimedBy().equals(Optional.of(member));
        }
        if (s instanceof MenuOrder o) {
            return o.status() == MenuOrder.Status.TAKEN && o.member().equals(Optional.of(member));
        }
        return s instanceof ServicePost p && p.members().contains(member);
    }

    /** Whether a member's report-in of the instant's year is to a community and was confirmed in person. */
    boolean reportedInTo(PersonId member, NodeId community, Instant at) {
        var t = state.store.serviceTimeline(ServiceId.reportIn(member, Year.from(state.local(at))));
        return !t.isEmpty() && ((ServiceEvent.ReportInRegistered) t.get(0)).community().equals(community)
                && t.stream().anyMatch(e -> e instanceof ServiceEvent.ReportInConfirmed);
    }

    /** A resident acting in person acts only for themself. */
    static Optional<Rejection> self(Actor actor, PersonId member) {
        if (actor instanceof Actor.Person p && p.role().isEmpty() && !p.person().equals(member)) {
            return Optional.of(Rejection.of("not-self", "居民本人只能为自己办理", "a resident acts only for themself"));
        }
        return Optional.empty();
    }

    /**
     * Where a member's service is judged: the community of their report-in that year, else where the policy would
     * send them, else the city.
     */
    NodeId nodeOf(PersonId member, Instant at) {
        Year year = Year.from(state.local(at));
        return state.store.serviceTimeline(ServiceId.reportIn(member, year)).stream().findFirst()
                .map(e -> ((ServiceEvent.ReportInRegistered) e).community())
                .or(() -> expectedCommunity(member, state.local(at).toLocalDate())).orElse(root());
    }

    /** The community the policy sends an in-service member to on a day. */
    Optional<NodeId> expectedCommunity(PersonId member, java.time.LocalDate day) {
        return DestinationRequest.of(state.city, member, day).flatMap(r -> policy.destination(r).destination())
                .map(Destination::community);
    }

    /** Who verifies a record, by the policy, from the member's community in the year of the service. */
    ServicePolicy.Verifier verifierOf(ServiceRecord r) {
        NodeId community = nodeOf(r.member(), r.from());
        NodeId parent = state.city.jurisdiction().parent(community).map(n -> n.id()).orElse(community);
        return policy.verifier(new VerifierRequest(r, community, parent, reportedInTo(r.member(), community, r.from())));
    }

    ServiceOutcome onRecord(ServiceId id, Actor actor, Instant at,
                                    Function<ServiceRecord, Change<ServiceRecord, ServiceEvent>> command) {
        return on(id, CommandKind.CONFIRM_SERVICE, actor, at, ServiceRecord::replay, r -> verifierOf(r).node(),
                command, ServiceRecord::version);
    }

    /** A command on an existing timeline of a kind: loaded, authorized at its node, applied, appended. */
    <S> ServiceOutcome on(ServiceId id, CommandKind kind, Actor actor, Instant at,
                                  Function<List<ServiceEvent>, S> replay, Function<S, NodeId> node,
                                  Function<S, Change<S, ServiceEvent>> command, Function<S, Long> version) {
        var timeline = state.store.serviceTimeline(id);
        Optional<S> loaded = Optional.empty();
        try {
            loaded = timeline.isEmpty() ? Optional.empty() : Optional.of(replay.apply(timeline));
        } catch (IllegalArgumentException | ClassCastException wrongKind) {
            loaded = Optional.empty();
        }
        if (loaded.isEmpty()) {
            Rejection r = Rejection.of("unknown-timeline", "没有 " + id, "there is no " + id);
            gate.unknown(new AccessRequest(kind, actor, at, root(), Optional.empty(), Optional.empty()), id.value(), r);
            return new ServiceOutcome.Refused(r);
        }
        S s = loaded.get();
        return guarded(kind, actor, at, node.apply(s), id, () -> {
            Change<S, ServiceEvent> c = command.apply(s);
            if (c instanceof Change.Rejected<S, ServiceEvent> r) {
                return new ServiceOutcome.Refused(r.rejection());
            }
            ServiceEvent e = ((Change.Accepted<S, ServiceEvent>) c).event();
            return append(id, version.apply(s), List.of(e)) ? new ServiceOutcome.Done(List.of(e))
                    : new ServiceOutcome.Conflicted(id.value());
        });
    }

    /** Appends to a service timeline; its state and a record's deadlines are then indexed again. False on a conflict. */
    boolean append(ServiceId id, long expected, List<ServiceEvent> events) {
        return append(state, id, expected, events);
    }

    private static boolean append(EngineState state, ServiceId id, long expected, List<ServiceEvent> events) {
        if (!(state.store.appendService(id, expected, events) instanceof AppendResult.Appended)) {
            return false;
        }
        Object now = state.services.update(id, state.store.serviceTimeline(id));
        if (now instanceof ServiceRecord r) {
            state.recordDeadlines.update(id, r.deadlines());
        }
        return true;
    }

    static <S> ServiceOutcome first(EngineState state, Change<S, ServiceEvent> c) {
        if (c instanceof Change.Rejected<S, ServiceEvent> r) {
            return new ServiceOutcome.Refused(r.rejection());
        }
        ServiceEvent e = ((Change.Accepted<S, ServiceEvent>) c).event();
        return append(state, e.stream(), 0, List.of(e)) ? new ServiceOutcome.Done(List.of(e))
                : new ServiceOutcome.Conflicted(e.stream().value());
    }

    ServiceOutcome guarded(CommandKind kind, Actor actor, Instant at, NodeId node, ServiceId id,
                                   Supplier<ServiceOutcome> command) {
        return gate.guardedService(new AccessRequest(kind, actor, at, node, Optional.empty(), Optional.empty()),
                id.value(), command);
    }

    NodeId root() {
        return state.city.jurisdiction().root().id();
    }

    static ServiceOutcome refused(String code, String zh, String en) {
        return new ServiceOutcome.Refused(Rejection.of(code, zh, en));
    }
}
