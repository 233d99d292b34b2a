package org.gridgov.profile;

import java.time.OffsetDateTime;

/**
 * A recorded absence (leave), from inclusive to until exclusive; while absent, a backup acts for the person.
 *
 * @param person the person's id
 * @param from   start, with offset: {@code 2024-05-23T08:30:00+08:00}
 * @param until  end, exclusive
 * @param reason why, as recorded
 */
public record AbsenceSpec(String person, OffsetDateTime from, OffsetDateTime until, String reason) {
}
