package org.gridgov.store;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;

/**
 * Where an event stands in a store's global order: the order in which appends became visible, which a reader that
 * follows the whole store ({@link EventStore#readAll}) walks. {@code transaction} orders the appends; {@code
 * sequence} orders the events within one, and across a store that has no transaction ids of its own it is
 * both. Positions compare by transaction, then sequence.
 *
 * @param transaction the append's transaction, as the store numbers them (PostgreSQL: its {@code xid8})
 * @param sequence    the event's number in the store, increasing in append order
 */
public record GlobalPosition(long transaction, long sequence) implements Comparable<GlobalPosition> {
    /** Before every event. */
    public static final GlobalPosition START = new GlobalPosition(0, 0);

    private static final Comparator<GlobalPosition> ORDER = Comparator.comparingLong(GlobalPosition::transaction)
            .thenComparingLong(GlobalPosition::sequence);

    /** @throws IllegalArgumentException if a number is negative */
    public GlobalPosition {
        checkArgument(transaction >= 0 && sequence >= 0, "a position is not negative, got %s/%s", transaction,
                sequence);
    }

    @Override
    public int compareTo(GlobalPosition other) {
        return ORDER.compare(this, other);
    }
}
