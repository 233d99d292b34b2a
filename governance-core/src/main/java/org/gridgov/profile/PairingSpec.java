package org.gridgov.profile;

import java.time.LocalDate;

/**
 * A pairing of a unit with a community (结对共建), dates inclusive.
 *
 * @param unit      the unit's organization id
 * @param community the community's node id
 * @param from      first day
 * @param until     last day; absent for open-ended
 */
public record PairingSpec(String unit, String community, LocalDate from, LocalDate until) {
}
