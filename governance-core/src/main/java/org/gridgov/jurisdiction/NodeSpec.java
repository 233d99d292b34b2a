package org.gridgov.jurisdiction;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;

/**
 * What a {@link JurisdictionBuilder} is told about one node before the tree exists.
 *
 * @param id            the node's id
 * @param parent        the parent's id, or empty for the root
 * @param level         the node's level id, resolved against the builder's scheme
 * @param name          display name
 * @param code          official division code, if any
 * @param kind          finer classification, may be empty
 * @param layers        grid layers served, must be in the builder's layer catalogue
 * @param dedicatedSite the site kind of a dedicated grid, if it is one
 */
public record NodeSpec(
        NodeId id,
        Optional<NodeId> parent,
        LevelId level,
        Bilingual name,
        Optional<DivisionCode> code,
        String kind,
        Set<LayerId> layers,
        Optional<String> dedicatedSite) {

    public NodeSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        layers = ImmutableSet.copyOf(layers); // keeps the declared order, so iteration is reproducible
        Objects.requireNonNull(dedicatedSite, "dedicatedSite");
    }

    /** The root node. */
    public static NodeSpec root(String id, String level, Bilingual name) {
        return new NodeSpec(new NodeId(id), Optional.empty(), new LevelId(level), name,
                Optional.empty(), "", Set.of(), Optional.empty());
    }

    /** A node below {@code parent}. */
    public static NodeSpec child(String id, String parent, String level, Bilingual name) {
        return new NodeSpec(new NodeId(id), Optional.of(new NodeId(parent)), new LevelId(level), name,
                Optional.empty(), "", Set.of(), Optional.empty());
    }

    /** This node with an official division code. */
    public NodeSpec withCode(DivisionCode code) {
        return new NodeSpec(id, parent, level, name, Optional.of(code), kind, layers, dedicatedSite);
    }

    /** This node with a finer classification. */
    public NodeSpec withKind(String kind) {
        return new NodeSpec(id, parent, level, name, code, kind, layers, dedicatedSite);
    }

    /** This node serving the given grid layers. */
    public NodeSpec withLayers(Set<LayerId> layers) {
        return new NodeSpec(id, parent, level, name, code, kind, layers, dedicatedSite);
    }

    /** This node as a dedicated grid covering one site of the given kind. */
    public NodeSpec dedicatedTo(String siteKind) {
        return new NodeSpec(id, parent, level, name, code, kind, layers, Optional.of(siteKind));
    }
}
