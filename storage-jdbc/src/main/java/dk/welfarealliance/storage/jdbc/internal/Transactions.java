package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.StorageException;
import dk.welfarealliance.storage.jdbc.ConnectionProvider;
import dk.welfarealliance.storage.jdbc.TransactionMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Runs one operation of the store on one connection, in a transaction the store owns or in the caller's.
 * Either way an {@link SQLException} leaves as a classified {@link StorageException} ({@link SqlErrors})
 * with the error as its cause, and other exceptions leave unchanged.
 */
public interface Transactions {

    /** The statements of one operation. */
    @FunctionalInterface
    interface Work<T> {
        /** @return the operation's result */
        T run(Connection connection) throws SQLException;
    }

    /** The statements of one read. */
    @FunctionalInterface
    interface ReadWork<T> {
        /**
         * @param prologue the statement the read's first statement must carry before its own SQL, in the same
         *     text ({@link SqlDialect#readPrologue()}), to start the transaction as a store-managed read needs;
         *     empty where there is none to send (H2, or the caller's transaction)
         * @return the operation's result
         */
        T run(Connection connection, Optional<String> prologue) throws SQLException;
    }

    /**
     * Runs {@code work}, which only reads, so that all its statements see one committed version (in a
     * store-managed transaction; in the caller's, as the caller's isolation level allows).
     *
     * @param what the operation, for error messages; never personal data
     */
    <T> T read(String what, ReadWork<T> work);

    /** Runs {@code work}, which writes, atomically: all of it or, after any failure, none of it. */
    <T> T write(String what, Work<T> work);

    /** @return the transactions of {@code mode} over {@code connections} */
    static Transactions of(ConnectionProvider connections, TransactionMode mode, SqlDialect dialect) {
        return mode == TransactionMode.STORE_MANAGED
                ? new StoreManagedTransactions(connections, dialect)
                : new CallerManagedTransactions(connections);
    }
}
