package org.gridgov.store.jdbc;

/**
 * The process the crash tests kill: plays the {@link Month} on a store from the first step not stored, printing
 * {@code step N} after each step is committed and {@code done} at the end.
 *
 * <p>Arguments: a store location (a file, or a PostgreSQL URL) and, for PostgreSQL, the schema.
 */
public final class MonthPlayer {
    private MonthPlayer() {
    }

    public static void main(String[] args) {
        try (JdbcEventStore store = args.length > 1 ? JdbcStores.postgres(args[0], args[1])
                : JdbcStores.open(args[0])) {
            Month month = new Month(store);
            for (int step = month.next(); step < Month.STEPS; step++) {
                month.play(step);
                System.out.println("step " + step);
                System.out.flush();
            }
            System.out.println("done");
        }
    }
}
