package dk.welfarealliance.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The autoCommit, read-only and isolation settings a store-managed transaction changed on a connection, to
 * put back afterwards. Only what differs is changed, so a pooled connection that already has the right
 * settings costs no extra round trip.
 */
final class ConnectionSettings {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSettings.class);

    private final boolean restoreAutoCommit;
    private final Boolean previousReadOnly;
    private final Integer previousIsolation;

    private ConnectionSettings(boolean restoreAutoCommit, Boolean previousReadOnly, Integer previousIsolation) {
        this.restoreAutoCommit = restoreAutoCommit;
        this.previousReadOnly = previousReadOnly;
        this.previousIsolation = previousIsolation;
    }

    /** Turns autoCommit off, and nothing else; returns what to put back. */
    static ConnectionSettings autoCommitOff(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        if (autoCommit) {
            c.setAutoCommit(false);
        }
        return new ConnectionSettings(autoCommit, null, null);
    }

    /**
     * Turns autoCommit off and sets {@code readOnly} and {@code isolation}; returns what to put back. If a
     * setting fails, what was already changed is put back before the error is thrown.
     */
    static ConnectionSettings apply(Connection c, boolean readOnly, int isolation) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        if (autoCommit) {
            c.setAutoCommit(false);
        }
        ConnectionSettings changed = new ConnectionSettings(autoCommit, null, null);
        try {
            int currentIsolation = c.getTransactionIsolation();
            if (currentIsolation != isolation) {
                c.setTransactionIsolation(isolation);
                changed = new ConnectionSettings(autoCommit, null, currentIsolation);
            }
            boolean currentReadOnly = c.isReadOnly();
            if (currentReadOnly != readOnly) {
                c.setReadOnly(readOnly);
                changed = new ConnectionSettings(autoCommit, currentReadOnly, changed.previousIsolation);
            }
            return changed;
        } catch (SQLException | RuntimeException e) {
            changed.restore(c, "a failed transaction start");
            throw e;
        }
    }

    /**
     * Puts back what {@link #apply} changed; the transaction is over by now. A failure is logged, not thrown:
     * the operation's outcome stands, and a connection that cannot be reset is one its pool should discard.
     */
    void restore(Connection c, String what) {
        try {
            if (c.isClosed()) {
                return; // a pool or the driver closed a broken connection: nothing left to restore
            }
            if (previousReadOnly != null) {
                c.setReadOnly(previousReadOnly);
            }
            if (previousIsolation != null) {
                c.setTransactionIsolation(previousIsolation);
            }
            if (restoreAutoCommit) {
                c.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("restoring the settings of the connection after {} failed; the operation's outcome stands", what, e);
        }
    }
}
