package org.gridgov.organization;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.jurisdiction.LevelId;

/**
 * The parallel party chain (党组织链): for each jurisdiction level, the type of party body that mirrors it.
 * Shuangyashan: street → 街道党工委, community → 社区党委, estate → 小区党支部, grid → 网格党小组, building →
 * 红色楼栋长, household → 党员中心户. Levels without a party body are simply absent.
 *
 * <p>Whether the levels and types exist, and whether the types are party types, is checked when an
 * {@link Organizations} directory is built with the chain.
 */
public final class PartyChain {
    private static final PartyChain EMPTY = new PartyChain(ImmutableMap.of());
    private final ImmutableMap<LevelId, OrganizationTypeId> typeByLevel;

    private PartyChain(ImmutableMap<LevelId, OrganizationTypeId> typeByLevel) {
        this.typeByLevel = typeByLevel;
    }

    /** A chain with no levels: no node has a party body. */
    public static PartyChain empty() {
        return EMPTY;
    }

    /**
     * A chain from level to party-body type, in the order given (top first, by convention).
     *
     * @throws NullPointerException if a key or value is null
     */
    public static PartyChain of(Map<LevelId, OrganizationTypeId> typeByLevel) {
        return new PartyChain(ImmutableMap.copyOf(typeByLevel));
    }

    /** Shorthand: alternating level ids and type ids, {@code of("street", "street-party-committee", ...)}. */
    public static PartyChain of(String... levelThenType) {
        if (levelThenType.length % 2 != 0) {
            throw new IllegalArgumentException("party chain needs pairs of level and type, got an odd count");
        }
        ImmutableMap.Builder<LevelId, OrganizationTypeId> map = ImmutableMap.builder();
        for (int i = 0; i < levelThenType.length; i += 2) {
            map.put(new LevelId(levelThenType[i]), new OrganizationTypeId(levelThenType[i + 1]));
        }
        return new PartyChain(map.buildOrThrow());
    }

    /** The party-body type for a level, if the chain has one there. */
    public Optional<OrganizationTypeId> typeAt(LevelId level) {
        return Optional.ofNullable(typeByLevel.get(level));
    }

    /** Every level with its party-body type, in the order given. */
    public Map<LevelId, OrganizationTypeId> entries() {
        return typeByLevel;
    }

    @Override
    public String toString() {
        return "PartyChain" + typeByLevel;
    }
}
