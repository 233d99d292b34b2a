package org.gridgov.deliberation;

import java.util.List;
import java.util.Objects;

/**
 * An item put to the vote at a meeting.
 *
 * @param body         the body
 * @param item         the item
 * @param meeting      the meeting, with its attendance and votes
 * @param categoryPath the item's category, then its ancestors
 */
public record CountingRequest(Body body, Item item, Meeting meeting, List<String> categoryPath) {
    public CountingRequest {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(meeting, "meeting");
        categoryPath = List.copyOf(categoryPath);
    }
}
