package dk.welfarealliance.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of one benchmark trial: a schema of its own on PostgreSQL ({@code WA_POSTGRES_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}) or a private in-memory H2 database, the store's
 * tables created in it, and a pool that both the library and its baselines take their connections from.
 * {@link #close()} drops the schema.
 */
final class BenchDatabase implements AutoCloseable {
    static final String POSTGRES_URL = System.getenv().getOrDefault("WA_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private final String db;
    private final String schema;
    private final HikariDataSource pool;
    private final JdbcAllianceStore store;

    private BenchDatabase(String db) {
        this.db = db;
        this.schema = "wa_bench_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        HikariConfig config = new HikariConfig();
        if (db.equals("postgresql")) {
            // reWriteBatchedInserts: one multi-row INSERT per batch, what hand-written JDBC on PostgreSQL uses
            config.setJdbcUrl(POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
            execute("CREATE SCHEMA " + schema);
        } else if (db.equals("h2")) {
            // QUERY_CACHE_SIZE: H2 keeps 8 parsed statements per session by default, fewer than the 18 distinct
            // statements of a load (the store's and the baseline's alike), so it would parse them all on every
            // load; docs/jdbc-store.md recommends this setting to H2 users
            config.setJdbcUrl("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=32");
        } else {
            throw new IllegalArgumentException("db must be h2 or postgresql, was " + db);
        }
        config.setMaximumPoolSize(2);
        config.setPoolName(schema);
        if (db.equals("postgresql")) {
            config.setSchema(schema); // the baselines' unqualified table names resolve here
        }
        this.pool = new HikariDataSource(config);
        this.store = JdbcAllianceStore.create(pool, storeConfig().build());
    }

    /** @return whether this is the PostgreSQL database (else H2) */
    boolean isPostgres() {
        return db.equals("postgresql");
    }

    /** @return a new database with the store's tables, empty; {@code db} is {@code h2} or {@code postgresql} */
    static BenchDatabase open(String db) {
        return new BenchDatabase(db);
    }

    private JdbcStoreConfig.Builder storeConfig() {
        JdbcStoreConfig.Builder b = JdbcStoreConfig.builder().schemaMode(SchemaMode.CREATE_IF_MISSING);
        return db.equals("postgresql") ? b.schema(schema) : b;
    }

    /** @return the store over this database */
    JdbcAllianceStore store() {
        return store;
    }

    /**
     * @return another store over this database that remembers no alliance ({@code rememberedAlliances(0)}): every
     *     read builds the aggregate from its rows, every update reads what it replaces first
     */
    JdbcAllianceStore forgetfulStore() {
        return JdbcAllianceStore.create(pool, storeConfig().schemaMode(SchemaMode.VALIDATE).rememberedAlliances(0)
                .build());
    }

    /** @return a pooled connection, for the baselines and for populating; the caller closes it */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Runs {@code sql} in its own transaction. */
    void run(String sql) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on " + db, e);
        }
    }

    @Override
    public void close() {
        pool.close();
        if (db.equals("postgresql")) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        } else {
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:" + schema);
                    Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot shut down H2 database " + schema, e);
            }
        }
    }

    private static void execute(String sql) {
        try (Connection c = java.sql.DriverManager.getConnection(POSTGRES_URL); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_URL.replaceAll("\\?.*", "")
                    + " refused: " + sql + " (is it running? set WA_POSTGRES_URL)", e);
        }
    }
}
