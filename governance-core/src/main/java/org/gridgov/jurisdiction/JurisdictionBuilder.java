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
    private final Map<Object, Integer> layerIndex = new HashMap<>();
    // While nodes arrive in preorder (as an import gives them) and fit, each is laid out at once and dropped: a
    // national import never holds its millions of specifications. The first node that does not fit turns the
    // laid-out nodes back into specifications, and build() then checks everything by id and names each problem.
    private Layout layout;
    private NodeSpec[] path = new NodeSpec[16];
    private int[] pathPosition = new int[16];
    private int depth;
    private final List<NodeSpec> added = new ArrayList<>();
    private boolean built;

    JurisdictionBuilder(LevelScheme levels, List<Layer> layers) {
        this.levels = levels;
        this.layers = ImmutableList.copyOf(layers);
        for (int i = 0; i < layers.size(); i++) {
            layerIndex.put(layers.get(i).id(), i);
        }
        this.layout = new Layout(levels, this.layers, layerIndex);
    }

    /** Adds a node. A duplicate id, like every other problem, is reported by {@link #build()}. */
    public JurisdictionBuilder add(NodeSpec spec) {
        checkState(!built, "this builder has already built its tree");
        if (layout != null) {
            int up = parentOnPath(spec);
            int at = layout.size;
            if (up != NOT_ON_PATH && layout.append(spec, up)) {
                push(spec, at);
                return this;
            }
            unlayout();
        }
        added.add(spec);
        return this;
    }

    private static final int NOT_ON_PATH = -2;

    /** The parent's position if it is on the current path (-1 for the first root), else {@link #NOT_ON_PATH}. */
    private int parentOnPath(NodeSpec spec) {
        if (spec.parent().isEmpty()) {
            return layout.size == 0 ? -1 : NOT_ON_PATH;
        }
        NodeId parent = spec.parent().get();
        while (depth > 0 && !path[depth - 1].id().equals(parent)) {
            depth--;
        }
        return depth == 0 ? NOT_ON_PATH : pathPosition[depth - 1];
    }

    private void push(NodeSpec spec, int position) {
        if (depth == path.length) {
            path = java.util.Arrays.copyOf(path, depth * 2);
            pathPosition = java.util.Arrays.copyOf(pathPosition, depth * 2);
        }
        path[depth] = spec;
        pathPosition[depth++] = position;
    }

    /** The nodes laid out so far, back as specifications, for the check by id. */
    private void unlayout() {
        if (layout.size > 0) {
            Jurisdiction partial = layout.finish();
            for (int i = 0; i < partial.size(); i++) {
                JurisdictionNode n = partial.nodeAt(i);
                added.add(new NodeSpec(n.id(), n.parent(), n.level().id(), n.name(), n.code(), n.kind(), n.layers(),
                        n.dedicatedSite()));
            }
        }
        layout = null;
        path = null;
    }

    /** Adds every node of a collection, in its order. */
    public JurisdictionBuilder addAll(Iterable<NodeSpec> nodes) {
        nodes.forEach(this::add);
        return this;
    }

    /** The number of nodes added so far, a repeated id counted each time. */
    public int size() {
        return layout != null ? layout.size : added.size();
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
        if (size() == 0) {
            throw new InvalidModelException("jurisdiction tree", List.of(Problem.of("node", "(none)", "",
                    "辖区树没有任何节点", "the jurisdiction tree has no nodes")));
        }
        if (layout != null) {
            return layout.finish();
        }
        List<Problem> found = new ArrayList<>();
        Map<NodeId, NodeSpec> specs = new LinkedHashMap<>(Math.max(16, added.size() * 4 / 3 + 1));
        for (NodeSpec spec : added) {
            if (specs.putIfAbsent(spec.id(), spec) != null) {
                found.add(problem(spec.id(), "id", "节点编号重复: " + spec.id(), "duplicate node id " + spec.id()));
            }
        }
        added.clear();
        NodeId root = checkNodes(specs, found);
        Map<NodeId, List<NodeSpec>> children = new HashMap<>(Math.max(16, specs.size() / 2));
        for (NodeSpec s : specs.values()) {
            s.parent().filter(specs::containsKey)
                    .ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(s));
        }
        Preorder preorder = root == null ? new Preorder(List.of(), new int[0]) : preorder(specs.get(root), children);
        if (root != null && preorder.specs().size() < specs.size()) {
            Set<NodeId> reached = new HashSet<>();
            preorder.specs().forEach(s -> reached.add(s.id()));
            reportDisconnected(specs, found, reached);
        }
        if (!found.isEmpty()) {
            throw new InvalidModelException("jurisdiction tree", found);
        }
        Layout checked = new Layout(levels, layers, layerIndex);
        for (int i = 0; i < preorder.specs().size(); i++) {
            checkState(checked.append(preorder.specs().get(i), preorder.parents()[i]), "the nodes were checked");
        }
        return checked.finish();
    }

    private NodeId checkNodes(Map<NodeId, NodeSpec> specs, List<Problem> found) {
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
    private static void reportDisconnected(Map<NodeId, NodeSpec> specs, List<Problem> found, Set<NodeId> reached) {
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
