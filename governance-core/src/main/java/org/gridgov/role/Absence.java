package org.gridgov.role;

import java.time.Instant;
import java.util.Objects;
import org.gridgov.people.PersonId;

/**
 * Recorded leave: the person is away during {@code [from, until)} and their backups act for them. Whether
 * {@code until} lies after {@code from} is checked by the {@link Roster} that records it.
 *
 * @param person the person
 * @param from   first instant away, inclusive
 * @param until  first instant back, exclusive
 * @param reason why (leave, training, illness...), free text; may be empty but not null
 */
public record Absence(PersonId person, Instant from, Instant until, String reason) {
    /** @throws NullPointerException if any component is null */
    public Absence {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(reason, "reason");
    }

    /** True if the person is away at that instant: {@code from <= at < until}. */
    public boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
