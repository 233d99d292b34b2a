package org.gridgov.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.gridgov.store.EventCodec;
import org.gridgov.store.StoreFailure;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens durable event stores, bringing their schema up to this release's with Flyway first (a new database gets
 * every migration, an older one the ones it lacks; {@code flyway_schema_history} records which ran).
 *
 * <ul>
 *   <li>{@link #sqlite(Path)}: one file, created if missing; WAL, so readers run beside the writer; {@code
 *       synchronous=FULL}, so a commit survives a crash of the process and of the machine; a 10 s busy timeout
 *       for other processes on the same file.</li>
 *   <li>{@link #postgres(String, String)}: a PostgreSQL server through a HikariCP pool, in a schema of its own.</li>
 *   <li>{@link #open(String)}: either, from what a user typed ({@code --store gridgov.db} or a JDBC URL).</li>
 * </ul>
 */
public final class JdbcStores {
    /** The schema a PostgreSQL store uses unless told otherwise. */
    public static final String DEFAULT_SCHEMA = "gridgov";

    private static final int POOL = 16;

    private JdbcStores() {
    }

    /**
     * A store from a location: a {@code jdbc:postgresql:} URL (schema {@value #DEFAULT_SCHEMA}), a {@code
     * jdbc:sqlite:} URL, or else a file path for SQLite.
     *
     * @throws StoreFailure if the database cannot be opened or migrated; the message names it without credentials
     * @throws IllegalArgumentException if the location is blank or names another database
     */
    public static JdbcEventStore open(String location) {
        Objects.requireNonNull(location, "location");
        if (location.isBlank()) {
            throw new IllegalArgumentException("a store is a file (gridgov.db) or a JDBC URL, not blank");
        }
        if (location.startsWith("jdbc:postgresql:")) {
            return postgres(location, DEFAULT_SCHEMA);
        }
        if (location.startsWith("jdbc:sqlite:")) {
            return sqlite(Path.of(location.substring("jdbc:sqlite:".length())));
        }
        if (location.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a store is SQLite or PostgreSQL; " + withoutCredentials(location)
                    + " is neither");
        }
        return sqlite(Path.of(location));
    }

    /**
     * An SQLite store in a file, created with its schema if missing.
     *
     * @throws StoreFailure if the file cannot be opened or is not a store this release can migrate
     */
    public static JdbcEventStore sqlite(Path file) {
        String name = "SQLite " + file;
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        migrate(source, Dialect.SQLITE, null, name);
        return new JdbcEventStore(Dialect.SQLITE, new SingleConnection(source), new Rows(EventCodec.current(), name),
                name);
    }

    /**
     * A PostgreSQL store in a schema, created with its tables if missing.
     *
     * @param url    a {@code jdbc:postgresql:} URL, credentials as its parameters or the driver's defaults
     * @param schema the schema the store's tables live in
     * @throws StoreFailure if the server cannot be reached or the schema cannot be migrated
     */
    public static JdbcEventStore postgres(String url, String schema) {
        String name = "PostgreSQL " + withoutCredentials(url) + " (" + schema + ")";
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setSchema(schema);
        config.setMaximumPoolSize(POOL);
        config.setPoolName("gridgov-store");
        config.setConnectionTimeout(30_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreFailure(name + ": cannot connect: " + e.getMessage(), e);
        }
        try {
            migrate(pool, Dialect.POSTGRESQL, schema, name);
        } catch (StoreFailure e) {
            pool.close();
            throw e;
        }
        return new JdbcEventStore(Dialect.POSTGRESQL, new PooledConnections(pool), new Rows(EventCodec.current(),
                name), name);
    }

    private static void migrate(DataSource source, Dialect dialect, String schema, String name) {
        try {
            var flyway = Flyway.configure().dataSource(source).locations(dialect.migrations())
                    .failOnMissingLocations(true);
            if (schema != null) {
                flyway = flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
            }
            flyway.load().migrate();
        } catch (FlywayException e) {
            throw new StoreFailure(name + ": cannot bring the schema up to date: " + e.getMessage(), e);
        }
    }

    /** A JDBC URL as messages show it: without its parameters, where passwords are. */
    static String withoutCredentials(String url) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        return base.replaceAll("//[^/@]*@", "//");
    }
}
