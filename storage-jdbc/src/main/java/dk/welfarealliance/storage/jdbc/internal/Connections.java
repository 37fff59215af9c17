package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.jdbc.ConnectionProvider;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Acquiring and releasing through a {@link ConnectionProvider}, with the store's error handling. */
final class Connections {
    private static final Logger LOG = LoggerFactory.getLogger(Connections.class);

    private Connections() {}

    /** @throws dk.welfarealliance.storage.StorageException (classified) if no connection can be had */
    static Connection acquire(ConnectionProvider connections, String what) {
        Connection c;
        try {
            c = connections.acquire();
        } catch (SQLException e) {
            throw SqlErrors.classify(e, what, false);
        }
        if (c == null) {
            throw new IllegalStateException("the ConnectionProvider returned no connection for " + what);
        }
        return c;
    }

    /** Releases {@code c}; a failure does not change the operation's outcome and is logged. */
    static void release(ConnectionProvider connections, Connection c, String what) {
        try {
            connections.release(c);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("releasing the connection of {} failed (SQLState {}); the operation's outcome stands", what,
                    e instanceof SQLException s ? s.getSQLState() : "none", e);
        }
    }
}
