package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.jdbc.ConnectionProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions the store owns: autoCommit off, reads read-only at the dialect's snapshot level, writes at the
 * connection's own level (read committed by default; the version check and the row lock, not the isolation level,
 * guard against lost updates, and a higher level only adds serialization failures, which are transient); commit
 * on success, rollback on any failure, and the connection's autoCommit, read-only flag and isolation level
 * restored before it is released. A transient failure of the commit itself means the outcome is unknown.
 *
 * <p>If neither the commit nor the rollback went through, the settings are left alone: turning autoCommit
 * back on would commit what the failed transaction left. The connection is released as it is, and the pool
 * (or, for a plain data source, the server on close) discards the transaction.
 */
final class StoreManagedTransactions implements Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(StoreManagedTransactions.class);

    private final ConnectionProvider connections;
    private final SqlDialect dialect;

    StoreManagedTransactions(ConnectionProvider connections, SqlDialect dialect) {
        this.connections = connections;
        this.dialect = dialect;
    }

    @Override
    public <T> T read(String what, ReadWork<T> work) {
        Optional<String> prologue = dialect.readPrologue();
        return run(what, c -> dialect.beginRead(c), c -> work.run(c, prologue));
    }

    @Override
    public <T> T write(String what, Work<T> work) {
        // autoCommit off, nothing else: a write needs no particular isolation level (the row lock and the version
        // check guard against lost updates at any level), and asking for the level costs PostgreSQL a round trip
        return run(what, ConnectionSettings::autoCommitOff, work);
    }

    /** How a transaction starts on a connection, and what it changed there. */
    private interface Begin {
        ConnectionSettings begin(Connection c) throws SQLException;
    }

    private <T> T run(String what, Begin start, Work<T> work) {
        Connection c = Connections.acquire(connections, what);
        try {
            ConnectionSettings saved = begin(c, what, start);
            Transaction<T> transaction = new Transaction<>(c, what);
            try {
                return transaction.run(work);
            } finally {
                if (transaction.ended) {
                    saved.restore(c, what);
                } else {
                    LOG.debug("the transaction of {} did not end; its connection is released as it is", what);
                }
            }
        } finally {
            Connections.release(connections, c, what);
        }
    }

    private static ConnectionSettings begin(Connection c, String what, Begin start) {
        try {
            return start.begin(c);
        } catch (SQLException e) {
            throw SqlErrors.classify(e, what, false);
        }
    }

    /** One transaction on one connection; knows whether it ended by a commit or a rollback. */
    private static final class Transaction<T> {
        private final Connection c;
        private final String what;
        private boolean ended;

        Transaction(Connection c, String what) {
            this.c = c;
            this.what = what;
        }

        T run(Work<T> work) {
            T result;
            try {
                result = work.run(c);
            } catch (SQLException e) {
                rollback(e);
                throw SqlErrors.classify(e, what, false);
            } catch (RuntimeException | Error e) {
                rollback(e);
                throw e;
            }
            try {
                c.commit();
                ended = true;
            } catch (SQLException e) {
                rollback(e);
                throw SqlErrors.classify(e, what, true);
            }
            return result;
        }

        private void rollback(Throwable failure) {
            try {
                c.rollback();
                ended = true;
            } catch (SQLException | RuntimeException e) {
                // The operation already failed; a failed rollback (a broken connection, typically) travels with it.
                failure.addSuppressed(e);
            }
        }
    }
}
