package org.gridgov.jurisdiction;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/**
 * Collects node specifications in any order and builds an immutable {@link Jurisdiction}.
 *
 * <p>{@link #build()} checks the whole set and reports every problem at once, each naming its node: a
 * duplicate id or division code, an unknown level or layer, a missing or second root, an unknown parent, a
 * cycle, a child whose level does not lie below its parent's, and a child whose division code does not
 * extend its parent's. Children keep the order in which they were added.
 *
 * <p>A builder is not thread-safe and builds one tree.
 */
public final class JurisdictionBuilder {
    private final LevelScheme levels;
    private final ImmutableList<Layer> layers;
    private Map<NodeId, NodeSpec> specs = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private boolean built;

    JurisdictionBuilder(LevelScheme levels, List<Layer> layers) {
        this.levels = levels;
        this.layers = ImmutableList.copyOf(layers);
    }

    /** Adds a node. A duplicate id is recorded as a problem and reported by {@link #build()}. */
    public JurisdictionBuilder add(NodeSpec spec) {
        checkState(!built, "this builder has already built its tree");
        if (specs.putIfAbsent(spec.id(), spec) != null) {
            problems.add(problem(spec.id(), "id", "节点编号重复: " + spec.id(), "duplicate node id " + spec.id()));
        }
        return this;
    }

    /** Adds every node of a collection, in its order. */
    public JurisdictionBuilder addAll(Iterable<NodeSpec> nodes) {
        if (specs.isEmpty() && nodes instanceof java.util.Collection<NodeSpec> all) {
            // Sized once: a national tree has 2.7 million nodes, and growing the map rehashes them many times.
            specs = new LinkedHashMap<>(Math.max(16, all.size() * 4 / 3 + 1));
        }
        nodes.forEach(this::add);
        return this;
    }

    /** The number of distinct nodes added so far. */
    public int size() {
        return specs.size();
    }

    /**
     * Builds the tree.
     *
     * @throws InvalidModelException listing every problem, each naming its node and field, if the nodes do
     *                               not form a valid tree
     * @throws IllegalStateException        if called twice
     */
    public Jurisdiction build() {
        checkState(!built, "this builder has already built its tree");
        built = true;
        List<Problem> found = new ArrayList<>(problems);
        if (specs.isEmpty()) {
            throw new InvalidModelException("jurisdiction tree", List.of(Problem.of("node", "(none)", "",
                    "辖区树没有任何节点", "the jurisdiction tree has no nodes")));
        }
        Map<Object, Integer> layerIndex = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            layerIndex.put(layers.get(i).id(), i);
        }
        NodeId root = checkNodes(found, layerIndex);
        Map<NodeId, List<NodeSpec>> children = new HashMap<>(Math.max(16, specs.size() / 2));
        for (NodeSpec s : specs.values()) {
            s.parent().filter(specs::containsKey)
                    .ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(s));
        }
        Preorder preorder = root == null ? new Preorder(List.of(), new int[0]) : preorder(specs.get(root), children);
        if (root != null && preorder.specs().size() < specs.size()) {
            Set<NodeId> reached = new HashSet<>();
            preorder.specs().forEach(s -> reached.add(s.id()));
            reportDisconnected(found, reached);
        }
        if (!found.isEmpty()) {
            throw new InvalidModelException("jurisdiction tree", found);
        }
        return Jurisdiction.fromPreorder(levels, layers, layerIndex, preorder.specs(), preorder.parents());
    }

    private NodeId checkNodes(List<Problem> found, Map<Object, Integer> layerIndex) {
        NodeId root = null;
        Map<DivisionCode, NodeId> codes = new HashMap<>(Math.max(16, specs.size() / 2));
        for (NodeSpec s : specs.values()) {
            var level = levels.find(s.level());
            if (level.isEmpty()) {
                found.add(problem(s.id(), "level", "节点 " + s.id() + " 的层级 '" + s.level() + "' 未定义, 已定义: " + levels,
                        "node " + s.id() + " has unknown level '" + s.level() + "'; levels are " + levels));
            }
            for (LayerId layer : s.layers()) {
                if (!layerIndex.containsKey(layer)) {
                    found.add(problem(s.id(), "layers", "节点 " + s.id() + " 的网格图层 '" + layer + "' 未定义",
                            "node " + s.id() + " has unknown layer '" + layer + "'"));
                }
            }
            s.code().ifPresent(c -> {
                NodeId other = codes.putIfAbsent(c, s.id());
                if (other != null) {
                    found.add(problem(s.id(), "code", "节点 " + s.id() + " 与 " + other + " 的区划代码 " + c + " 重复",
                            "node " + s.id() + " repeats division code " + c + " of node " + other));
                }
            });
            if (s.parent().isEmpty()) {
                if (root == null) {
                    root = s.id();
                } else {
                    found.add(problem(s.id(), "parent", "节点 " + s.id() + " 没有上级, 但根节点已是 " + root,
                            "node " + s.id() + " has no parent but the root is already " + root));
                }
                continue;
            }
            NodeSpec parent = specs.get(s.parent().get());
            if (parent == null) {
                found.add(problem(s.id(), "parent", "节点 " + s.id() + " 的上级 " + s.parent().get() + " 不存在",
                        "node " + s.id() + " has unknown parent " + s.parent().get()));
                continue;
            }
            checkAgainstParent(found, s, parent, level.orElse(null));
        }
        if (root == null) {
            NodeId first = specs.keySet().iterator().next();
            found.add(problem(first, "parent", "辖区树没有根节点(每个节点都有上级)",
                    "the jurisdiction tree has no root: every node has a parent"));
        }
        return root;
    }

    private void checkAgainstParent(List<Problem> found, NodeSpec s, NodeSpec parent,
                                    JurisdictionLevel level) {
        var parentLevel = levels.find(parent.level());
        if (level != null && parentLevel.isPresent() && !level.isBelow(parentLevel.get())) {
            found.add(problem(s.id(), "level", "节点 " + s.id() + " 的层级 " + level.id() + " 不低于其上级 " + parent.id()
                            + " 的层级 " + parentLevel.get().id(),
                    "node " + s.id() + " at level " + level.id() + " is not below its parent " + parent.id()
                            + " at level " + parentLevel.get().id()));
        }
        if (s.code().isPresent() && parent.code().isPresent() && !parent.code().get().contains(s.code().get())) {
            found.add(problem(s.id(), "code", "节点 " + s.id() + " 的区划代码 " + s.code().get() + " 不在其上级代码 "
                            + parent.code().get() + " 之下",
                    "node " + s.id() + " has division code " + s.code().get() + " outside its parent's code "
                            + parent.code().get()));
        }
    }

    /** The nodes in preorder, with each one's parent as a preorder index (-1 for the root). */
    private record Preorder(List<NodeSpec> specs, int[] parents) {
    }

    // The parent's index travels with each node, so that laying the tree out never looks a parent up by id.
    private static Preorder preorder(NodeSpec root, Map<NodeId, List<NodeSpec>> children) {
        List<NodeSpec> order = new ArrayList<>();
        int[] parents = new int[16];
        ArrayDeque<NodeSpec> stack = new ArrayDeque<>();
        int[] stackParents = new int[16];
        stack.push(root);
        stackParents[0] = -1;
        while (!stack.isEmpty()) {
            NodeSpec s = stack.pop();
            int parent = stackParents[stack.size()];
            int at = order.size();
            order.add(s);
            if (at == parents.length) {
                parents = java.util.Arrays.copyOf(parents, at * 2);
            }
            parents[at] = parent;
            List<NodeSpec> kids = children.getOrDefault(s.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                if (stack.size() == stackParents.length) {
                    stackParents = java.util.Arrays.copyOf(stackParents, stackParents.length * 2);
                }
                stackParents[stack.size()] = at;
                stack.push(kids.get(i));
            }
        }
        return new Preorder(order, java.util.Arrays.copyOf(parents, order.size()));
    }

    /** Nodes with known parents that the root does not reach hang in or below a cycle. */
    private void reportDisconnected(List<Problem> found, Set<NodeId> reached) {
        Set<NodeId> reported = new HashSet<>();
        for (NodeSpec s : specs.values()) {
            if (reached.contains(s.id()) || reported.contains(s.id())
                    || s.parent().map(p -> !specs.containsKey(p)).orElse(true)) {
                continue;
            }
            LinkedHashSet<NodeId> chain = new LinkedHashSet<>();
            NodeId at = s.id();
            while (at != null && chain.add(at)) {
                at = specs.get(at).parent().filter(specs::containsKey).orElse(null);
            }
            if (at == null || reached.contains(at) || reported.contains(at)) {
                continue; // below an unknown parent, already reported
            }
            List<NodeId> cycle = new ArrayList<>();
            boolean in = false;
            for (NodeId n : chain) {
                in |= n.equals(at);
                if (in) {
                    cycle.add(n);
                }
            }
            reported.addAll(cycle);
            String text = cycle.stream().map(NodeId::value).reduce((a, b) -> a + " → " + b).orElse("") + " → " + at;
            found.add(problem(cycle.get(0), "parent", "节点形成环: " + text, "nodes form a cycle: " + text));
        }
    }

    private static Problem problem(NodeId node, String field, String zh, String en) {
        return Problem.of("node", node, field, zh, en);
    }
}
