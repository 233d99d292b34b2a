package org.gridgov.service;

import java.util.Comparator;
import org.gridgov.city.City;
import org.gridgov.jurisdiction.JurisdictionLevel;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.jurisdiction.NodeId;

/**
 * Where an in-service party member reports in, and why, as the service policy decided it from a
 * {@link DestinationRequest}: the community they live in (the residence rule, the seeds' default), or one their
 * employer is paired with (龙岩's fallback). The community level is the city's lowest administrative level (社区/村).
 *
 * @param community the community
 * @param basis     why
 */
public record Destination(NodeId community, Basis basis) {

    /** The city's community level: its lowest administrative level. */
    public static JurisdictionLevel communityLevel(City city) {
        return city.jurisdiction().levels().levels().stream().filter(l -> l.kind() == LevelKind.ADMINISTRATIVE)
                .max(Comparator.comparingInt(JurisdictionLevel::rank)).orElseThrow();
    }
}
