package org.gridgov.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentException;
import org.gridgov.escalation.EscalationAction;
import org.gridgov.escalation.EscalationDecision;
import org.gridgov.escalation.EscalationPolicy;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.mode.ModeSwitch;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.policy.RuleTrace;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.store.AppendResult;
import org.gridgov.store.EventStore;
import org.gridgov.time.TimeLimit;

/**
 * The engine over the small test city with policies written as lambdas, no rule engine: routing gives the
 * issue to the node the request's floor asks for (or its location) within 3 days; escalation escalates one level.
 */
final class EngineFixtures {
    static final Instant T0 = Instant.parse("2024-06-03T01:00:00Z");           // a Monday, 09:00 in the city
    static final NodeId GRID = new NodeId("220202001001-G01");
    static final NodeId COMMUNITY = new NodeId("220202001001");
    static final Actor HOTLINE = Actor.system("hotline-12345", Bilingual.of("12345 热线", "12345 hotline"));
    /** The grid leader of {@link #GRID}, where the lambda routing sends every case: its owner. */
    static final Actor GRID_LEADER = Actor.inRole(new org.gridgov.people.PersonId("p1"),
            new org.gridgov.role.RoleTypeId("grid-leader"), org.gridgov.role.RoleTarget.at(GRID));
    static final PolicyVersion POLICY = new PolicyVersion("lambdas", "1", "0");

    private EngineFixtures() {
    }

    static City city() {
        try {
            return CityLoader.loadResource(EngineFixtures.class.getClassLoader(), "org/gridgov/city/small-city.yaml");
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** To the lowest node at or above the floor on the issue's path; 3 days. */
    static RoutingPolicy routing(City city) {
        return request -> {
            var tree = city.jurisdiction();
            NodeId node = request.facts().location();
            while (request.atLeast().isPresent()
                    && tree.node(node).level().rank() > tree.levels().find(request.atLeast().get()).orElseThrow().rank()) {
                node = tree.parent(node).orElseThrow().id();
            }
            return new RoutingDecision(tree.node(node).level().id(), Owner.atNode(node), Optional.empty(),
                    Optional.empty(), List.of(), TimeLimit.parse("3 天"),
                    new Explanation(Bilingual.of("交" + node, "to " + node), List.of(new RuleTrace("to-node",
                            Bilingual.of("属地", "where it is"), java.util.Map.of())), List.of(), false), POLICY);
        };
    }

    /** Escalates on the resolve deadline, warns on everything else. */
    static EscalationPolicy escalation() {
        return request -> new EscalationDecision(request.due().deadlineKind().equals(java.util.Optional.of(org.gridgov.issue.DeadlineKind.RESOLVE))
                ? List.of(new EscalationAction.Escalate(Bilingual.of("超时", "overdue"), Optional.empty()))
                : List.of(new EscalationAction.Warn(Bilingual.of("提醒", "reminder"))),
                new Explanation(Bilingual.of("到期", "due"), List.of(), List.of(), false), POLICY);
    }

    static CityGovernance engine(City city, EventStore store) {
        return CityGovernance.recover(city, store, routing(city), escalation(), GovernanceSettings.DEFAULT);
    }

    static IssueFacts noise() {
        return IssueFacts.of(new CategoryId("env.noise"), new ChannelId("hotline-12345"), GRID, "夜间施工噪音",
                Severity.LOW);
    }

    static IssueId id(int n) {
        return new IssueId("2024-" + n);
    }

    /** A store that lets another writer in just before its next append, once. */
    static final class Interfering implements EventStore {
        private final EventStore inner;
        private Runnable before = () -> { };

        Interfering(EventStore inner) {
            this.inner = inner;
        }

        void beforeNextAppend(Runnable other) {
            this.before = other;
        }

        @Override
        public AppendResult append(IssueId issue, long expectedVersion, List<IssueEvent> events) {
            Runnable r = before;
            before = () -> { };
            r.run();
            return inner.append(issue, expectedVersion, events);
        }

        @Override
        public com.google.common.collect.ImmutableList<IssueEvent> timeline(IssueId issue) {
            return inner.timeline(issue);
        }

        @Override
        public AppendResult appendItem(org.gridgov.deliberation.ItemId id, long expectedVersion,
                                       List<org.gridgov.deliberation.ItemEvent> events) {
            return inner.appendItem(id, expectedVersion, events);
        }

        @Override
        public com.google.common.collect.ImmutableList<org.gridgov.deliberation.ItemEvent> itemTimeline(
                org.gridgov.deliberation.ItemId id) {
            return inner.itemTimeline(id);
        }

        @Override
        public com.google.common.collect.ImmutableSet<org.gridgov.deliberation.ItemId> itemIds() {
            return inner.itemIds();
        }

        @Override
        public AppendResult appendMeeting(org.gridgov.deliberation.MeetingId id, long expectedVersion,
                                          List<org.gridgov.deliberation.MeetingEvent> events) {
            return inner.appendMeeting(id, expectedVersion, events);
        }

        @Override
        public com.google.common.collect.ImmutableList<org.gridgov.deliberation.MeetingEvent> meetingTimeline(
                org.gridgov.deliberation.MeetingId id) {
            return inner.meetingTimeline(id);
        }

        @Override
        public com.google.common.collect.ImmutableSet<org.gridgov.deliberation.MeetingId> meetingIds() {
            return inner.meetingIds();
        }

        @Override
        public AppendResult appendService(org.gridgov.service.ServiceId id, long expectedVersion,
                                          List<org.gridgov.service.ServiceEvent> events) {
            return inner.appendService(id, expectedVersion, events);
        }

        @Override
        public com.google.common.collect.ImmutableList<org.gridgov.service.ServiceEvent> serviceTimeline(
                org.gridgov.service.ServiceId id) {
            return inner.serviceTimeline(id);
        }

        @Override
        public com.google.common.collect.ImmutableSet<org.gridgov.service.ServiceId> serviceIds() {
            return inner.serviceIds();
        }

        @Override
        public com.google.common.collect.ImmutableSet<IssueId> issueIds() {
            return inner.issueIds();
        }

        @Override
        public void appendModeSwitch(ModeSwitch change) {
            inner.appendModeSwitch(change);
        }

        @Override
        public List<ModeSwitch> modeSwitches() {
            return inner.modeSwitches();
        }

        @Override
        public org.gridgov.audit.AuditEntry appendAudit(org.gridgov.audit.AuditRecord record) {
            return inner.appendAudit(record);
        }

        @Override
        public List<org.gridgov.audit.AuditEntry> auditTrail() {
            return inner.auditTrail();
        }

        @Override
        public List<org.gridgov.store.StoredEvent> readAll(org.gridgov.store.GlobalPosition after, int limit) {
            return inner.readAll(after, limit);
        }

        @Override
        public java.util.OptionalLong checkpoint(String name) {
            return inner.checkpoint(name);
        }

        @Override
        public void saveCheckpoint(String name, long value) {
            inner.saveCheckpoint(name, value);
        }
    }
}
