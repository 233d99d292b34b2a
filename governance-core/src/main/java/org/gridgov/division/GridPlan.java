package org.gridgov.division;

import com.google.common.collect.ImmutableSet;
import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gridgov.jurisdiction.DivisionCode;
import org.gridgov.jurisdiction.LayerId;
import org.gridgov.jurisdiction.LevelId;

/**
 * The stated rule by which grids are generated below communities when a city has not drawn them.
 *
 * <p>Each community-level division gets {@code overrides.get(code)} grids if listed, else
 * {@code perCommunity} grids if it is an urban residents' committee (居委会, NBS segment 001-199, or a unit of
 * segment 400-599 named like one) and {@code perVillage} otherwise, as for a villagers' committee (村委会). Grid {@code n} of community {@code c} has id
 * {@code c-Gnn} (two digits, three above 99), the name {@code <community>第n网格} / {@code grid n}, kind
 * {@code grid}, and serves every layer of {@code layers} (多网合一). The rule is deterministic: the same
 * divisions and plan always give the same grids.
 *
 * <p>The defaults of {@link #defaults(LevelId, Set)} follow the seed cities: Shuangyashan drew 1,366 urban
 * grids for 128 communities (about 10 each); Jiangyuan's rural villages have about 2.
 *
 * @param gridLevel    the level generated grids are at
 * @param perCommunity grids per urban community, at least 0
 * @param perVillage   grids per village, at least 0
 * @param overrides    grid counts for particular communities or villages
 * <p>Where the documents name finer levels below the grid (双鸭山's 网格—片—区域—楼栋—单元), {@code below} divides
 * each grid of an urban community further, level by level: {@code per} nodes below each node of the level above,
 * with the id of the parent, a hyphen, the level's prefix and the number ({@code …-G01-P1-A1-B01-U1}: two digits
 * where {@code per} exceeds 9) and the name of the parent followed by the level's own ({@code 第1片}). Villages'
 * grids stay whole: buildings and units are a city's.
 *
 * @param layers       the layers each generated grid serves
 * @param below        the levels each urban grid is divided into, outermost first; empty for none
 */
public record GridPlan(LevelId gridLevel, int perCommunity, int perVillage, Map<DivisionCode, Integer> overrides,
                       Set<LayerId> layers, List<Below> below) {
    public GridPlan {
        Objects.requireNonNull(gridLevel, "gridLevel");
        checkArgument(perCommunity >= 0 && perVillage >= 0, "grid counts cannot be negative");
        overrides = Map.copyOf(overrides);
        overrides.forEach((c, n) -> checkArgument(n >= 0, "grid count for %s cannot be negative", c));
        layers = ImmutableSet.copyOf(layers); // keeps the declared order, so iteration is reproducible
        below = List.copyOf(below);
    }

    /** A plan without levels below the grid. */
    public GridPlan(LevelId gridLevel, int perCommunity, int perVillage, Map<DivisionCode, Integer> overrides,
                    Set<LayerId> layers) {
        this(gridLevel, perCommunity, perVillage, overrides, layers, List.of());
    }

    /**
     * One level below the grid.
     *
     * @param level  the level
     * @param per    how many below each node of the level above, 1 to 99
     * @param prefix the id segment's letters ({@code P} for 片)
     * @param zh     the Chinese name after the parent's, where {@code {n}} is the number: {@code 第{n}片}
     * @param en     the English one: {@code piece {n}}
     * @param kind   the nodes' kind ({@code piece}, {@code building} …)
     */
    public record Below(LevelId level, int per, String prefix, String zh, String en, String kind) {
        public Below {
            Objects.requireNonNull(level, "level");
            checkArgument(per >= 1 && per <= 99, "a level below the grid has 1 to 99 nodes per parent, got %s", per);
            checkArgument(prefix != null && prefix.matches("[A-Z]{1,3}"), "a prefix is 1 to 3 capital letters, got %s",
                    prefix);
            checkArgument(zh != null && zh.contains("{n}") && en != null && en.contains("{n}"),
                    "a name below the grid holds {n}, in Chinese and English");
            Objects.requireNonNull(kind, "kind");
        }

        /** The id of node {@code n} (1-based) below a parent. */
        public String id(String parent, int n) {
            return parent + "-" + prefix + (per > 9 && n < 10 ? "0" + n : String.valueOf(n));
        }
    }

    /** Whether a community's grids are divided further: an urban community's, when the plan has levels below. */
    public boolean divides(DivisionCode community, String name) {
        return !below.isEmpty() && isUrban(community, name);
    }

    /** Ten grids per urban community, two per village. */
    public static GridPlan defaults(LevelId gridLevel, Set<LayerId> layers) {
        return new GridPlan(gridLevel, 10, 2, Map.of(), layers);
    }

    /**
     * The number of grids this plan generates below a community-level division: its override if listed, else
     * {@code perCommunity} for a residents' committee (NBS segment 001–199) and for a unit of segment 400–599
     * named like one (机场工作区社区: a name ending in 社区, 居委会, 居民委员会 or 小区), else {@code perVillage}.
     *
     * @param community its 12-digit code
     * @param name      its official name
     */
    public int gridsFor(DivisionCode community, String name) {
        Integer n = overrides.get(community);
        if (n != null) {
            return n;
        }
        return isUrban(community, name) ? perCommunity : perVillage;
    }

    private static boolean isUrban(DivisionCode community, String name) {
        if (community.isUrbanCommunity()) {
            return true;
        }
        int segment = community.unitSegment();
        return segment >= 400 && segment < 600 && (name.endsWith("社区") || name.endsWith("居委会")
                || name.endsWith("居民委员会") || name.endsWith("小区"));
    }

    /** The id of grid {@code n} (1-based) of a community. */
    public static String gridId(DivisionCode community, int n) {
        return community.value() + "-G" + (n < 10 ? "0" + n : String.valueOf(n));
    }
}
