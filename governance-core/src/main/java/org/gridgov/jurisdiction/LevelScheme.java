package org.gridgov.jurisdiction;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;

/**
 * The ordered levels of a city, from the top (usually the city) down to the finest grid level. Every city
 * declares its own: Shuangyashan has six grid levels below the community, most cities one or two.
 *
 * <p>A node's level must lie below its parent's level; a child may skip levels (a dedicated grid directly
 * under a street, a town without communities).
 */
public final class LevelScheme {
    private final ImmutableList<JurisdictionLevel> levels;
    private final ImmutableMap<LevelId, JurisdictionLevel> byId;

    private LevelScheme(ImmutableList<JurisdictionLevel> levels) {
        this.levels = levels;
        ImmutableMap.Builder<LevelId, JurisdictionLevel> map = ImmutableMap.builder();
        levels.forEach(l -> map.put(l.id(), l));
        this.byId = map.buildOrThrow();
    }

    /**
     * A scheme from level definitions, top first. Ranks are assigned from the order given.
     *
     * @param levels (id, name, kind) of each level, top first; ranks given in them are ignored
     * @throws IllegalArgumentException if empty, if an id repeats, or if an administrative level follows a
     *                                  grid level
     */
    public static LevelScheme of(List<JurisdictionLevel> levels) {
        checkArgument(!levels.isEmpty(), "a level scheme needs at least one level");
        ImmutableList.Builder<JurisdictionLevel> ranked = ImmutableList.builder();
        boolean seenGrid = false;
        java.util.Set<LevelId> seen = new java.util.HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            JurisdictionLevel l = levels.get(i);
            checkArgument(seen.add(l.id()), "level '%s' is declared twice", l.id());
            checkArgument(!(seenGrid && l.kind() == LevelKind.ADMINISTRATIVE),
                    "administrative level '%s' cannot lie below a grid level", l.id());
            seenGrid |= l.kind() == LevelKind.GRID;
            ranked.add(new JurisdictionLevel(l.id(), l.name(), l.kind(), i));
        }
        return new LevelScheme(ranked.build());
    }

    /** Shorthand for building a scheme in code: a level definition whose rank the scheme will set. */
    public static JurisdictionLevel level(String id, String zh, String en, LevelKind kind) {
        return new JurisdictionLevel(new LevelId(id), Bilingual.of(zh, en), kind, -1);
    }

    /** The levels, top first. */
    public List<JurisdictionLevel> levels() {
        return levels;
    }

    /** The level with this id, if the scheme has it. */
    public Optional<JurisdictionLevel> find(LevelId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The level with this id.
     *
     * @throws IllegalArgumentException naming the id and the known levels if there is none
     */
    public JurisdictionLevel require(LevelId id) {
        JurisdictionLevel level = byId.get(id);
        checkArgument(level != null, "unknown level '%s'; this city's levels are %s", id, byId.keySet());
        return level;
    }

    /** The level at a rank, 0 being the top. */
    public JurisdictionLevel atRank(int rank) {
        return levels.get(rank);
    }

    /** The number of levels. */
    public int size() {
        return levels.size();
    }

    @Override
    public String toString() {
        return levels.stream().map(l -> l.id().value()).toList().toString();
    }
}
