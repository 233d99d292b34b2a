package org.gridgov.issue;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * An intake channel as the city profile declares it: {@code hotline-12345} named 12345热线.
 *
 * @param id   the channel's id
 * @param name display name
 */
public record Channel(ChannelId id, Bilingual name) {
    /** @throws NullPointerException if an argument is null */
    public Channel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
