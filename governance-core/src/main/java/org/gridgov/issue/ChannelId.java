package org.gridgov.issue;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies an intake channel, such as {@code hotline-12345}, {@code hotline-8890}, {@code grid-patrol},
 * {@code resident} or {@code deliberation}. Channels are data of the city profile, not a closed set.
 *
 * @param value the id, non-blank
 */
public record ChannelId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public ChannelId {
        checkArgument(value != null && !value.isBlank(), "channel id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
