package org.gridgov.role;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.people.PersonId;

/**
 * A person assigned to a role at a target, on the primary (A) or a backup (B) post, for a span of days.
 * Whether {@code until} lies before {@code from} is checked by the {@link Roster} builder, which names the
 * assignment.
 *
 * @param person the person
 * @param role   the role type
 * @param target the node or organization where the role is held
 * @param post   primary or backup
 * @param from   first day, inclusive
 * @param until  last day, inclusive; empty while the assignment lasts
 */
public record Assignment(PersonId person, RoleTypeId role, RoleTarget target, Post post, LocalDate from,
                         Optional<LocalDate> until) {
    /** @throws NullPointerException if any component is null */
    public Assignment {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** True if the assignment holds on that day: {@code from <= day <= until}. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && until.map(u -> !day.isAfter(u)).orElse(true);
    }

    /** True if the two assignments share at least one day. */
    public boolean overlaps(Assignment other) {
        return until.map(u -> !other.from.isAfter(u)).orElse(true)
                && other.until.map(u -> !from.isAfter(u)).orElse(true);
    }
}
