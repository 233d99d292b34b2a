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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;

/**
 * An immutable jurisdiction tree: the city at the root, then districts, streets, communities, grids and
 * whatever finer levels the city draws, as its {@link LevelScheme} says.
 *
 * <p>Nodes are stored in preorder in parallel arrays, so a subtree is a contiguous range: ancestor tests are
 * constant-time, ancestor and level queries walk at most the depth of the tree, and the tree holds no
 * object per node. Ids and names that extend their parent's (a grid's id is its community's code plus
 * {@code -G01}) keep only the extension, so a national tree of 2.7 million nodes fits in about 75 bytes a
 * node; {@link JurisdictionNode} values, with their full ids and names, are made on demand.
 *
 * <p>Queries taking a {@link NodeId} throw {@link IllegalArgumentException} naming the id when the tree does
 * not have it; use {@link #find(NodeId)} to ask first. Instances are safe to share between threads.
 */
public final class Jurisdiction {
    // Flags per node. At national scale (2,000,000 grids) most of a node's text repeats its parent's: a grid's
    // id is its community's code plus "-G01", its name the community's name plus "第1网格" / " grid 1", a
    // community's code its street's code plus three digits. Such a node keeps only the part after its parent's
    // (shared between all nodes with the same part) and a flag; the whole text is rebuilt on demand. This is
    // what keeps the tree near 60 bytes a node instead of over 250 with a String per id and name.
    static final byte ID_EXTENDS_PARENT = 1;
    static final byte ZH_EXTENDS_PARENT = 2;
    static final byte EN_EXTENDS_PARENT = 4;
    static final byte CODE_IS_ID = 8;

    private final LevelScheme levels;
    private final ImmutableList<Layer> layers;
    private final String[] idParts;
    private final String[] zhParts;
    /** Null where the English name is the Chinese one. */
    private final String[] enParts;
    private final byte[] flags;
    private final String[] kindTable;
    private final byte[] kind;
    private final byte[] levelRank;
    private final int[] parent;
    private final int[] subtreeEnd;
    private final short[] depth;
    /** Each node's set of layers as an index into {@link #layerSets}: few distinct sets, made once. */
    private final int[] layerSet;
    private final List<Set<LayerId>> layerSets;
    private final Map<Integer, String> dedicatedSites;
    /** Division codes that are not the node's id; rare (import makes the code the id). */
    private final Map<Integer, String> otherCodes;
    private final IdTable indexById;
    private final IdTable indexByCode;

    /** The tree a layout holds, its arrays trimmed to its size. */
    Jurisdiction(Layout l, int[] subtreeEnd, String[] kindTable, List<Set<LayerId>> layerSets, IdTable indexById,
                 IdTable indexByCode) {
        int n = l.size;
        this.levels = l.levels;
        this.layers = ImmutableList.copyOf(l.layers);
        this.idParts = java.util.Arrays.copyOf(l.idParts, n);
        this.zhParts = java.util.Arrays.copyOf(l.zhParts, n);
        this.enParts = java.util.Arrays.copyOf(l.enParts, n);
        this.flags = java.util.Arrays.copyOf(l.flags, n);
        this.kind = java.util.Arrays.copyOf(l.kind, n);
        this.levelRank = java.util.Arrays.copyOf(l.levelRank, n);
        this.parent = java.util.Arrays.copyOf(l.parent, n);
        this.depth = java.util.Arrays.copyOf(l.depth, n);
        this.layerSet = java.util.Arrays.copyOf(l.layerSet, n);
        this.subtreeEnd = subtreeEnd;
        this.dedicatedSites = Map.copyOf(l.dedicatedSites);
        this.otherCodes = Map.copyOf(l.otherCodes);
        this.kindTable = kindTable;
        this.layerSets = layerSets;
        this.indexById = indexById;
        this.indexByCode = indexByCode;
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
        return parent.length;
    }

    /** The root node. */
    public JurisdictionNode root() {
        return view(0);
    }

    /** The node with this id, if the tree has it. */
    public Optional<JurisdictionNode> find(NodeId id) {
        int i = indexById.find(id.value(), this::hasId);
        return i < 0 ? Optional.empty() : Optional.of(view(i));
    }

    /** True if the tree has a node with this id. */
    public boolean contains(NodeId id) {
        return indexById.find(id.value(), this::hasId) >= 0;
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
        int i = indexByCode.find(code.value(), this::hasCode);
        return i < 0 ? Optional.empty() : Optional.of(view(i));
    }

    /**
     * What a text as people write it names: a node's id, its official division code, or its Chinese or English
     * name (English ignoring case). Ids and codes name one node; a name may name several (every 市辖区, a city
     * and its placeholder county of the same name), and then the lookup lists them all instead of choosing.
     * Names are compared part by part without building the nodes, so a name lookup in a national tree of three
     * million nodes costs a scan of arrays, not three million objects.
     *
     * @param text what was written; blank or null text finds nothing
     */
    public NodeLookup lookup(String text) {
        if (text == null || text.isBlank()) {
            return new NodeLookup(text == null ? "" : text, List.of());
        }
        int byId = indexById.find(text, this::hasId);
        if (byId >= 0) {
            return new NodeLookup(text, List.of(view(byId)));
        }
        int byCode = indexByCode.find(text, this::hasCode);
        if (byCode >= 0) {
            return new NodeLookup(text, List.of(view(byCode)));
        }
        List<JurisdictionNode> out = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (hasName(i, text)) {
                out.add(view(i));
            }
        }
        return new NodeLookup(text, out);
    }

    /** True if node {@code i}'s Chinese name is the text, or its English name ignoring case. */
    private boolean hasName(int i, String text) {
        if (text.endsWith(zhParts[i]) && matchesParts(i, text, zhParts, ZH_EXTENDS_PARENT)) {
            return true;
        }
        if (enParts[i] == null) {
            return false;
        }
        return endsWithIgnoringCase(text, enParts[i]) && en(i).equalsIgnoreCase(text);
    }

    private static boolean endsWithIgnoringCase(String text, String part) {
        int start = text.length() - part.length();
        return start >= 0 && text.regionMatches(true, start, part, 0, part.length());
    }

    private boolean matchesParts(int i, String text, String[] parts, byte extendsFlag) {
        return matchesParts(parts, flags, parent, extendsFlag, i, text);
    }

    /** Compares a node's text with {@code text} part by part from the end, without building the node's text. */
    static boolean matchesParts(String[] parts, byte[] flags, int[] parent, byte extendsFlag, int i, String text) {
        int end = text.length();
        for (int at = i; ; at = parent[at]) {
            String part = parts[at];
            int start = end - part.length();
            if (start < 0 || !text.regionMatches(start, part, 0, part.length())) {
                return false;
            }
            if ((flags[at] & extendsFlag) == 0) {
                return start == 0;
            }
            end = start;
        }
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

    /**
     * A node's position in this tree: its preorder index, from 0 (the root) to {@code size() - 1}. Resolving an
     * id costs a hash lookup; a host that asks many questions about the same nodes (every case's location, every
     * unit of a ranking) resolves them once and asks by position, which costs a few array reads. Positions are
     * valid for this tree instance only.
     *
     * @throws IllegalArgumentException if the id is unknown
     */
    public int position(NodeId id) {
        return index(id);
    }

    /** The node at a position ({@link #position}). @throws IndexOutOfBoundsException outside the tree */
    public JurisdictionNode nodeAt(int position) {
        return view(Objects.checkIndex(position, parent.length));
    }

    /**
     * {@link #isAncestorOrSelf(NodeId, NodeId)} by position.
     *
     * @throws IndexOutOfBoundsException if a position is outside the tree
     */
    public boolean isAncestorOrSelf(int ancestor, int node) {
        Objects.checkIndex(node, parent.length);
        return ancestor <= node && node < subtreeEnd[ancestor];
    }

    /**
     * {@link #ancestorAtLevel(NodeId, LevelId)} by position: the position of the node at the level on the path
     * to the root, the node itself if it is at that level, or -1.
     *
     * @param rank the level's rank ({@code levels().require(level).rank()}), so that the level is looked up once
     * @throws IndexOutOfBoundsException if the position is outside the tree
     */
    public int ancestorAtLevel(int position, int rank) {
        for (int p = Objects.checkIndex(position, parent.length); p >= 0; p = parent[p]) {
            if (levelRank[p] == rank) {
                return p;
            }
            if (levelRank[p] < rank) {
                return -1;
            }
        }
        return -1;
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
        int i = indexById.find(id.value(), this::hasId);
        checkArgument(i >= 0, "unknown node '%s' in jurisdiction %s", id, zhParts[0]);
        return i;
    }

    /** True if node {@code i}'s id is {@code text}, compared part by part without building the id. */
    private boolean hasId(int i, String text) {
        return matchesParts(i, text, idParts, ID_EXTENDS_PARENT);
    }

    private boolean hasCode(int i, String text) {
        return (flags[i] & CODE_IS_ID) != 0 ? hasId(i, text) : text.equals(otherCodes.get(i));
    }

    private String id(int i) {
        return (flags[i] & ID_EXTENDS_PARENT) == 0 ? idParts[i] : id(parent[i]).concat(idParts[i]);
    }

    private String code(int i) {
        return (flags[i] & CODE_IS_ID) != 0 ? id(i) : otherCodes.get(i);
    }

    private String zh(int i) {
        return (flags[i] & ZH_EXTENDS_PARENT) == 0 ? zhParts[i] : zh(parent[i]).concat(zhParts[i]);
    }

    /** The English name, the Chinese one where there is none of its own. */
    private String en(int i) {
        if (enParts[i] == null) {
            return zh(i);
        }
        return (flags[i] & EN_EXTENDS_PARENT) == 0 ? enParts[i] : en(parent[i]).concat(enParts[i]);
    }

    private JurisdictionNode view(int i) {
        String zh = zh(i);
        return new JurisdictionNode(
                new NodeId(id(i)),
                Optional.ofNullable(code(i)).map(DivisionCode::new),
                enParts[i] == null ? Bilingual.zh(zh) : Bilingual.of(zh, en(i)),
                levels.atRank(levelRank[i]),
                kindTable[kind[i]],
                layerSets.get(layerSet[i]),
                Optional.ofNullable(dedicatedSites.get(i)),
                parent[i] < 0 ? Optional.empty() : Optional.of(new NodeId(id(parent[i]))),
                depth[i]);
    }

    @Override
    public String toString() {
        return "Jurisdiction[" + zhParts[0] + ", " + parent.length + " nodes]";
    }
}
