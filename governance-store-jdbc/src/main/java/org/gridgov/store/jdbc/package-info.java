/**
 * Durable event stores on a database, behind the core's {@code EventStore} SPI: SQLite in one file as the embedded
 * default and PostgreSQL for production, opened (and migrated with Flyway) by {@link
 * org.gridgov.store.jdbc.JdbcStores}. Appends check the expected version against a row per timeline, so concurrent
 * writers conflict instead of overwriting; a unit of work is a database transaction bound to its thread; readers of
 * the global order on PostgreSQL see only rows below the oldest running transaction, so a late commit is never
 * skipped.
 */
package org.gridgov.store.jdbc;
