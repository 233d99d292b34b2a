package org.gridgov.jurisdiction;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;

/**
 * An immutable jurisdiction tree: the city at the root, then districts, streets, communities, grids and
 * whatever finer levels the city draws, as its {@link LevelScheme} says.
 *
 * <p>Nodes are stored in preorder in parallel arrays, so a subtree is a contiguous range: ancestor tests are
 * constant-time, ancestor and level queries walk at most the depth of the tree, and the tree holds no
 * object per node beyond its strings. {@link JurisdictionNode} values are made on demand.
 *
 * <p>Queries taking a {@link NodeId} throw {@link IllegalArgumentException} naming the id when the tree does
 * not have it; use {@link #find(NodeId)} to ask first. Instances are safe to share between threads.
 */
public final class Jurisdiction {
    private final LevelScheme levels;
    private final ImmutableList<Layer> layers;
    private final String[] ids;
    private final String[] codes;
    private final String[] namesZh;
    private final String[] namesEn;
    private final String[] kinds;
    private final byte[] levelRank;
    private final int[] parent;
    private final int[] subtreeEnd;
    private final short[] depth;
    private final long[] layerMask;
    private final Map<Integer, String> dedicatedSites;
    private final Map<String, Integer> indexById;
    private final Map<String, Integer> indexByCode;

    private Jurisdiction(LevelScheme levels, List<Layer> layers, int n) {
        this.levels = levels;
        this.layers = ImmutableList.copyOf(layers);
        this.ids = new String[n];
        this.codes = new String[n];
        this.namesZh = new String[n];
        this.namesEn = new String[n];
        this.kinds = new String[n];
        this.levelRank = new byte[n];
        this.parent = new int[n];
        this.subtreeEnd = new int[n];
        this.depth = new short[n];
        this.layerMask = new long[n];
        this.dedicatedSites = new HashMap<>();
        this.indexById = new HashMap<>(n * 4 / 3 + 1);
        this.indexByCode = new HashMap<>();
    }

    /**
     * Starts a tree.
     *
     * @param levels the city's levels
     * @param layers the city's grid layers (may be empty); at most 64
     * @throws IllegalArgumentException if there are more than 64 layers
     */
    public static JurisdictionBuilder builder(LevelScheme levels, List<Layer> layers) {
        checkArgument(layers.size() <= 64, "at most 64 grid layers are supported, got %s", layers.size());
        return new JurisdictionBuilder(levels, layers);
    }

    static Jurisdiction fromPreorder(LevelScheme levels, List<Layer> layers, Map<Object, Integer> layerIndex,
                                     Map<NodeId, NodeSpec> specs, List<NodeId> preorder) {
        Jurisdiction t = new Jurisdiction(levels, layers, preorder.size());
        Map<NodeId, Integer> index = new HashMap<>(preorder.size() * 4 / 3 + 1);
        for (int i = 0; i < preorder.size(); i++) {
            NodeSpec s = specs.get(preorder.get(i));
            index.put(s.id(), i);
            t.ids[i] = s.id().value();
            t.indexById.put(s.id().value(), i);
            t.codes[i] = s.code().map(DivisionCode::value).orElse(null);
            s.code().ifPresent(c -> t.indexByCode.put(c.value(), t.indexById.get(s.id().value())));
            t.namesZh[i] = s.name().zh();
            t.namesEn[i] = s.name().en().equals(s.name().zh()) ? null : s.name().en();
            t.kinds[i] = s.kind().intern();
            t.levelRank[i] = (byte) levels.require(s.level()).rank();
            t.parent[i] = s.parent().map(index::get).orElse(-1);
            t.depth[i] = (short) (t.parent[i] < 0 ? 0 : t.depth[t.parent[i]] + 1);
            long mask = 0;
            for (LayerId layer : s.layers()) {
                mask |= 1L << layerIndex.get(layer);
            }
            t.layerMask[i] = mask;
            final int at = i;
            s.dedicatedSite().ifPresent(site -> t.dedicatedSites.put(at, site));
        }
        // In preorder a subtree ends where the next node outside it starts: fill ends bottom-up.
        for (int i = preorder.size() - 1; i >= 0; i--) {
            if (t.subtreeEnd[i] == 0) {
                t.subtreeEnd[i] = i + 1;
            }
            int p = t.parent[i];
            if (p >= 0 && t.subtreeEnd[p] < t.subtreeEnd[i]) {
                t.subtreeEnd[p] = t.subtreeEnd[i];
            }
        }
        return t;
    }

    /** The city's levels. */
    public LevelScheme levels() {
        return levels;
    }

    /** The city's grid layers, in catalogue order. */
    public List<Layer> layers() {
        return layers;
    }

    /** The number of nodes. */
    public int size() {
        return ids.length;
    }

    /** The root node. */
    public JurisdictionNode root() {
        return view(0);
    }

    /** The node with this id, if the tree has it. */
    public Optional<JurisdictionNode> find(NodeId id) {
        Integer i = indexById.get(id.value());
        return i == null ? Optional.empty() : Optional.of(view(i));
    }

    /** True if the tree has a node with this id. */
    public boolean contains(NodeId id) {
        return indexById.containsKey(id.value());
    }

    /**
     * The node with this id.
     *
     * @throws IllegalArgumentException if the tree has no such node
     */
    public JurisdictionNode node(NodeId id) {
        return view(index(id));
    }

    /** The node with this official division code, if the tree has it. */
    public Optional<JurisdictionNode> byCode(DivisionCode code) {
        Integer i = indexByCode.get(code.value());
        return i == null ? Optional.empty() : Optional.of(view(i));
    }

    /**
     * A node as people write it: its id, its official division code, or its Chinese or English name (English
     * ignoring case). Names can repeat across a city; the first such node in preorder is taken.
     *
     * @param text what was written; blank text finds nothing
     * @return the node, or empty if nothing matches
     */
    public Optional<JurisdictionNode> lookup(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Integer byId = indexById.get(text);
        if (byId != null) {
            return Optional.of(view(byId));
        }
        Integer byCode = indexByCode.get(text);
        if (byCode != null) {
            return Optional.of(view(byCode));
        }
        return subtree(root().id()).stream()
                .filter(n -> n.name().zh().equals(text) || n.name().en().equalsIgnoreCase(text)).findFirst();
    }

    /** The parent of a node; empty for the root. */
    public Optional<JurisdictionNode> parent(NodeId id) {
        int p = parent[index(id)];
        return p < 0 ? Optional.empty() : Optional.of(view(p));
    }

    /** The ancestors of a node, nearest first, ending at the root; empty for the root itself. */
    public List<JurisdictionNode> ancestors(NodeId id) {
        List<JurisdictionNode> out = new ArrayList<>();
        for (int p = parent[index(id)]; p >= 0; p = parent[p]) {
            out.add(view(p));
        }
        return Collections.unmodifiableList(out);
    }

    /** The path from the root down to the node, both included. */
    public List<JurisdictionNode> path(NodeId id) {
        List<JurisdictionNode> out = new ArrayList<>();
        for (int p = index(id); p >= 0; p = parent[p]) {
            out.add(view(p));
        }
        Collections.reverse(out);
        return Collections.unmodifiableList(out);
    }

    /** The direct children of a node, in the order they were added. */
    public List<JurisdictionNode> children(NodeId id) {
        int i = index(id);
        List<JurisdictionNode> out = new ArrayList<>();
        for (int c = i + 1; c < subtreeEnd[i]; c = subtreeEnd[c]) {
            out.add(view(c));
        }
        return Collections.unmodifiableList(out);
    }

    /** The node and all its descendants, in preorder (a parent before its children). */
    public List<JurisdictionNode> subtree(NodeId id) {
        int i = index(id);
        List<JurisdictionNode> out = new ArrayList<>(subtreeEnd[i] - i);
        for (int c = i; c < subtreeEnd[i]; c++) {
            out.add(view(c));
        }
        return Collections.unmodifiableList(out);
    }

    /** The number of nodes in a node's subtree, itself included. */
    public int subtreeSize(NodeId id) {
        int i = index(id);
        return subtreeEnd[i] - i;
    }

    /**
     * The nodes at a level inside a node's subtree, in preorder: the communities of a street, the grids of a
     * district. The node itself is included if it is at that level.
     *
     * @throws IllegalArgumentException if the id or the level is unknown
     */
    public List<JurisdictionNode> atLevel(NodeId within, LevelId level) {
        int i = index(within);
        int rank = levels.require(level).rank();
        List<JurisdictionNode> out = new ArrayList<>();
        for (int c = i; c < subtreeEnd[i]; c++) {
            if (levelRank[c] == rank) {
                out.add(view(c));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The node at a level on the path from the root to a node: the street of a grid, the community of a
     * building. A node at that level answers itself; a node above it, or a path that skips it, answers empty.
     *
     * @throws IllegalArgumentException if the id or the level is unknown
     */
    public Optional<JurisdictionNode> ancestorAtLevel(NodeId id, LevelId level) {
        int rank = levels.require(level).rank();
        for (int p = index(id); p >= 0; p = parent[p]) {
            if (levelRank[p] == rank) {
                return Optional.of(view(p));
            }
            if (levelRank[p] < rank) {
                break;
            }
        }
        return Optional.empty();
    }

    /** True if {@code ancestor} is {@code node} itself or lies on its path to the root. */
    public boolean isAncestorOrSelf(NodeId ancestor, NodeId node) {
        int a = index(ancestor);
        int n = index(node);
        return a <= n && n < subtreeEnd[a];
    }

    /** The deepest node that is an ancestor-or-self of both nodes. */
    public JurisdictionNode lowestCommonAncestor(NodeId a, NodeId b) {
        int x = index(a);
        int y = index(b);
        while (!(x <= y && y < subtreeEnd[x])) {
            x = parent[x];
        }
        return view(x);
    }

    /** Node counts per level for the whole tree, top level first; levels without nodes count zero. */
    public Map<JurisdictionLevel, Integer> countsByLevel() {
        int[] counts = new int[levels.size()];
        for (byte r : levelRank) {
            counts[r]++;
        }
        Map<JurisdictionLevel, Integer> out = new LinkedHashMap<>();
        for (JurisdictionLevel l : levels.levels()) {
            out.put(l, counts[l.rank()]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The number of dedicated grids (专属网格) in the tree. */
    public int dedicatedGridCount() {
        return dedicatedSites.size();
    }

    private int index(NodeId id) {
        Integer i = indexById.get(id.value());
        checkArgument(i != null, "unknown node '%s' in jurisdiction %s", id, namesZh[0]);
        return i;
    }

    private JurisdictionNode view(int i) {
        Set<LayerId> nodeLayers = layerMask[i] == 0 ? Set.of() : layers.stream()
                .filter(l -> (layerMask[i] & (1L << layers.indexOf(l))) != 0)
                .map(Layer::id)
                .collect(ImmutableSet.toImmutableSet());
        return new JurisdictionNode(
                new NodeId(ids[i]),
                Optional.ofNullable(codes[i]).map(DivisionCode::new),
                namesEn[i] == null ? Bilingual.zh(namesZh[i]) : Bilingual.of(namesZh[i], namesEn[i]),
                levels.atRank(levelRank[i]),
                kinds[i],
                nodeLayers,
                Optional.ofNullable(dedicatedSites.get(i)),
                parent[i] < 0 ? Optional.empty() : Optional.of(new NodeId(ids[parent[i]])),
                depth[i]);
    }

    @Override
    public String toString() {
        return "Jurisdiction[" + namesZh[0] + ", " + ids.length + " nodes]";
    }
}
