package org.gridgov.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.CommandKind;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.PersonId;
import org.gridgov.service.MenuOrder;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServicePolicy;
import org.gridgov.service.ServicePost;
import org.gridgov.timeline.Change;

/**
 * The community's service menu (双鸭山: 居民点单、社区派单、党员接单、组织晒单) and its standing service posts
 * (七彩公益服务岗, 五个先锋): orders go from a resident to a member who reported in and back to publication, in that
 * order; posts have room for a number of reported-in members. Authorized and audited like every command; a service
 * record answers an order or a post through {@link Services#submitService}.
 */
public final class ServiceMenu extends ServiceCommands {

    ServiceMenu(EngineState state, Gate gate, ServicePolicy policy) {
        super(state, gate, policy);
    }

    /** A resident orders a service from the community's menu (居民点单). */
    public synchronized ServiceOutcome placeOrder(String order, NodeId community, PersonId resident, String menuItem,
                                                  Actor actor, Instant at) {
        ServiceId id = ServiceId.order(order);
        return guarded(CommandKind.PLACE_ORDER, actor, at, community, id, () -> {
            Optional<Rejection> self = self(actor, resident);
            if (self.isPresent()) {
                return new ServiceOutcome.Refused(self.get());
            }
            if (!state.store.serviceTimeline(id).isEmpty()) {
                return refused("already-placed", "订单编号已存在: " + order, "an order with id " + order + " exists");
            }
            return first(state, MenuOrder.place(new ServiceEvent.OrderPlaced(id, actor, at, community, resident,
                    menuItem)));
        });
    }

    /** The community dispatches an order to a member whose report-in to it was confirmed that year (社区派单). */
    public synchronized ServiceOutcome dispatchOrder(ServiceId id, PersonId member, Actor actor, Instant at) {
        return on(id, CommandKind.DISPATCH_ORDER, actor, at, MenuOrder::replay, MenuOrder::community, o ->
                reportedInTo(member, o.community(), at) ? o.apply(new ServiceEvent.OrderDispatched(id, actor, at, member))
                        : Change.refused("not-reported-in", member + " 未向该社区报到", member
                                + " has not reported in to the order's community"), MenuOrder::version);
    }

    /** The member takes the order dispatched to them (党员接单). */
    public synchronized ServiceOutcome takeOrder(ServiceId id, PersonId member, Actor actor, Instant at) {
        return on(id, CommandKind.TAKE_ORDER, actor, at, MenuOrder::replay, MenuOrder::community, o -> {
            Optional<Rejection> self = self(actor, member);
            return self.isPresent() ? new Change.Rejected<>(self.get())
                    : o.apply(new ServiceEvent.OrderTaken(id, actor, at, member));
        }, MenuOrder::version);
    }

    /** The organization publishes a done order's result (组织晒单). */
    public synchronized ServiceOutcome publishOrder(ServiceId id, String summary, Actor actor, Instant at) {
        return on(id, CommandKind.DISPATCH_ORDER, actor, at, MenuOrder::replay, MenuOrder::community,
                o -> o.apply(new ServiceEvent.OrderPublished(id, actor, at, summary)), MenuOrder::version);
    }

    /** The community publishes a standing service post with room for some members. */
    public synchronized ServiceOutcome publishPost(String post, NodeId community, String title, String kind,
                                                   int capacity, Actor actor, Instant at) {
        ServiceId id = ServiceId.post(post);
        return guarded(CommandKind.PUBLISH_POST, actor, at, community, id, () -> {
            if (!state.store.serviceTimeline(id).isEmpty()) {
                return refused("already-published", "岗位编号已存在: " + post, "a post with id " + post + " exists");
            }
            if (capacity < 1) {
                return refused("bad-capacity", "岗位至少容纳1人", "a post has room for at least one member");
            }
            return first(state, ServicePost.publish(new ServiceEvent.PostPublished(id, actor, at, community, title,
                    kind, capacity)));
        });
    }

    /** A member whose report-in to the post's community was confirmed that year claims a place on it (认岗). */
    public synchronized ServiceOutcome claimPost(ServiceId id, PersonId member, Actor actor, Instant at) {
        return on(id, CommandKind.CLAIM_POST, actor, at, ServicePost::replay, ServicePost::community, p -> {
            Optional<Rejection> self = self(actor, member);
            if (self.isPresent()) {
                return new Change.Rejected<>(self.get());
            }
            return reportedInTo(member, p.community(), at) ? p.apply(new ServiceEvent.PostClaimed(id, actor, at, member))
                    : Change.refused("not-reported-in", member + " 未向该社区报到，不能认岗", member
                            + " has not reported in to the post's community");
        }, ServicePost::version);
    }

    /** Menu orders, in the order placed. */
    public List<MenuOrder> orders() {
        return all(MenuOrder.class);
    }

    /** Service posts, in the order published. */
    public List<ServicePost> posts() {
        return all(ServicePost.class);
    }
}
