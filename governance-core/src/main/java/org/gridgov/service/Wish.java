package org.gridgov.service;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.PersonId;
import org.gridgov.timeline.Change;

/**
 * A resident's micro-wish (微心愿): published by the community, claimed by one member, fulfilled when the service
 * record that did it is confirmed, or withdrawn. Refusal codes: {@code already-claimed}, {@code not-claimed},
 * {@code wish-closed}, {@code wrong-kind}.
 */
public final class Wish extends ServiceAggregate {
    /** Where a wish stands. */
    public enum Status {
        /** Published, waiting for a member. */
        PUBLISHED,
        /** Claimed by a member. */
        CLAIMED,
        /** Done and confirmed. */
        FULFILLED,
        /** Withdrawn. */
        WITHDRAWN
    }

    private final ServiceEvent.WishPublished published;
    private Status status = Status.PUBLISHED;
    private Optional<PersonId> claimedBy = Optional.empty();
    private Optional<ServiceId> fulfilledBy = Optional.empty();

    private Wish(ImmutableList<ServiceEvent> timeline) {
        super(timeline);
        this.published = (ServiceEvent.WishPublished) timeline.get(0);
        for (ServiceEvent e : timeline) {
            if (e instanceof ServiceEvent.WishClaimed c) {
                status = Status.CLAIMED;
                claimedBy = Optional.of(c.member());
            } else if (e instanceof ServiceEvent.WishFulfilled f) {
                status = Status.FULFILLED;
                fulfilledBy = Optional.of(f.record());
            } else if (e instanceof ServiceEvent.WishWithdrawn) {
                status = Status.WITHDRAWN;
            }
        }
    }

    /** Publishes a wish: the first event. */
    public static Change<Wish, ServiceEvent> publish(ServiceEvent.WishPublished e) {
        return new Change.Accepted<>(new Wish(ImmutableList.of(e)), e);
    }

    /**
     * The wish a stored timeline gives.
     *
     * @throws IllegalArgumentException if it does not start with a publication or holds an event it refuses
     */
    public static Wish replay(List<ServiceEvent> timeline) {
        checkArgument(!timeline.isEmpty() && timeline.get(0) instanceof ServiceEvent.WishPublished,
                "a wish starts with its publication");
        return Timeline.replay(timeline, new Wish(ImmutableList.of(timeline.get(0))), Wish::apply);
    }

    /** Applies an event if the wish accepts it. */
    public Change<Wish, ServiceEvent> apply(ServiceEvent e) {
        return Timeline.apply(timeline, e, check(e), Wish::new);
    }

    private Optional<Rejection> check(ServiceEvent e) {
        if (status == Status.FULFILLED || status == Status.WITHDRAWN) {
            return Timeline.no("wish-closed", "心愿已" + (status == Status.FULFILLED ? "实现" : "撤回"),
                    "the wish is " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (e instanceof ServiceEvent.WishClaimed) {
            return status == Status.PUBLISHED ? Optional.empty() : Timeline.no("already-claimed",
                    "心愿已被 " + claimedBy.orElseThrow() + " 认领", "the wish was claimed by " + claimedBy.orElseThrow());
        }
        if (e instanceof ServiceEvent.WishFulfilled) {
            return status == Status.CLAIMED ? Optional.empty() : Timeline.no("not-claimed", "心愿尚未被认领",
                    "the wish has not been claimed");
        }
        return e instanceof ServiceEvent.WishWithdrawn ? Optional.empty()
                : Timeline.no("wrong-kind", "这不是心愿的事件", "not an event of a wish");
    }

    /** A member claims it. */
    public Change<Wish, ServiceEvent> claim(PersonId member, Actor actor, Instant at) {
        return apply(new ServiceEvent.WishClaimed(id(), actor, at, member));
    }

    /** Withdraws it. */
    public Change<Wish, ServiceEvent> withdraw(Bilingual reason, Actor actor, Instant at) {
        return apply(new ServiceEvent.WishWithdrawn(id(), actor, at, reason));
    }

    /** The community that published it. */
    public NodeId community() {
        return published.community();
    }

    /** The resident who wished. */
    public PersonId beneficiary() {
        return published.beneficiary();
    }

    /** A micro-wish or a pairing request. */
    public WishKind kind() {
        return published.kind();
    }

    /** The wish as written. */
    public String text() {
        return published.text();
    }

    /** Where it stands. */
    public Status status() {
        return status;
    }

    /** The member who claimed it. */
    public Optional<PersonId> claimedBy() {
        return claimedBy;
    }

    /** The confirmed record that fulfilled it. */
    public Optional<ServiceId> fulfilledBy() {
        return fulfilledBy;
    }

    @Override
    public String toString() {
        return "Wish[" + id() + " " + status + "]";
    }
}
