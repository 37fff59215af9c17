package dk.welfarealliance.storage.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.welfarealliance.storage.jdbc.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: {@code WA_POSTGRES_URL}, by default
 * {@value #DEFAULT_URL}. When it does not answer, PostgreSQL tests are skipped with a message naming the
 * variable, unless {@code WA_REQUIRE_POSTGRES=true} (CI: {@code .ci/run} sets it), which makes them fail.
 * Each {@link #createDatabase()} makes a schema of its own and drops it when closed.
 */
public final class PostgresServer {
    /** The URL used when {@code WA_POSTGRES_URL} is not set. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final String url;
    private final Optional<String> unavailable;

    private PostgresServer(String url, Optional<String> unavailable) {
        this.url = url;
        this.unavailable = unavailable;
    }

    /** Probed once per JVM. */
    private static final class Holder {
        static final PostgresServer INSTANCE = probe();
    }

    /** @return the server, probed on first use */
    public static PostgresServer get() {
        return Holder.INSTANCE;
    }

    private static PostgresServer probe() {
        String configured = System.getenv("WA_POSTGRES_URL");
        String url = configured == null || configured.isBlank() ? DEFAULT_URL : configured;
        try (Connection c = DriverManager.getConnection(url)) {
            c.isValid(5);
            return new PostgresServer(url, Optional.empty());
        } catch (SQLException e) {
            String message = "PostgreSQL does not answer at " + withoutParameters(url) + " (" + e.getMessage()
                    + "): set WA_POSTGRES_URL to a server's JDBC URL";
            System.err.println("[welfare-alliance] " + message + (required()
                    ? "; WA_REQUIRE_POSTGRES=true makes the PostgreSQL tests fail"
                    : "; PostgreSQL tests are skipped"));
            return new PostgresServer(url, Optional.of(message));
        }
    }

    private static boolean required() {
        return "true".equals(System.getenv("WA_REQUIRE_POSTGRES"));
    }

    /** @return the JDBC URL */
    public String url() {
        return url;
    }

    /**
     * Skips the calling test when the server does not answer, or fails it where {@code WA_REQUIRE_POSTGRES=true}.
     */
    public void assumeAvailable() {
        if (unavailable.isPresent()) {
            if (required()) {
                throw new IllegalStateException(unavailable.get() + "; WA_REQUIRE_POSTGRES=true makes this a failure");
            }
            Assumptions.abort(unavailable.get() + "; PostgreSQL tests are skipped");
        }
    }

    /** @return a new schema of its own, with a small pool; skips or fails the test if there is no server */
    public TestDatabase createDatabase() {
        assumeAvailable();
        String schema = "wa_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(1);
        config.setPoolName("pg-" + schema);
        return new PostgresDatabase(schema, new HikariDataSource(config));
    }

    /** @return a new, empty schema name, created; the caller drops it with {@link #dropSchema} */
    public String createSchema() {
        assumeAvailable();
        String schema = "wa_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    /** Drops {@code schema} and everything in it. */
    public void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test setup failed: " + sql, e);
        }
    }

    private static String withoutParameters(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private final class PostgresDatabase implements TestDatabase {
        private final String schema;
        private final HikariDataSource pool;

        PostgresDatabase(String schema, HikariDataSource pool) {
            this.schema = schema;
            this.pool = pool;
        }

        @Override
        public Dialect dialect() {
            return Dialect.POSTGRESQL;
        }

        @Override
        public DataSource dataSource() {
            return pool;
        }

        @Override
        public Optional<String> schema() {
            return Optional.of(schema);
        }

        @Override
        public void close() {
            pool.close();
            try {
                dropSchema(schema);
            } catch (IllegalStateException e) {
                System.err.println("could not drop the test schema " + schema + ": " + e.getCause());
            }
        }

        @Override
        public String toString() {
            return "PostgreSQL";
        }
    }
}
