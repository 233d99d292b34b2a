package org.gridgov.service;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.PersonId;
import org.gridgov.timeline.Change;

/**
 * A menu order (双鸭山: 居民点单、社区派单、党员接单、组织晒单): a resident orders from the community's menu, the community
 * dispatches it to a member, the member takes it, its service is confirmed, and the organization publishes the
 * result. Refusal codes: {@code wrong-step} (out of that order), {@code not-dispatched-to} (taken by another member
 * than the one dispatched), {@code order-closed}.
 */
public final class MenuOrder extends ServiceAggregate {
    /** Where an order stands. */
    public enum Status {
        /** Ordered by a resident. */
        PLACED,
        /** Dispatched to a member. */
        DISPATCHED,
        /** Taken on by that member. */
        TAKEN,
        /** Its service was confirmed. */
        DONE,
        /** Its result was published. */
        PUBLISHED
    }

    private final ServiceEvent.OrderPlaced placed;
    private Status status = Status.PLACED;
    private Optional<PersonId> member = Optional.empty();

    private MenuOrder(ImmutableList<ServiceEvent> timeline) {
        super(timeline);
        this.placed = (ServiceEvent.OrderPlaced) timeline.get(0);
        for (ServiceEvent e : timeline) {
            if (e instanceof ServiceEvent.OrderDispatched d) {
                status = Status.DISPATCHED;
                member = Optional.of(d.member());
            } else if (e instanceof ServiceEvent.OrderTaken) {
                status = Status.TAKEN;
            } else if (e instanceof ServiceEvent.OrderDone) {
                status = Status.DONE;
            } else if (e instanceof ServiceEvent.OrderPublished) {
                status = Status.PUBLISHED;
            }
        }
    }

    /** Places an order: the first event. */
    public static Change<MenuOrder, ServiceEvent> place(ServiceEvent.OrderPlaced e) {
        return new Change.Accepted<>(new MenuOrder(ImmutableList.of(e)), e);
    }

    /**
     * The order a stored timeline gives.
     *
     * @throws IllegalArgumentException if it does not start with an order or holds an event it refuses
     */
    public static MenuOrder replay(List<ServiceEvent> timeline) {
        checkArgument(!timeline.isEmpty() && timeline.get(0) instanceof ServiceEvent.OrderPlaced,
                "a menu order starts with its placing");
        return Timeline.replay(timeline, new MenuOrder(ImmutableList.of(timeline.get(0))), MenuOrder::apply);
    }

    /** Applies an event if the order accepts it. */
    public Change<MenuOrder, ServiceEvent> apply(ServiceEvent e) {
        return Timeline.apply(timeline, e, check(e), MenuOrder::new);
    }

    private Optional<Rejection> check(ServiceEvent e) {
        if (status == Status.PUBLISHED) {
            return Timeline.no("order-closed", "晒单后订单已结束", "the order ended with its publication");
        }
        Status needed = e instanceof ServiceEvent.OrderDispatched ? Status.PLACED
                : e instanceof ServiceEvent.OrderTaken ? Status.DISPATCHED
                : e instanceof ServiceEvent.OrderDone ? Status.TAKEN
                : e instanceof ServiceEvent.OrderPublished ? Status.DONE : null;
        if (needed == null || status != needed) {
            return Timeline.no("wrong-step", "点单、派单、接单、办结、晒单须依次进行（当前: " + status + "）",
                    "order, dispatch, take, done and publish come one after another (now: " + status + ")");
        }
        if (e instanceof ServiceEvent.OrderTaken t && !member.equals(Optional.of(t.member()))) {
            return Timeline.no("not-dispatched-to", "订单派给了 " + member.orElseThrow() + "，不是 " + t.member(),
                    "the order was dispatched to " + member.orElseThrow() + ", not " + t.member());
        }
        return Optional.empty();
    }

    /** The community whose menu it was ordered from. */
    public NodeId community() {
        return placed.community();
    }

    /** The resident who ordered. */
    public PersonId resident() {
        return placed.resident();
    }

    /** What was ordered. */
    public String menuItem() {
        return placed.menuItem();
    }

    /** Where it stands. */
    public Status status() {
        return status;
    }

    /** The member it was dispatched to. */
    public Optional<PersonId> member() {
        return member;
    }

    @Override
    public String toString() {
        return "MenuOrder[" + id() + " " + status + "]";
    }
}
