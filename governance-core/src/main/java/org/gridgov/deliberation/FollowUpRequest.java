package org.gridgov.deliberation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An item whose deadline fell due.
 *
 * @param item         the item
 * @param body         the body it is tabled at, if any
 * @param due          the deadline's kind: {@code table}, {@code deliberate} or {@code report-back}
 * @param dueAt        when it fell due
 * @param categoryPath the item's category, then its ancestors
 * @param level        the level id of the item's node
 * @param openTasks    how many of its tasks are still open issues
 */
public record FollowUpRequest(Item item, Optional<Body> body, String due, Instant dueAt, List<String> categoryPath,
                              String level, int openTasks) {
    public FollowUpRequest {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(dueAt, "dueAt");
        categoryPath = List.copyOf(categoryPath);
        Objects.requireNonNull(level, "level");
    }
}
