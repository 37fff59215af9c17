package dk.welfarealliance.storage.jdbc.testing;

import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A database of one test run: its own H2 in-memory database, or its own schema on the PostgreSQL server of
 * {@link PostgresServer}; {@link #close()} drops it. Never assumes anything else about the database.
 */
public interface TestDatabase extends AutoCloseable {

    /** @return the dialect */
    Dialect dialect();

    /** @return connections to the database, with the defaults of its driver (autoCommit on) */
    DataSource dataSource();

    /** @return the schema made for this run, if any (the store must be configured with it) */
    Optional<String> schema();

    /** @return a configuration for this database: its schema, tables created if missing */
    default JdbcStoreConfig.Builder config() {
        JdbcStoreConfig.Builder b = JdbcStoreConfig.builder().schemaMode(SchemaMode.CREATE_IF_MISSING);
        schema().ifPresent(b::schema);
        return b;
    }

    /** Runs {@code sql} on a connection of its own, autoCommit on. */
    default void execute(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test setup failed: " + sql, e);
        }
    }

    /** @return {@code table} qualified with this run's schema, e.g. {@code wa_test_ab12.wa_alliance} */
    default String qualified(String table) {
        return schema().map(s -> s + ".").orElse("") + table;
    }

    /** Drops the database or schema; never throws. */
    @Override
    void close();

    /**
     * @return a new database of {@code dialect}, in a schema of its own; for PostgreSQL the test is skipped
     *     (or fails, where {@code WA_REQUIRE_POSTGRES=true}) when no server answers
     */
    static TestDatabase open(Dialect dialect) {
        return dialect == Dialect.H2 ? H2Database.create(true) : PostgresServer.get().createDatabase();
    }
}
