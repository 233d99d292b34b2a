package org.gridgov.jurisdiction;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;

/**
 * A node of a jurisdiction tree as seen from outside: an administrative division, a grid, a building or a
 * unit. Nodes are values made on demand by {@link Jurisdiction}; two views of the same node are equal.
 *
 * @param id            the node's id, unique in its tree
 * @param code          the official division code, for administrative nodes that have one
 * @param name          display name
 * @param level         the node's level in the city's scheme
 * @param kind          a finer classification from the source, e.g. {@code subdistrict}, {@code town},
 *                      {@code community}, {@code village}, {@code grid}; may be empty
 * @param layers        the grid layers this node serves (多网合一); empty for administrative nodes
 * @param dedicatedSite for a dedicated grid (专属网格), the kind of site it covers ({@code school},
 *                      {@code hospital}, {@code market}...)
 * @param parent        the parent's id; empty only for the root
 * @param depth         the number of edges from the root, 0 for the root
 */
public record JurisdictionNode(
        NodeId id,
        Optional<DivisionCode> code,
        Bilingual name,
        JurisdictionLevel level,
        String kind,
        Set<LayerId> layers,
        Optional<String> dedicatedSite,
        Optional<NodeId> parent,
        int depth) {

    public JurisdictionNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        layers = ImmutableSet.copyOf(layers); // keeps the declared order, so iteration is reproducible
        Objects.requireNonNull(dedicatedSite, "dedicatedSite");
        Objects.requireNonNull(parent, "parent");
    }

    /** True for a dedicated grid (专属网格) covering one site. */
    public boolean isDedicated() {
        return dedicatedSite.isPresent();
    }

    /** True for the root of the tree. */
    public boolean isRoot() {
        return parent.isEmpty();
    }

    /** {@code 兴华街道[220202001]} — name and id, for messages. */
    @Override
    public String toString() {
        return name.zh() + "[" + id + "]";
    }
}
