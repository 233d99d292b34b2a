package org.gridgov.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.jurisdiction.NodeSpec;

/**
 * The jurisdiction tree at national scale: build time, heap per node and the two hot queries (ancestor test,
 * ancestor at a level), against a naive tree of node objects with parent pointers in a HashMap.
 */
final class TreeBench implements Bench {

    @Override
    public String id() {
        return "tree";
    }

    /** The naive baseline: what one writes first. */
    static final class NaiveNode {
        final String id;
        final String code;
        final String nameZh;
        final String nameEn;
        final String kind;
        final int level;
        final NaiveNode parent;

        NaiveNode(NodeSpec s, int level, NaiveNode parent) {
            this.id = s.id().value();
            this.code = s.code().map(c -> c.value()).orElse(null);
            this.nameZh = s.name().zh();
            this.nameEn = s.name().en().equals(s.name().zh()) ? null : s.name().en();
            this.kind = s.kind();
            this.level = level;
            this.parent = parent;
        }
    }

    static Map<String, NaiveNode> naive(List<NodeSpec> specs) {
        Map<String, NaiveNode> map = new HashMap<>();
        for (NodeSpec s : specs) {
            NaiveNode parent = s.parent().map(p -> map.get(p.value())).orElse(null);
            map.put(s.id().value(), new NaiveNode(s, NationalTree.LEVELS.require(s.level()).rank(), parent));
        }
        return map;
    }

    static boolean naiveIsAncestorOrSelf(Map<String, NaiveNode> map, NodeId ancestor, NodeId node) {
        NaiveNode a = map.get(ancestor.value());
        for (NaiveNode n = map.get(node.value()); n != null; n = n.parent) {
            if (n == a) {
                return true;
            }
        }
        return false;
    }

    static NaiveNode naiveAncestorAtLevel(Map<String, NaiveNode> map, NodeId id, int level) {
        for (NaiveNode n = map.get(id.value()); n != null; n = n.parent) {
            if (n.level == level) {
                return n;
            }
        }
        return null;
    }

    @Override
    public List<Row> run(boolean quick) {
        NationalTree.Shape shape = quick ? NationalTree.PROVINCE : NationalTree.NATION;
        Sampler builds = new Sampler(1, quick ? 2 : 3);
        long g0 = System.nanoTime();
        List<NodeSpec> specs = NationalTree.specs(shape);
        double generate = (System.nanoTime() - g0) / 1e9;
        int n = specs.size();
        Jurisdiction[] tree = new Jurisdiction[1];
        Sampler.Timing build = builds.time(() -> {
            tree[0] = null; // let the previous tree go before the next is built
            tree[0] = Jurisdiction.builder(NationalTree.LEVELS, NationalTree.LAYERS).addAll(specs).build();
            return tree[0].size();
        });
        List<Map<String, NaiveNode>> naive = new ArrayList<>(List.of(Map.of()));
        Sampler.Timing naiveBuild = builds.time(() -> {
            naive.set(0, Map.of());
            naive.set(0, naive(specs));
            return naive.get(0).size();
        });
        int queryCount = quick ? 100_000 : 1_000_000;
        Queries q = queries(specs, naive.get(0), queryCount);
        // Heap: each structure built from fresh specs that are then dropped, so it counts all it keeps alive
        // (its strings included), as an application holds it after loading.
        tree[0] = null;
        naive.set(0, Map.of());
        specs.clear();
        double perNodeLibrary = retained(() -> Jurisdiction.builder(NationalTree.LEVELS, NationalTree.LAYERS)
                .addAll(NationalTree.specs(shape)).build(), tree, n);
        double perNodeNaive = retained(() -> naive(NationalTree.specs(shape)), naive, n);
        Jurisdiction t = (Jurisdiction) tree[0];
        Map<String, NaiveNode> nv = naive.get(0);

        Sampler queries = new Sampler(quick ? 2 : 5, quick ? 5 : 11);
        long[] sink = new long[1];
        Sampler.Timing ancestor = queries.time(() -> {
            int yes = 0;
            for (int i = 0; i < q.a.length; i++) {
                if (t.isAncestorOrSelf(q.a[i], q.b[i])) {
                    yes++;
                }
            }
            sink[0] += yes;
            return q.a.length;
        });
        Sampler.Timing naiveAncestor = queries.time(() -> {
            int yes = 0;
            for (int i = 0; i < q.a.length; i++) {
                if (naiveIsAncestorOrSelf(nv, q.a[i], q.b[i])) {
                    yes++;
                }
            }
            sink[0] -= yes;
            return q.a.length;
        });
        Sampler.Timing level = queries.time(() -> {
            int found = 0;
            for (int i = 0; i < q.a.length; i++) {
                if (t.ancestorAtLevel(q.node[i], q.level[i]).isPresent()) {
                    found++;
                }
            }
            sink[0] += found;
            return q.a.length;
        });
        Sampler.Timing naiveLevel = queries.time(() -> {
            int found = 0;
            for (int i = 0; i < q.a.length; i++) {
                if (naiveAncestorAtLevel(nv, q.node[i], q.rank[i]) != null) {
                    found++;
                }
            }
            sink[0] -= found;
            return q.a.length;
        });
        // The same questions about nodes resolved once: positions in the tree, object references in the naive one.
        int[] pa = new int[q.a.length];
        int[] pb = new int[q.a.length];
        int[] pn = new int[q.a.length];
        NaiveNode[] na = new NaiveNode[q.a.length];
        NaiveNode[] nb = new NaiveNode[q.a.length];
        NaiveNode[] nn = new NaiveNode[q.a.length];
        for (int i = 0; i < q.a.length; i++) {
            pa[i] = t.position(q.a[i]);
            pb[i] = t.position(q.b[i]);
            pn[i] = t.position(q.node[i]);
            na[i] = nv.get(q.a[i].value());
            nb[i] = nv.get(q.b[i].value());
            nn[i] = nv.get(q.node[i].value());
        }
        Sampler.Timing ancestorByPosition = queries.time(() -> {
            int yes = 0;
            for (int i = 0; i < pa.length; i++) {
                if (t.isAncestorOrSelf(pa[i], pb[i])) {
                    yes++;
                }
            }
            sink[0] += yes;
            return pa.length;
        });
        Sampler.Timing naiveAncestorResolved = queries.time(() -> {
            int yes = 0;
            for (int i = 0; i < na.length; i++) {
                for (NaiveNode x = nb[i]; x != null; x = x.parent) {
                    if (x == na[i]) {
                        yes++;
                        break;
                    }
                }
            }
            sink[0] -= yes;
            return na.length;
        });
        Sampler.Timing levelByPosition = queries.time(() -> {
            int found = 0;
            for (int i = 0; i < pn.length; i++) {
                if (t.ancestorAtLevel(pn[i], q.rank[i]) >= 0) {
                    found++;
                }
            }
            sink[0] += found;
            return pn.length;
        });
        Sampler.Timing naiveLevelResolved = queries.time(() -> {
            int found = 0;
            for (int i = 0; i < nn.length; i++) {
                for (NaiveNode x = nn[i]; x != null; x = x.parent) {
                    if (x.level == q.rank[i]) {
                        found++;
                        break;
                    }
                }
            }
            sink[0] -= found;
            return nn.length;
        });
        if (sink[0] != 0) {
            throw new IllegalStateException("the tree and the naive baseline disagree on " + sink[0] + " answers");
        }

        List<Row> rows = new ArrayList<>();
        String size = String.format(Locale.ROOT, "%s nodes (%s grids)", Figures.count(n), Figures.count(shape.grids()));
        rows.add(new Row("jurisdiction tree: build, " + size, Figures.duration(build.medianSeconds()),
                Figures.duration(naiveBuild.medianSeconds()) + " naive HashMap tree",
                Figures.ratio(build.medianSeconds() / naiveBuild.medianSeconds()), "≤ 5 s",
                build.medianSeconds() <= 5, "builder.addAll(specs).build(), all checks included; making the specs took "
                + Figures.duration(generate) + " more; " + Figures.spread(build)));
        rows.add(new Row("jurisdiction tree: heap per node", Figures.count(perNodeLibrary) + " bytes",
                Figures.count(perNodeNaive) + " bytes naive", Figures.ratio(perNodeLibrary / perNodeNaive),
                "≤ 150 bytes", perNodeLibrary <= 150, "heap after GC ÷ " + Figures.count(n)
                + " nodes; ids and names included"));
        rows.add(new Row("jurisdiction tree: isAncestorOrSelf", Figures.count(ancestor.nanosPerItem()) + " ns",
                Figures.count(naiveAncestor.nanosPerItem()) + " ns naive (walks parents)",
                Figures.ratio(ancestor.nanosPerItem() / naiveAncestor.nanosPerItem()), "≤ 100 ns",
                ancestor.nanosPerItem() <= 100, Figures.count(q.a.length) + " random pairs, half true, ids as fresh "
                + "strings; " + Figures.spread(ancestor)));
        rows.add(new Row("jurisdiction tree: ancestorAtLevel", Figures.count(level.nanosPerItem()) + " ns",
                Figures.count(naiveLevel.nanosPerItem()) + " ns naive (walks parents)",
                Figures.ratio(level.nanosPerItem() / naiveLevel.nanosPerItem()), "≤ 100 ns",
                level.nanosPerItem() <= 100, Figures.count(q.a.length) + " random nodes, county/street/community, "
                + "answer as a node value; " + Figures.spread(level)));
        rows.add(new Row("jurisdiction tree: isAncestorOrSelf by position", nanos(ancestorByPosition),
                nanos(naiveAncestorResolved) + " naive, nodes resolved", Figures.ratio(ancestorByPosition.nanosPerItem()
                / naiveAncestorResolved.nanosPerItem()), "≤ 100 ns", ancestorByPosition.nanosPerItem() <= 100,
                "nodes resolved once with position(id); " + Figures.spread(ancestorByPosition)));
        rows.add(new Row("jurisdiction tree: ancestorAtLevel by position", nanos(levelByPosition),
                nanos(naiveLevelResolved) + " naive, nodes resolved", Figures.ratio(levelByPosition.nanosPerItem()
                / naiveLevelResolved.nanosPerItem()), "≤ 100 ns", levelByPosition.nanosPerItem() <= 100,
                "answer as a position; " + Figures.spread(levelByPosition)));
        return rows;
    }

    /** Nanoseconds per query with a decimal: queries by position take a few. */
    private static String nanos(Sampler.Timing t) {
        return String.format(Locale.ROOT, "%.1f ns", t.nanosPerItem());
    }

    /** Query arguments made up front, so that the timed loops only ask. */
    private record Queries(NodeId[] a, NodeId[] b, NodeId[] node, LevelId[] level, int[] rank) {
    }

    private static Queries queries(List<NodeSpec> specs, Map<String, NaiveNode> naive, int count) {
        SplittableRandom random = new SplittableRandom(9);
        String[] levelIds = {"county", "street", "community"};
        Queries q = new Queries(new NodeId[count], new NodeId[count], new NodeId[count], new LevelId[count],
                new int[count]);
        int n = specs.size();
        for (int i = 0; i < count; i++) {
            NaiveNode b = naive.get(specs.get(random.nextInt(n)).id().value());
            NaiveNode a = naive.get(specs.get(random.nextInt(n)).id().value());
            if (random.nextBoolean()) { // half the pairs are true: b itself or an ancestor up to three levels up
                a = b;
                for (int up = random.nextInt(4); up > 0 && a.parent != null; up--) {
                    a = a.parent;
                }
            }
            // Ids as a caller has them, parsed from a request: fresh strings, not the tree's own instances.
            q.a[i] = new NodeId(new String(a.id));
            q.b[i] = new NodeId(new String(b.id));
            q.node[i] = new NodeId(new String(specs.get(random.nextInt(n)).id().value()));
            q.level[i] = new LevelId(levelIds[random.nextInt(levelIds.length)]);
            q.rank[i] = NationalTree.LEVELS.require(q.level[i]).rank();
        }
        return q;
    }

    /** Bytes per node that a structure keeps alive: heap after GC with it, less before, over the node count. */
    private static <T> double retained(java.util.function.Supplier<T> make, Object holder, int n) {
        System.gc();
        long before = usedHeap();
        T made = make.get();
        if (holder instanceof Object[] array) {
            array[0] = made;
        } else {
            @SuppressWarnings("unchecked")
            List<T> list = (List<T>) holder;
            list.set(0, made);
        }
        System.gc();
        return (usedHeap() - before) / (double) n;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
