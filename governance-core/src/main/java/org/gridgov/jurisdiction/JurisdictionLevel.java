package org.gridgov.jurisdiction;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * One level of a city's jurisdiction scheme.
 *
 * @param id   the level's id
 * @param name its display name, e.g. {@code 街道/乡镇 (street/town)}
 * @param kind administrative (has division codes) or grid (the city's own ids)
 * @param rank its position from the top of the scheme, 0 for the root level; set by {@link LevelScheme}
 */
public record JurisdictionLevel(LevelId id, Bilingual name, LevelKind kind, int rank) {
    public JurisdictionLevel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** True if this level lies strictly below {@code other} in the scheme. */
    public boolean isBelow(JurisdictionLevel other) {
        return rank > other.rank;
    }
}
