package dk.welfarealliance.spring.boot.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own on the PostgreSQL server at {@code WA_POSTGRES_URL} (default
 * {@value #DEFAULT_URL}), dropped on {@link #close()}. Without a server the test is skipped, or fails where
 * {@code WA_REQUIRE_POSTGRES=true}. (A small copy of storage-jdbc's test helper.)
 */
public final class PostgresSchema implements AutoCloseable {
    /** The URL used when {@code WA_POSTGRES_URL} is not set. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final String url;
    private final String name;
    private final HikariDataSource pool;

    private PostgresSchema(String url, String name, HikariDataSource pool) {
        this.url = url;
        this.name = name;
        this.pool = pool;
    }

    /** @return a new schema and a small pool on the server; skips or fails the test if there is none */
    public static PostgresSchema create() {
        String configured = System.getenv("WA_POSTGRES_URL");
        String url = configured == null || configured.isBlank() ? DEFAULT_URL : configured;
        String name = "wa_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            execute(url, "CREATE SCHEMA " + name);
        } catch (SQLException e) {
            String message = "PostgreSQL does not answer at WA_POSTGRES_URL (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("WA_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(message + "; WA_REQUIRE_POSTGRES=true makes this a failure", e);
            }
            Assumptions.abort(message + "; PostgreSQL tests are skipped");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("pg-" + name);
        return new PostgresSchema(url, name, new HikariDataSource(config));
    }

    /** @return the schema's name */
    public String name() {
        return name;
    }

    /** @return a pool on the server (its connections' current schema is the default one) */
    public DataSource dataSource() {
        return pool;
    }

    /** Closes the pool and drops the schema. */
    @Override
    public void close() {
        pool.close();
        try {
            execute(url, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } catch (SQLException e) {
            System.err.println("could not drop the test schema " + name + ": " + e);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
