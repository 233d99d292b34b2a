package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;

/**
 * A body that deliberates: a community's five-party council, a grid's small-bench meeting, a street's alliance
 * leadership group. It is convened by an organization (the community party committee), sits at a node, and has
 * seats, a cadence and the rules its meetings count by; a pack's deliberation rules may make them stricter for an
 * item.
 *
 * @param id       the body's id
 * @param name     its display name
 * @param kind     what kind of body it is
 * @param convenor the organization that convenes it
 * @param node     where it sits; its items come from this node's subtree
 * @param seats    its seats, keys distinct, at least one
 * @param cadence  how often it meets
 * @param quorum   when its meetings may decide
 * @param majority when a motion carries
 * @param voting   whose votes count
 */
public record Body(BodyId id, Bilingual name, BodyKind kind, OrganizationId convenor, NodeId node, List<Seat> seats,
                   Cadence cadence, QuorumRule quorum, MajorityRule majority, VotingMode voting) {
    /**
     * @throws IllegalArgumentException if there is no seat, seat keys repeat, or the quorum requires a seat the body
     *     lacks; NullPointerException if an argument is null
     */
    public Body {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(convenor, "convenor");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(majority, "majority");
        Objects.requireNonNull(voting, "voting");
        seats = List.copyOf(seats);
        checkArgument(!seats.isEmpty(), "body %s has no seats", id);
        Set<String> keys = new HashSet<>();
        for (Seat s : seats) {
            checkArgument(keys.add(s.key()), "body %s has seat %s twice", id, s.key());
        }
        for (String r : quorum.required()) {
            checkArgument(keys.contains(r), "body %s: the quorum requires seat %s, which it does not have", id, r);
        }
    }

    /** The seat with a key. */
    public Optional<Seat> seat(String key) {
        return seats.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The chair's seat, if one is marked. */
    public Optional<Seat> chair() {
        return seats.stream().filter(Seat::chair).findFirst();
    }
}
