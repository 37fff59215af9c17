package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.jdbc.ConnectionProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The caller's transactions: the store runs its statements on the caller's connection and never commits,
 * rolls back, closes it or sets its autoCommit, read-only flag or isolation level. After a failure it
 * rethrows; rolling back is the caller's decision (and on PostgreSQL its only option: the server aborts the
 * whole transaction on any error, while H2 undoes only the failed statement).
 */
final class CallerManagedTransactions implements Transactions {
    private final ConnectionProvider connections;

    CallerManagedTransactions(ConnectionProvider connections) {
        this.connections = connections;
    }

    @Override
    public <T> T read(String what, ReadWork<T> work) {
        return run(what, false, c -> work.run(c, Optional.empty()));
    }

    /**
     * @throws IllegalStateException if the connection has autoCommit on: each statement would commit on its
     *     own and the write could be left half done
     */
    @Override
    public <T> T write(String what, Work<T> work) {
        return run(what, true, work);
    }

    private <T> T run(String what, boolean write, Work<T> work) {
        Connection c = Connections.acquire(connections, what);
        try {
            if (write && c.getAutoCommit()) {
                throw new IllegalStateException(what + " needs the caller's transaction, but the connection has "
                        + "autoCommit on: begin a transaction (setAutoCommit(false)) before writing through a "
                        + "caller-managed store");
            }
            return work.run(c);
        } catch (SQLException e) {
            throw SqlErrors.classify(e, what, false);
        } finally {
            Connections.release(connections, c, what);
        }
    }
}
