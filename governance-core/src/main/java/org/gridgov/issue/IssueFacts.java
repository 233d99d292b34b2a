package org.gridgov.issue;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.category.CategoryId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.PersonId;

/**
 * What was reported: the facts an issue starts with and that routing decides on. They never change; a
 * misfiled report is closed as {@link Closure#INVALID} or {@link Closure#DUPLICATE} and reported again.
 *
 * <p>{@link #toString()} leaves the description out, since residents' words often carry names, addresses and
 * phone numbers that must not reach logs.
 *
 * @param category    the category of the city's category tree
 * @param channel     how the issue came in
 * @param location    the node where it happens, usually a grid
 * @param reporter    the reporting resident, if known (hotline callers may stay anonymous)
 * @param description what the reporter said, non-blank
 * @param severity    how serious it is
 * @param tags        free labels such as {@code key-group:elderly}; copied to an immutable set
 */
public record IssueFacts(CategoryId category, ChannelId channel, NodeId location, Optional<PersonId> reporter,
                         String description, Severity severity, Set<String> tags) {
    /**
     * @throws NullPointerException if an argument or a tag is null
     * @throws IllegalArgumentException if the description or a tag is blank
     */
    public IssueFacts {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(severity, "severity");
        tags = ImmutableSet.copyOf(tags);
        checkArgument(!description.isBlank(), "an issue needs a description");
        checkArgument(tags.stream().noneMatch(String::isBlank), "tags must not be blank");
    }

    /** Facts without reporter or tags. */
    public static IssueFacts of(CategoryId category, ChannelId channel, NodeId location, String description,
                                Severity severity) {
        return new IssueFacts(category, channel, location, Optional.empty(), description, severity, Set.of());
    }

    /** The facts for logs, with the description masked. */
    @Override
    public String toString() {
        return "IssueFacts[category=" + category + ", channel=" + channel + ", location=" + location
                + ", reporter=" + reporter.map(PersonId::toString).orElse("anonymous")
                + ", description=<" + description.length() + " chars>, severity=" + severity + ", tags=" + tags
                + "]";
    }
}
