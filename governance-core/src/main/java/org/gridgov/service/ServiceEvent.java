package org.gridgov.service;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;

/**
 * One immutable fact of a service timeline: a report-in's, a wish's or a service record's. Constructors check
 * shape only; whether an event may happen now is the aggregate's question ({@link ReportIn#apply},
 * {@link Wish#apply}, {@link ServiceRecord#apply}), answered as a value.
 */
public sealed interface ServiceEvent {

    /** The timeline it belongs to. */
    ServiceId stream();

    /** Who caused it. */
    Actor actor();

    /** When. */
    Instant at();

    /**
     * A member or a unit registers online to report in to a community for a year (网上报到).
     *
     * @param member the member reporting in; empty for a unit
     * @param unit   the unit reporting in; for a member, their employer, if any (the cross-check reads it)
     */
    record ReportInRegistered(ServiceId stream, Actor actor, Instant at, Optional<PersonId> member,
                              Optional<OrganizationId> unit, NodeId community, Year year, Basis basis)
            implements ServiceEvent {
        public ReportInRegistered {
            common(stream, actor, at);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(basis, "basis");
            checkArgument(member.isPresent() || unit.isPresent(), "a report-in names a member or a unit");
        }
    }

    /** The community confirms the report-in in person, with the certificate (《报到证》) the employer issued. */
    record ReportInConfirmed(ServiceId stream, Actor actor, Instant at, String certificate) implements ServiceEvent {
        public ReportInConfirmed {
            common(stream, actor, at);
            nonBlank(certificate, "certificate");
        }
    }

    /**
     * A resident's micro-wish (微心愿) or pairing request (结对帮扶需求), published by the community.
     *
     * @param kind which; read as a micro-wish when absent
     */
    record WishPublished(ServiceId stream, Actor actor, Instant at, NodeId community, PersonId beneficiary,
                         String text, WishKind kind) implements ServiceEvent {
        public WishPublished {
            common(stream, actor, at);
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(beneficiary, "beneficiary");
            nonBlank(text, "text");
            kind = kind == null ? WishKind.MICRO_WISH : kind;
        }

        /** A micro-wish. */
        public WishPublished(ServiceId stream, Actor actor, Instant at, NodeId community, PersonId beneficiary,
                             String text) {
            this(stream, actor, at, community, beneficiary, text, WishKind.MICRO_WISH);
        }
    }

    /** A member claims the wish (认领). */
    record WishClaimed(ServiceId stream, Actor actor, Instant at, PersonId member) implements ServiceEvent {
        public WishClaimed {
            common(stream, actor, at);
            Objects.requireNonNull(member, "member");
        }
    }

    /** The wish is fulfilled: the service record that did it was confirmed. */
    record WishFulfilled(ServiceId stream, Actor actor, Instant at, ServiceId record) implements ServiceEvent {
        public WishFulfilled {
            common(stream, actor, at);
            Objects.requireNonNull(record, "record");
        }
    }

    /** The wish is withdrawn before it is fulfilled. */
    record WishWithdrawn(ServiceId stream, Actor actor, Instant at, Bilingual reason) implements ServiceEvent {
        public WishWithdrawn {
            common(stream, actor, at);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A member submits a service they did (服务申报): what, from when until when, for whom or with which organiser,
     * and the wish or post it answers, if any.
     */
    record ServiceSubmitted(ServiceId stream, Actor actor, Instant at, PersonId member, String what, Instant from,
                            Instant until, Optional<PersonId> beneficiary, Optional<String> organiser,
                            Optional<ServiceId> source) implements ServiceEvent {
        public ServiceSubmitted {
            common(stream, actor, at);
            Objects.requireNonNull(member, "member");
            nonBlank(what, "what");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(beneficiary, "beneficiary");
            Objects.requireNonNull(organiser, "organiser");
            Objects.requireNonNull(source, "source");
        }
    }

    /** The community checked the service with the beneficiary or organiser, who bore it out or did not. */
    record ServiceVerified(ServiceId stream, Actor actor, Instant at, String with, boolean borneOut)
            implements ServiceEvent {
        public ServiceVerified {
            common(stream, actor, at);
            nonBlank(with, "with");
        }
    }

    /** The community party organization confirms the verified service (服务确认): from now on it counts. */
    record ServiceConfirmed(ServiceId stream, Actor actor, Instant at) implements ServiceEvent {
        public ServiceConfirmed {
            common(stream, actor, at);
        }
    }

    /** The service is rejected with a reason: it never counts. */
    record ServiceRejected(ServiceId stream, Actor actor, Instant at, Bilingual reason) implements ServiceEvent {
        public ServiceRejected {
            common(stream, actor, at);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A confirmed service is reversed, with a reason (a correction, never an edit in place): it stops counting. */
    record ServiceReversed(ServiceId stream, Actor actor, Instant at, Bilingual reason) implements ServiceEvent {
        public ServiceReversed {
            common(stream, actor, at);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A deadline of a service record: {@code verify} (the community must verify and confirm it by then). */
    record RecordDeadlineSet(ServiceId stream, Actor actor, Instant at, String kind, Instant due) implements ServiceEvent {
        public RecordDeadlineSet {
            common(stream, actor, at);
            nonBlank(kind, "kind");
            Objects.requireNonNull(due, "due");
        }
    }

    /** A record's deadline fell due and was followed up: it no longer is one. */
    record RecordDeadlinePassed(ServiceId stream, Actor actor, Instant at, String kind) implements ServiceEvent {
        public RecordDeadlinePassed {
            common(stream, actor, at);
            nonBlank(kind, "kind");
        }
    }

    /** A warning to the community that has a record to verify. */
    record RecordWarned(ServiceId stream, Actor actor, Instant at, Bilingual message) implements ServiceEvent {
        public RecordWarned {
            common(stream, actor, at);
            Objects.requireNonNull(message, "message");
        }
    }

    /** Supervision from above of a record left unverified. */
    record RecordSupervised(ServiceId stream, Actor actor, Instant at, String note) implements ServiceEvent {
        public RecordSupervised {
            common(stream, actor, at);
            nonBlank(note, "note");
        }
    }

    /** A resident orders a service from the community's menu (居民点单). */
    record OrderPlaced(ServiceId stream, Actor actor, Instant at, NodeId community, PersonId resident, String menuItem)
            implements ServiceEvent {
        public OrderPlaced {
            common(stream, actor, at);
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(resident, "resident");
            nonBlank(menuItem, "menuItem");
        }
    }

    /** The community dispatches the order to a member (社区派单). */
    record OrderDispatched(ServiceId stream, Actor actor, Instant at, PersonId member) implements ServiceEvent {
        public OrderDispatched {
            common(stream, actor, at);
            Objects.requireNonNull(member, "member");
        }
    }

    /** The member takes the order on (党员接单). */
    record OrderTaken(ServiceId stream, Actor actor, Instant at, PersonId member) implements ServiceEvent {
        public OrderTaken {
            common(stream, actor, at);
            Objects.requireNonNull(member, "member");
        }
    }

    /** The order's service was confirmed. */
    record OrderDone(ServiceId stream, Actor actor, Instant at, ServiceId record) implements ServiceEvent {
        public OrderDone {
            common(stream, actor, at);
            Objects.requireNonNull(record, "record");
        }
    }

    /** The organization publishes the result (组织晒单). */
    record OrderPublished(ServiceId stream, Actor actor, Instant at, String summary) implements ServiceEvent {
        public OrderPublished {
            common(stream, actor, at);
            nonBlank(summary, "summary");
        }
    }

    /** A standing service post the community publishes (服务岗位, 七彩公益服务岗), with room for some members. */
    record PostPublished(ServiceId stream, Actor actor, Instant at, NodeId community, String title, String kind,
                         int capacity) implements ServiceEvent {
        public PostPublished {
            common(stream, actor, at);
            Objects.requireNonNull(community, "community");
            nonBlank(title, "title");
            nonBlank(kind, "kind");
            checkArgument(capacity >= 1, "a post has room for at least one member, got %s", capacity);
        }
    }

    /** A member claims a place on the post (认岗). */
    record PostClaimed(ServiceId stream, Actor actor, Instant at, PersonId member) implements ServiceEvent {
        public PostClaimed {
            common(stream, actor, at);
            Objects.requireNonNull(member, "member");
        }
    }

    /** A unit and a community sign a joint-building agreement (结对共建协议). */
    record AgreementSigned(ServiceId stream, Actor actor, Instant at, OrganizationId unit, NodeId community)
            implements ServiceEvent {
        public AgreementSigned {
            common(stream, actor, at);
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(community, "community");
        }
    }

    /**
     * An entry of the agreement's lists: the community's needs (需求清单) or the unit's resources (资源清单).
     *
     * @param key      the entry's name within the agreement
     * @param need     true for a need of the community, false for a resource of the unit
     * @param category what kind of thing ({@code 助老}, {@code 场地}, {@code 医疗义诊})
     * @param quantity how much (people, hours, sessions); at least 1
     * @param text     the entry as written
     */
    record Listed(ServiceId stream, Actor actor, Instant at, String key, boolean need, String category, int quantity,
                  String text) implements ServiceEvent {
        public Listed {
            common(stream, actor, at);
            nonBlank(key, "key");
            nonBlank(category, "category");
            nonBlank(text, "text");
            checkArgument(quantity >= 1, "a quantity is at least 1, got %s", quantity);
        }
    }

    /** A need and a resource matched into a project (项目清单), with who owns it on each side. */
    record ProjectMatched(ServiceId stream, Actor actor, Instant at, String project, String need, String resource,
                          PersonId communityOwner, PersonId unitOwner) implements ServiceEvent {
        public ProjectMatched {
            common(stream, actor, at);
            nonBlank(project, "project");
            nonBlank(need, "need");
            nonBlank(resource, "resource");
            Objects.requireNonNull(communityOwner, "communityOwner");
            Objects.requireNonNull(unitOwner, "unitOwner");
        }
    }

    /** A project starts. */
    record ProjectStarted(ServiceId stream, Actor actor, Instant at, String project) implements ServiceEvent {
        public ProjectStarted {
            common(stream, actor, at);
            nonBlank(project, "project");
        }
    }

    /** A project is done, with what it achieved. */
    record ProjectDone(ServiceId stream, Actor actor, Instant at, String project, String summary) implements ServiceEvent {
        public ProjectDone {
            common(stream, actor, at);
            nonBlank(project, "project");
            nonBlank(summary, "summary");
        }
    }

    /**
     * A statement to a member's unit of what its members did in a period (双向反馈): one line per member.
     *
     * @param lines per member: their confirmed services and time in the period
     */
    record FeedbackSent(ServiceId stream, Actor actor, Instant at, OrganizationId unit, Instant from, Instant until,
                        java.util.List<FeedbackLine> lines) implements ServiceEvent {
        public FeedbackSent {
            common(stream, actor, at);
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            lines = java.util.List.copyOf(lines);
        }
    }

    /** The unit acknowledges the statement. */
    record FeedbackAcknowledged(ServiceId stream, Actor actor, Instant at, String note) implements ServiceEvent {
        public FeedbackAcknowledged {
            common(stream, actor, at);
            nonBlank(note, "note");
        }
    }

    private static void common(ServiceId stream, Actor actor, Instant at) {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    private static void nonBlank(String text, String what) {
        Objects.requireNonNull(text, what);
        checkArgument(!text.isBlank(), "%s must not be blank", what);
    }
}
