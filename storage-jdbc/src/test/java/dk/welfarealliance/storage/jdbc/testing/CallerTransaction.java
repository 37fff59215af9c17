package dk.welfarealliance.storage.jdbc.testing;

import dk.welfarealliance.storage.jdbc.ConnectionProvider;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A caller's transaction lent to a caller-managed store: one connection with autoCommit off, which {@link
 * #acquire()} hands out and {@link #release(Connection)} leaves alone; the test commits or rolls back.
 */
public final class CallerTransaction implements ConnectionProvider, AutoCloseable {
    private final Connection connection;

    private CallerTransaction(Connection connection) {
        this.connection = connection;
    }

    /** @return a transaction on a new connection of {@code dataSource} */
    public static CallerTransaction begin(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        return new CallerTransaction(c);
    }

    /** @return the caller's connection */
    public Connection connection() {
        return connection;
    }

    @Override
    public Connection acquire() {
        return connection;
    }

    @Override
    public void release(Connection released) {
        // the caller's connection stays open: the caller ends the transaction
    }

    public void commit() throws SQLException {
        connection.commit();
    }

    public void rollback() throws SQLException {
        connection.rollback();
    }

    /** Rolls back whatever is still open and closes the connection. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
