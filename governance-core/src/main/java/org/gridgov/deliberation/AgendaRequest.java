package org.gridgov.deliberation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An item as the agenda rules see it: when proposed (no body yet) or when tabled at a body.
 *
 * @param item         the item, with its supporters
 * @param body         the body it is being tabled at; empty when it is proposed
 * @param categoryPath its category, then the category's ancestors
 * @param level        the level id of the item's node in the city
 * @param now          the instant
 */
public record AgendaRequest(Item item, Optional<Body> body, List<String> categoryPath, String level, Instant now) {
    public AgendaRequest {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(body, "body");
        categoryPath = List.copyOf(categoryPath);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(now, "now");
    }
}
