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
 * A standing service post (服务岗位; 双鸭山's 七彩公益服务岗, 龙岩's 五个先锋 posts) with room for some members, who claim
 * a place on it and then submit their services against it. Refusal codes: {@code post-full}, {@code already-on-post},
 * {@code wrong-kind}.
 */
public final class ServicePost extends ServiceAggregate {
    private final ServiceEvent.PostPublished published;
    private final List<PersonId> members;

    private ServicePost(ImmutableList<ServiceEvent> timeline) {
        super(timeline);
        this.published = (ServiceEvent.PostPublished) timeline.get(0);
        this.members = timeline.stream().filter(e -> e instanceof ServiceEvent.PostClaimed)
                .map(e -> ((ServiceEvent.PostClaimed) e).member()).toList();
    }

    /** Publishes a post: the first event. */
    public static Change<ServicePost, ServiceEvent> publish(ServiceEvent.PostPublished e) {
        return new Change.Accepted<>(new ServicePost(ImmutableList.of(e)), e);
    }

    /**
     * The post a stored timeline gives.
     *
     * @throws IllegalArgumentException if it does not start with a publication or holds an event it refuses
     */
    public static ServicePost replay(List<ServiceEvent> timeline) {
        checkArgument(!timeline.isEmpty() && timeline.get(0) instanceof ServiceEvent.PostPublished,
                "a post starts with its publication");
        return Timeline.replay(timeline, new ServicePost(ImmutableList.of(timeline.get(0))), ServicePost::apply);
    }

    /** Applies an event if the post accepts it. */
    public Change<ServicePost, ServiceEvent> apply(ServiceEvent e) {
        return Timeline.apply(timeline, e, check(e), ServicePost::new);
    }

    private Optional<Rejection> check(ServiceEvent e) {
        if (!(e instanceof ServiceEvent.PostClaimed c)) {
            return Timeline.no("wrong-kind", "岗位只能被认领", "a post can only be claimed");
        }
        if (members.contains(c.member())) {
            return Timeline.no("already-on-post", c.member() + " 已在该岗位", c.member() + " is on the post already");
        }
        return members.size() < published.capacity() ? Optional.empty() : Timeline.no("post-full",
                "岗位已满（" + published.capacity() + "人）", "the post is full (" + published.capacity() + ")");
    }

    /** The community that publishes it. */
    public NodeId community() {
        return published.community();
    }

    /** Its title. */
    public String title() {
        return published.title();
    }

    /** Its kind, as the city names it ({@code 七彩公益服务岗·红}, {@code 政策宣传}). */
    public String kind() {
        return published.kind();
    }

    /** How many members it has room for. */
    public int capacity() {
        return published.capacity();
    }

    /** The members on it, in the order they claimed. */
    public List<PersonId> members() {
        return members;
    }

    @Override
    public String toString() {
        return "ServicePost[" + id() + " " + members.size() + "/" + capacity() + "]";
    }
}
