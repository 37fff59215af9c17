package dk.welfarealliance.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where the store gets its connections: each operation calls {@link #acquire()} once and {@link
 * #release(Connection)} once with the same connection, whether it succeeded or not.
 *
 * <p>With {@link TransactionMode#CALLER_MANAGED} this is how the caller lends the store the connection of
 * its own transaction: {@code acquire} returns it, {@code release} typically does nothing. With {@link
 * TransactionMode#STORE_MANAGED} the store begins and ends a transaction on what {@code acquire} returns.
 *
 * <p>Implementations must be thread-safe if the store is used from several threads.
 *
 * @since 0.1.0
 */
public interface ConnectionProvider {

    /**
     * @return a connection for one operation of the store
     * @throws SQLException if none can be had; the store reports it as a storage error
     */
    Connection acquire() throws SQLException;

    /**
     * Takes back a connection that {@link #acquire()} returned, once the operation is over.
     *
     * @throws SQLException if releasing fails; the store logs it and does not change the operation's outcome
     */
    void release(Connection connection) throws SQLException;

    /**
     * @return a provider that takes connections from {@code dataSource} and closes them on release (for a
     *     pool, closing returns the connection to it)
     */
    static ConnectionProvider of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new ConnectionProvider() {
            @Override
            public Connection acquire() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void release(Connection connection) throws SQLException {
                connection.close();
            }
        };
    }
}
