package org.gridgov.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.i18n.Bilingual;

class JurisdictionProperties {

    /** A generated tree, plus a seed for picking nodes in it. */
    record Generated(Jurisdiction tree, List<NodeId> ids, long seed) {
        NodeId pick(int salt) {
            return ids.get(new Random(seed * 31 + salt).nextInt(ids.size()));
        }
    }

    @Provide
    Arbitrary<Generated> trees() {
        return Combinators.combine(Arbitraries.integers().between(1, 300), Arbitraries.longs())
                .as((size, seed) -> generate(size, seed));
    }

    /** Random parents among earlier nodes, levels strictly below the parent's (skips allowed), shuffled order. */
    static Generated generate(int size, long seed) {
        Random random = new Random(seed);
        int levels = Fixtures.LEVELS.size();
        List<NodeSpec> specs = new ArrayList<>();
        int[] rank = new int[size];
        List<Integer> canParent = new ArrayList<>();
        specs.add(NodeSpec.root("n0", "city", Bilingual.zh("根")));
        canParent.add(0);
        for (int i = 1; i < size; i++) {
            int p = canParent.get(random.nextInt(canParent.size()));
            rank[i] = rank[p] + 1 + (rank[p] + 2 < levels && random.nextInt(5) == 0 ? 1 : 0);
            String level = Fixtures.LEVELS.atRank(rank[i]).id().value();
            specs.add(NodeSpec.child("n" + i, "n" + p, level, Bilingual.zh("节点" + i)));
            if (rank[i] < levels - 1) {
                canParent.add(i);
            }
        }
        List<NodeId> ids = specs.stream().map(NodeSpec::id).toList();
        Collections.shuffle(specs, random);
        Jurisdiction tree = Jurisdiction.builder(Fixtures.LEVELS, Fixtures.LAYERS).addAll(specs).build();
        return new Generated(tree, ids, seed);
    }

    static NodeSpec spec(JurisdictionNode n) {
        return new NodeSpec(n.id(), n.parent(), n.level().id(), n.name(), n.code(), n.kind(), n.layers(),
                n.dedicatedSite());
    }

    static List<NodeSpec> inPreorder(Jurisdiction t) {
        return new ArrayList<>(t.subtree(t.root().id()).stream().map(JurisdictionProperties::spec).toList());
    }

    /** The builder lays out nodes that come in preorder as they arrive; any other order is checked by id. */
    @Property
    void nodesInPreorderBuildTheSameTreeAsNodesInAnyOrder(@ForAll("trees") Generated g) {
        Jurisdiction t = g.tree();
        Jurisdiction again = Jurisdiction.builder(Fixtures.LEVELS, Fixtures.LAYERS).addAll(inPreorder(t)).build();
        assertThat(again.subtree(again.root().id())).isEqualTo(t.subtree(t.root().id()));
        for (NodeId id : g.ids()) {
            assertThat(again.position(id)).isEqualTo(t.position(id));
        }
    }

    @Property
    void aFaultAnywhereInAPreorderStreamIsReportedByName(@ForAll("trees") Generated g,
                                                        @ForAll @net.jqwik.api.constraints.IntRange(max = 400) int where,
                                                        @ForAll boolean repeatAnId) {
        List<NodeSpec> nodes = inPreorder(g.tree());
        int k = where % nodes.size();
        NodeSpec victim = nodes.get(k);
        String expected;
        if (repeatAnId) {
            NodeSpec root = nodes.get(0);
            nodes.add(k + 1, new NodeSpec(victim.id(), Optional.of(root.id()), Fixtures.LEVELS.atRank(1).id(),
                    Bilingual.zh("重复"), Optional.empty(), "", java.util.Set.of(), Optional.empty()));
            expected = "duplicate node id " + victim.id();
        } else {
            nodes.set(k, new NodeSpec(victim.id(), victim.parent(), new LevelId("nowhere"), victim.name(),
                    victim.code(), victim.kind(), victim.layers(), victim.dedicatedSite()));
            expected = "node " + victim.id() + " has unknown level 'nowhere'";
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Jurisdiction.builder(Fixtures.LEVELS, Fixtures.LAYERS).addAll(nodes).build())
                .isInstanceOf(org.gridgov.validation.InvalidModelException.class)
                .hasMessageContaining(expected);
    }

    @Property
    void ancestorsAlwaysEndAtTheRoot(@ForAll("trees") Generated g) {
        for (NodeId id : g.ids()) {
            List<JurisdictionNode> ancestors = g.tree().ancestors(id);
            if (id.equals(g.tree().root().id())) {
                assertThat(ancestors).isEmpty();
            } else {
                assertThat(ancestors.get(ancestors.size() - 1)).isEqualTo(g.tree().root());
                assertThat(ancestors).hasSize(g.tree().node(id).depth());
            }
        }
    }

    @Property
    void queriesByPositionAnswerAsQueriesById(@ForAll("trees") Generated g) {
        Jurisdiction t = g.tree();
        for (int salt = 0; salt < 30; salt++) {
            NodeId a = g.pick(salt);
            NodeId b = g.pick(salt + 1000);
            int pa = t.position(a);
            assertThat(t.nodeAt(pa)).isEqualTo(t.node(a));
            assertThat(t.isAncestorOrSelf(pa, t.position(b))).isEqualTo(t.isAncestorOrSelf(a, b));
            for (var level : t.levels().levels()) {
                int at = t.ancestorAtLevel(pa, level.rank());
                assertThat(at < 0 ? java.util.Optional.empty() : java.util.Optional.of(t.nodeAt(at)))
                        .isEqualTo(t.ancestorAtLevel(a, level.id()));
            }
        }
        assertThat(t.position(t.root().id())).isZero();
    }

    @Property
    void subtreeSizesAddUp(@ForAll("trees") Generated g) {
        Jurisdiction t = g.tree();
        for (NodeId id : g.ids()) {
            int sum = 1 + t.children(id).stream().mapToInt(c -> t.subtreeSize(c.id())).sum();
            assertThat(t.subtreeSize(id)).isEqualTo(sum).isEqualTo(t.subtree(id).size());
        }
        assertThat(t.subtreeSize(t.root().id())).isEqualTo(g.ids().size());
    }

    @Property
    void lowestCommonAncestorIsTheDeepestCommonAncestor(@ForAll("trees") Generated g) {
        Jurisdiction t = g.tree();
        for (int salt = 0; salt < 20; salt++) {
            NodeId a = g.pick(salt);
            NodeId b = g.pick(salt + 1000);
            JurisdictionNode lca = t.lowestCommonAncestor(a, b);
            assertThat(t.isAncestorOrSelf(lca.id(), a)).isTrue();
            assertThat(t.isAncestorOrSelf(lca.id(), b)).isTrue();
            for (JurisdictionNode child : t.children(lca.id())) {
                assertThat(t.isAncestorOrSelf(child.id(), a) && t.isAncestorOrSelf(child.id(), b)).isFalse();
            }
            assertThat(t.lowestCommonAncestor(b, a)).isEqualTo(lca);
        }
    }

    @Property
    void pathIsTheAncestorsReversedThenTheNode(@ForAll("trees") Generated g) {
        Jurisdiction t = g.tree();
        NodeId id = g.pick(7);
        List<JurisdictionNode> expected = new ArrayList<>(t.ancestors(id));
        Collections.reverse(expected);
        expected.add(t.node(id));
        assertThat(t.path(id)).isEqualTo(expected);
    }

    @Property
    void levelQueriesAgreeWithPathsAndCounts(@ForAll("trees") Generated g) {
        Jurisdiction t = g.tree();
        for (JurisdictionLevel level : t.levels().levels()) {
            assertThat(t.atLevel(t.root().id(), level.id())).hasSize(t.countsByLevel().get(level));
            NodeId id = g.pick(level.rank());
            var expected = t.path(id).stream().filter(n -> n.level().equals(level)).findFirst();
            assertThat(t.ancestorAtLevel(id, level.id())).isEqualTo(expected);
        }
    }

    @Property
    void everyChildLiesBelowItsParentsLevel(@ForAll("trees") Generated g) {
        Jurisdiction t = g.tree();
        for (NodeId id : g.ids()) {
            t.parent(id).ifPresent(p -> assertThat(t.node(id).level().isBelow(p.level())).isTrue());
        }
    }
}
