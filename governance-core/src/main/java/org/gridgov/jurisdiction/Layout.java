package org.gridgov.jurisdiction;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a tree out in {@link Jurisdiction}'s parallel arrays as its nodes arrive in preorder, so that a national
 * import never holds three million node specifications at once: each is reduced to its parts and dropped (they
 * die young, which is what keeps the garbage collector from copying gigabytes). A node is appended only if it
 * fits: a known level below its parent's, known layers, a code extending its parent's, an id and code not seen
 * before; otherwise {@link #append} says no and the builder checks everything by id instead. One thread.
 */
final class Layout {
    private static final byte ID_EXTENDS_PARENT = Jurisdiction.ID_EXTENDS_PARENT;
    private static final byte ZH_EXTENDS_PARENT = Jurisdiction.ZH_EXTENDS_PARENT;
    private static final byte EN_EXTENDS_PARENT = Jurisdiction.EN_EXTENDS_PARENT;
    private static final byte CODE_IS_ID = Jurisdiction.CODE_IS_ID;

    final LevelScheme levels;
    final List<Layer> layers;
    private final Map<Object, Integer> layerIndex;
    private final PartTable parts = new PartTable();
    private final Map<String, Integer> kinds = new LinkedHashMap<>();
    private final Map<Long, Integer> masks = new LinkedHashMap<>();
    private final IdTable byId = new IdTable(1024);
    private final IdTable byCode = new IdTable(1024);
    final Map<Integer, String> dedicatedSites = new HashMap<>();
    final Map<Integer, String> otherCodes = new HashMap<>();
    String[] idParts = new String[1024];
    String[] zhParts = new String[1024];
    String[] enParts = new String[1024];
    byte[] flags = new byte[1024];
    byte[] kind = new byte[1024];
    byte[] levelRank = new byte[1024];
    int[] parent = new int[1024];
    short[] depth = new short[1024];
    int[] layerSet = new int[1024];
    int size;
    /** The full texts of the nodes on the current path from the root, by depth: a child extends its parent's. */
    private NodeSpec[] path = new NodeSpec[16];
    private LevelId lastLevel;
    private int lastRank;
    private String lastKind;
    private int lastKindIndex;
    private long lastMask = -1;
    private int lastMaskIndex;

    Layout(LevelScheme levels, List<Layer> layers, Map<Object, Integer> layerIndex) {
        this.levels = levels;
        this.layers = layers;
        this.layerIndex = layerIndex;
    }

    /**
     * Appends the next node in preorder.
     *
     * @param up the parent's position, which must be on the current path; -1 for the root
     * @return false, appending nothing, if the node does not fit
     */
    boolean append(NodeSpec s, int up) {
        int rank = rank(s.level());
        if (rank < 0 || up >= 0 && rank <= levelRank[up]) {
            return false;
        }
        long mask = mask(s.layers());
        NodeSpec parentSpec = up < 0 ? null : path[depth[up]];
        if (mask < 0 || parentSpec != null && s.code().isPresent() && parentSpec.code().isPresent()
                && !parentSpec.code().get().contains(s.code().get())) {
            return false;
        }
        String id = s.id().value();
        if (byId.find(id, this::hasId) >= 0 || s.code().isPresent()
                && byCode.find(s.code().get().value(), this::hasCode) >= 0) {
            return false;
        }
        int i = size;
        grow();
        parent[i] = up;
        depth[i] = (short) (up < 0 ? 0 : depth[up] + 1);
        levelRank[i] = (byte) rank;
        flags[i] = texts(i, s, parentSpec);
        kind[i] = (byte) kindIndex(s.kind());
        layerSet[i] = maskIndex(mask);
        s.dedicatedSite().ifPresent(site -> dedicatedSites.put(i, site));
        size++;
        byId.put(id.hashCode(), i);
        s.code().ifPresent(c -> byCode.put(c.value().hashCode(), i));
        if (depth[i] == path.length) {
            path = Arrays.copyOf(path, path.length * 2);
        }
        path[depth[i]] = s;
        return true;
    }

    private byte texts(int i, NodeSpec s, NodeSpec up) {
        byte f = 0;
        String id = s.id().value();
        String zh = s.name().zh();
        String en = s.name().en().equals(zh) ? null : s.name().en();
        if (up != null && extendsText(id, up.id().value())) {
            idParts[i] = parts.part(id, up.id().value().length());
            f |= ID_EXTENDS_PARENT;
        } else {
            idParts[i] = id;
        }
        if (up != null && extendsText(zh, up.name().zh())) {
            zhParts[i] = parts.part(zh, up.name().zh().length());
            f |= ZH_EXTENDS_PARENT;
        } else {
            zhParts[i] = zh;
        }
        if (en != null && up != null && extendsText(en, up.name().en())) {
            enParts[i] = parts.part(en, up.name().en().length());
            f |= EN_EXTENDS_PARENT;
        } else {
            enParts[i] = en;
        }
        if (s.code().isPresent()) {
            if (s.code().get().value().equals(id)) {
                f |= CODE_IS_ID;
            } else {
                otherCodes.put(i, s.code().get().value());
            }
        }
        return f;
    }

    /** True if {@code text} is {@code prefix} followed by something. */
    private static boolean extendsText(String text, String prefix) {
        return text.length() > prefix.length() && text.startsWith(prefix);
    }

    private int rank(LevelId level) {
        if (!level.equals(lastLevel)) { // runs of siblings share a level: skip the lookup then
            var found = levels.find(level);
            if (found.isEmpty()) {
                return -1;
            }
            lastLevel = level;
            lastRank = found.get().rank();
        }
        return lastRank;
    }

    private long mask(Set<LayerId> of) {
        long mask = 0;
        for (LayerId layer : of) {
            Integer at = layerIndex.get(layer);
            if (at == null) {
                return -1;
            }
            mask |= 1L << at;
        }
        return mask;
    }

    private int kindIndex(String k) {
        if (!k.equals(lastKind)) {
            lastKind = k;
            lastKindIndex = kinds.computeIfAbsent(k, x -> kinds.size());
            if (kinds.size() > 128) {
                throw new IllegalArgumentException("at most 128 distinct node kinds are supported");
            }
        }
        return lastKindIndex;
    }

    private int maskIndex(long mask) {
        if (mask != lastMask) {
            lastMask = mask;
            lastMaskIndex = masks.computeIfAbsent(mask, m -> masks.size());
        }
        return lastMaskIndex;
    }

    private void grow() {
        if (size < parent.length) {
            return;
        }
        int n = parent.length * 2;
        idParts = Arrays.copyOf(idParts, n);
        zhParts = Arrays.copyOf(zhParts, n);
        enParts = Arrays.copyOf(enParts, n);
        flags = Arrays.copyOf(flags, n);
        kind = Arrays.copyOf(kind, n);
        levelRank = Arrays.copyOf(levelRank, n);
        parent = Arrays.copyOf(parent, n);
        depth = Arrays.copyOf(depth, n);
        layerSet = Arrays.copyOf(layerSet, n);
    }

    /** True if node {@code i}'s id is {@code text}, compared part by part. */
    boolean hasId(int i, String text) {
        return Jurisdiction.matchesParts(idParts, flags, parent, ID_EXTENDS_PARENT, i, text);
    }

    private boolean hasCode(int i, String text) {
        return (flags[i] & CODE_IS_ID) != 0 ? hasId(i, text) : text.equals(otherCodes.get(i));
    }

    /** The tree of the nodes appended so far; the layout is not used after. */
    Jurisdiction finish() {
        int n = size;
        int[] subtreeEnd = new int[n];
        // In preorder a subtree ends where the next node outside it starts: fill ends bottom-up.
        for (int i = n - 1; i >= 0; i--) {
            if (subtreeEnd[i] == 0) {
                subtreeEnd[i] = i + 1;
            }
            int p = parent[i];
            if (p >= 0 && subtreeEnd[p] < subtreeEnd[i]) {
                subtreeEnd[p] = subtreeEnd[i];
            }
        }
        List<Set<LayerId>> sets = new ArrayList<>();
        for (long mask : masks.keySet()) {
            ImmutableSet.Builder<LayerId> set = ImmutableSet.builder();
            for (int l = 0; l < layers.size(); l++) {
                if ((mask & (1L << l)) != 0) {
                    set.add(layers.get(l).id());
                }
            }
            sets.add(set.build());
        }
        return new Jurisdiction(this, subtreeEnd, kinds.keySet().toArray(String[]::new), List.copyOf(sets),
                byId, byCode);
    }
}
