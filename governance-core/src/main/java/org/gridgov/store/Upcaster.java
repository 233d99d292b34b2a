package org.gridgov.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads an event stored in an older shape of its type into the next shape, so that events written by an earlier
 * release still read into today's records. When a release changes an event record, it adds an upcaster from the
 * old version; {@link EventCodec} then writes the type at the new version and raises older rows step by step.
 */
public interface Upcaster {
    /** The event type, as stored ({@code Accepted}, {@code ItemProposed} …). */
    String type();

    /** The version this upcaster reads; it gives version {@code from() + 1}. */
    int from();

    /**
     * The event's JSON at version {@code from() + 1}.
     *
     * @param event the stored JSON at version {@link #from()}; may be changed and returned
     * @throws IllegalArgumentException if the JSON is not a {@link #from()} event of the type
     */
    ObjectNode upcast(ObjectNode event);
}
