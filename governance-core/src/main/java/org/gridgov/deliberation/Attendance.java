package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import org.gridgov.people.PersonId;

/**
 * Who took one seat at a meeting.
 *
 * @param seat     the seat's key
 * @param presence how it was taken
 * @param persons  who sat in it (the holder, or the representative); none when absent
 */
public record Attendance(String seat, Presence presence, List<PersonId> persons) {
    /** @throws IllegalArgumentException if a taken seat names nobody or an absent one names someone */
    public Attendance {
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(presence, "presence");
        persons = List.copyOf(persons);
        checkArgument(presence.taken() != persons.isEmpty(),
                "seat %s: a taken seat names who sat in it, an absent one nobody", seat);
    }
}
