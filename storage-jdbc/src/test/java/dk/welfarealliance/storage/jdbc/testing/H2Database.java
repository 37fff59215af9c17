package dk.welfarealliance.storage.jdbc.testing;

import dk.welfarealliance.storage.jdbc.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An H2 in-memory database of its own, kept alive between connections by {@code DB_CLOSE_DELAY=-1} and shut
 * down (dropped) by {@link #close()}.
 */
public final class H2Database implements TestDatabase {
    private final String url;
    private final JdbcDataSource dataSource;
    private final Optional<String> schema;

    private H2Database(String url, Optional<String> schema) {
        this.url = url;
        this.dataSource = new JdbcDataSource();
        this.dataSource.setURL(url);
        this.schema = schema;
    }

    /** @param ownSchema whether the store's tables go in a schema of their own rather than PUBLIC */
    public static H2Database create(boolean ownSchema) {
        String name = "wa_" + UUID.randomUUID().toString().replace("-", "");
        return new H2Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                ownSchema ? Optional.of("wa_test_" + name.substring(3, 11)) : Optional.empty());
    }

    /** @return the JDBC URL */
    public String url() {
        return url;
    }

    @Override
    public Dialect dialect() {
        return Dialect.H2;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Optional<String> schema() {
        return schema;
    }

    @Override
    public void close() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            System.err.println("could not shut down the test database " + url + ": " + e);
        }
    }

    @Override
    public String toString() {
        return "H2";
    }
}
