package org.gridgov.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.Item;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.time.TimeLimit;

/** What deliberation commands check and compute about where an item lies, in the city's terms. */
final class Places {
    private Places() {
    }

    /** A refusal if the node or the category is not the city's. */
    static Optional<Rejection> check(City city, NodeId node, CategoryId category) {
        if (city.jurisdiction().find(node).isEmpty()) {
            return Optional.of(Rejection.of("unknown-node", "没有节点 " + node, "there is no node " + node));
        }
        if (city.categories().find(category).isEmpty()) {
            return Optional.of(Rejection.of("unknown-category", "没有类别 " + category, "there is no category "
                    + category));
        }
        return Optional.empty();
    }

    /** A refusal if a body may not table an item: outside its node, or not the kind the policy required. */
    static Optional<Rejection> fits(City city, Item item, Body body) {
        if (!city.jurisdiction().isAncestorOrSelf(body.node(), item.facts().node())) {
            return Optional.of(Rejection.of("outside-body", "议题所在 " + item.facts().node() + " 不在"
                    + body.name().zh() + "的辖区内", "the item lies at " + item.facts().node() + ", outside "
                    + body.name().en() + "'s area"));
        }
        if (item.referredTo().isPresent() && item.referredTo().get() != body.kind()) {
            var kind = item.referredTo().get().displayName();
            return Optional.of(Rejection.of("must-go-to", "按规定该议题须提交" + kind.zh() + "，不能列入"
                    + body.name().zh(), "the rules send this item to a " + kind.en() + ", not to "
                    + body.name().en()));
        }
        return Optional.empty();
    }

    /** A category, then its ancestors, as rules read it. */
    static List<String> categoryPath(City city, CategoryId category) {
        List<String> path = new ArrayList<>();
        path.add(category.value());
        city.categories().ancestors(category).forEach(c -> path.add(c.id().value()));
        return path;
    }

    /** The level id of a node. */
    static String level(City city, NodeId node) {
        return city.jurisdiction().node(node).level().id().value();
    }

    /** When a limit counted from an instant runs out in the calendar of a node. */
    static Instant due(EngineState state, NodeId node, TimeLimit limit, Instant from) {
        return state.instant(limit.dueFrom(state.local(from), state.city.calendarFor(node)));
    }
}
