package org.gridgov.profile;

import java.util.List;

/**
 * A deliberating body as a profile writes it (五方共议会, 小板凳议事会, 联席会议).
 *
 * @param id       its id
 * @param name     display name
 * @param kind     {@code five-party-council}, {@code small-bench}, {@code alliance-leadership}, {@code joint-meeting},
 *                 {@code hearing} (or the Chinese name)
 * @param node     the node it sits at
 * @param convenor the organization that convenes it
 * @param seats    its seats
 * @param cadence  {@code monthly}, {@code 每月15日}, {@code every 14 days}, {@code as-needed}; default monthly
 * @param quorum   when it may decide; default more than half of the seats
 * @param majority when a motion carries; default more than half of the votes cast
 * @param voting   {@code by-seat} (default) or {@code by-person}
 */
public record BodySpec(String id, NameSpec name, String kind, String node, String convenor, List<SeatSpec> seats,
                       String cadence, QuorumSpec quorum, MajoritySpec majority, String voting) {
    public BodySpec {
        seats = seats == null ? List.of() : List.copyOf(seats);
    }

    /**
     * A seat.
     *
     * @param key              the seat's key
     * @param name             display name
     * @param organizationType the organization type holding it, if any
     * @param roleType         the role type holding it, if any
     * @param chair            whether it chairs
     */
    public record SeatSpec(String key, NameSpec name, String organizationType, String roleType, Boolean chair) {
    }

    /**
     * A quorum.
     *
     * @param share    {@code 1/2} (more than half), {@code >=2/3}, {@code 过半数}, {@code 三分之二以上}
     * @param required seats that must be taken
     */
    public record QuorumSpec(String share, List<String> required) {
        public QuorumSpec {
            required = required == null ? List.of() : List.copyOf(required);
        }
    }

    /**
     * A majority.
     *
     * @param share        as for a quorum
     * @param base         {@code cast} (default), {@code present} or {@code seats}
     * @param minimumVotes the fewest votes that can decide; default 0
     */
    public record MajoritySpec(String share, String base, Integer minimumVotes) {
    }
}
