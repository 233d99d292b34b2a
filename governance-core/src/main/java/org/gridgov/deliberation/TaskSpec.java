package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.gridgov.category.CategoryId;
import org.gridgov.jurisdiction.NodeId;

/**
 * One task a resolution creates (三办): it becomes an issue in the engine, routed and escalated like any other.
 *
 * @param text     what is to be done
 * @param category its category, which routing reads
 * @param node     where it is to be done
 */
public record TaskSpec(String text, CategoryId category, NodeId node) {
    /** @throws IllegalArgumentException if the text is blank */
    public TaskSpec {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(node, "node");
        checkArgument(!text.isBlank(), "a task needs a text");
    }
}
