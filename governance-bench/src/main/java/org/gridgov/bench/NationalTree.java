package org.gridgov.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.division.GridPlan;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.DivisionCode;
import org.gridgov.jurisdiction.Layer;
import org.gridgov.jurisdiction.LayerId;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.jurisdiction.LevelScheme;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.jurisdiction.NodeSpec;

/**
 * A synthetic national jurisdiction in the shape of China's: 31 provinces, 340 prefectures, 2,850 counties,
 * 41,350 streets and towns, 620,000 communities and villages (the NBS 2023 orders of magnitude) and 2,000,000
 * grids, with GB/T 2260 / NBS division codes as ids and grids named as {@code DivisionImport} names them. The
 * counts are spread evenly over the parents so that every run builds the same tree.
 */
final class NationalTree {
    static final LevelScheme LEVELS = LevelScheme.of(List.of(
            LevelScheme.level("country", "国家", "country", LevelKind.ADMINISTRATIVE),
            LevelScheme.level("province", "省级", "province", LevelKind.ADMINISTRATIVE),
            LevelScheme.level("prefecture", "地级", "prefecture", LevelKind.ADMINISTRATIVE),
            LevelScheme.level("county", "县级", "county", LevelKind.ADMINISTRATIVE),
            LevelScheme.level("street", "乡级", "street", LevelKind.ADMINISTRATIVE),
            LevelScheme.level("community", "村级", "community", LevelKind.ADMINISTRATIVE),
            LevelScheme.level("grid", "网格", "grid", LevelKind.GRID)));
    static final List<Layer> LAYERS = List.of(
            new Layer(new LayerId("party"), Bilingual.of("党建网", "party net")),
            new Layer(new LayerId("safety"), Bilingual.of("平安网", "safety net")),
            new Layer(new LayerId("livelihood"), Bilingual.of("民生网", "livelihood net")),
            new Layer(new LayerId("enterprise"), Bilingual.of("企业网", "enterprise net")));
    private static final int[] PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
        44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};
    private static final String SYLLABLES = "安宁和平兴华东西南北新民春阳光明幸福长青永乐文化建设友谊胜利团结红星朝阳";

    /** Counts per level below the root: province, prefecture, county, street, community, grid. */
    record Shape(int provinces, int prefectures, int counties, int streets, int communities, int grids) {
        int total() {
            return 1 + provinces + prefectures + counties + streets + communities + grids;
        }
    }

    static final Shape NATION = new Shape(31, 340, 2_850, 41_350, 620_000, 2_000_000);
    /** About one large province (Henan or Shandong): a twentieth of the nation below the province level. */
    static final Shape PROVINCE = new Shape(1, 17, 142, 2_068, 31_000, 100_000);

    private NationalTree() {
    }

    /** The node specifications, parents before children. */
    static List<NodeSpec> specs(Shape shape) {
        List<NodeSpec> out = new ArrayList<>(shape.total());
        out.add(NodeSpec.root("CN", "country", Bilingual.of("中华人民共和国", "China")));
        Set<LayerId> layers = Set.of(LAYERS.get(0).id(), LAYERS.get(1).id(), LAYERS.get(2).id(), LAYERS.get(3).id());
        int[] next = new int[5];
        for (int p = 0; p < shape.provinces(); p++) {
            String pc = String.valueOf(PROVINCES[p % PROVINCES.length]);
            NodeSpec province = admin(pc, "CN", "province", name(p, 2) + "省");
            out.add(province);
            for (int f = 0, nf = share(shape.prefectures(), shape.provinces(), p); f < nf; f++, next[0]++) {
                String fc = pc + two(f + 1);
                out.add(admin(fc, pc, "prefecture", name(next[0], 2) + "市"));
                for (int c = 0, nc = share(shape.counties(), shape.prefectures(), next[0]); c < nc; c++, next[1]++) {
                    String cc = fc + two(c + 1);
                    out.add(admin(cc, fc, "county", name(next[1], 2) + "区"));
                    for (int s = 0, ns = share(shape.streets(), shape.counties(), next[1]); s < ns; s++, next[2]++) {
                        String sc = cc + three(s + 1);
                        out.add(admin(sc, cc, "street", name(next[2], 2) + "街道"));
                        int nm = share(shape.communities(), shape.streets(), next[2]);
                        for (int m = 0; m < nm; m++, next[3]++) {
                            // NBS: 001-199 residents' committees (社区), 200-399 villagers' committees (村).
                            boolean urban = m < nm / 2;
                            String mc = sc + three(urban ? m + 1 : 200 + m);
                            String mn = name(next[3], 3) + (urban ? "社区" : "村");
                            out.add(admin(mc, sc, "community", mn));
                            for (int g = 1, ng = share(shape.grids(), shape.communities(), next[3]); g <= ng; g++) {
                                out.add(new NodeSpec(new NodeId(GridPlan.gridId(new DivisionCode(mc), g)),
                                        Optional.of(new NodeId(mc)), new LevelId("grid"),
                                        Bilingual.of(mn + "第" + g + "网格", mn + " grid " + g), Optional.empty(), "grid",
                                        layers, Optional.empty()));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static NodeSpec admin(String code, String parent, String level, String name) {
        return NodeSpec.child(code, parent, level, Bilingual.zh(name)).withCode(new DivisionCode(code));
    }

    /** How many of {@code total} children parent {@code k} of {@code parents} gets: an even spread. */
    private static int share(int total, int parents, int k) {
        return (int) ((long) total * (k + 1) / parents - (long) total * k / parents);
    }

    /** A made-up Chinese name of {@code length} syllables, the same for the same {@code n}. */
    static String name(int n, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(SYLLABLES.charAt(n % SYLLABLES.length()));
            n = n / SYLLABLES.length() + i * 7;
        }
        return b.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static String three(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : String.valueOf(n);
    }
}
