package org.gridgov.store;

/**
 * A durable store could not do what it was asked: the database is unreachable, full, locked for too long, or holds
 * a row this release cannot read. Nothing of the unit that failed was stored. The message names the store and the
 * operation, never the events' personal data. An engine whose unit failed may hold caches ahead of the store, so
 * a host recovers it from the store before going on.
 */
public final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, where */
    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
