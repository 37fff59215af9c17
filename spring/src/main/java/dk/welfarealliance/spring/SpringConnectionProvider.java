package dk.welfarealliance.spring;

import dk.welfarealliance.storage.jdbc.ConnectionProvider;
import dk.welfarealliance.storage.jdbc.TransactionMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Lends the JDBC store the connection that Spring has bound to the current transaction for {@code dataSource}
 * ({@link DataSourceUtils#doGetConnection}), and hands it back with {@link DataSourceUtils#doReleaseConnection},
 * which leaves a transaction's connection open for the transaction and closes any other. For a store with
 * {@link TransactionMode#CALLER_MANAGED}: its statements then commit and roll back with the Spring
 * transaction ({@code @Transactional}, {@code TransactionTemplate}) run by a transaction manager over the same
 * {@code DataSource} ({@code DataSourceTransactionManager}, {@code JdbcTransactionManager},
 * {@code JpaTransactionManager}).
 *
 * <p>Outside a transaction it gets a fresh connection from {@code dataSource} (autoCommit on, so the store
 * refuses to write on it); {@link SpringJdbcAllianceStore} therefore uses this provider only while a
 * transaction is active. Thread-safe.
 *
 * @since 0.1.0
 */
public final class SpringConnectionProvider implements ConnectionProvider {
    private final DataSource dataSource;

    /**
     * @param dataSource the data source of the Spring transaction manager whose transactions the store joins
     * @throws NullPointerException if {@code dataSource} is null
     */
    public SpringConnectionProvider(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * @return the connection of the current Spring transaction on the data source, or a new one if there is none
     * @throws SQLException if the data source gives none
     */
    @Override
    public Connection acquire() throws SQLException {
        return DataSourceUtils.doGetConnection(dataSource);
    }

    /**
     * Hands {@code connection} back to Spring: kept open if it belongs to the current transaction, closed
     * otherwise.
     *
     * @throws SQLException if closing fails
     */
    @Override
    public void release(Connection connection) throws SQLException {
        DataSourceUtils.doReleaseConnection(connection, dataSource);
    }

    @Override
    public String toString() {
        return "SpringConnectionProvider[" + dataSource.getClass().getSimpleName() + "]";
    }
}
