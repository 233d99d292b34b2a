package org.gridgov.deliberation;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridgov.jurisdiction.NodeId;

/** A city's deliberating bodies, by id, in the order declared. Immutable. */
public final class Bodies {
    private static final Bodies NONE = new Bodies(List.of());
    private final ImmutableMap<BodyId, Body> byId;

    private Bodies(Collection<Body> bodies) {
        ImmutableMap.Builder<BodyId, Body> b = ImmutableMap.builder();
        bodies.forEach(body -> b.put(body.id(), body));
        this.byId = b.buildOrThrow();
    }

    /**
     * The bodies given.
     *
     * @throws IllegalArgumentException if two share an id
     */
    public static Bodies of(Collection<Body> bodies) {
        return bodies.isEmpty() ? NONE : new Bodies(bodies);
    }

    /** No bodies. */
    public static Bodies none() {
        return NONE;
    }

    /** Every body, in declaration order. */
    public List<Body> all() {
        return byId.values().asList();
    }

    /** The body with an id. */
    public Optional<Body> find(BodyId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The bodies sitting at a node. */
    public List<Body> at(NodeId node) {
        return byId.values().stream().filter(b -> b.node().equals(node)).toList();
    }
}
