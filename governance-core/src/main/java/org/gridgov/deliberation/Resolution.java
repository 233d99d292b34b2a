package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * What a meeting resolved on an item (决议), with the tasks it sets.
 *
 * @param text  the resolution as adopted
 * @param tasks the tasks, in order; task {@code n} (from 1) becomes issue {@code <item>-T<n>}
 */
public record Resolution(String text, List<TaskSpec> tasks) {
    /** @throws IllegalArgumentException if the text is blank */
    public Resolution {
        Objects.requireNonNull(text, "text");
        checkArgument(!text.isBlank(), "a resolution needs a text");
        tasks = List.copyOf(tasks);
    }
}
