package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.StorageException;
import dk.welfarealliance.storage.jdbc.ConnectionProvider;
import dk.welfarealliance.storage.jdbc.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * What differs between the databases, and nothing else: the SQL itself is shared (both speak
 * {@code = ANY(?)}, {@code LIMIT ?}, {@code NULLS LAST}), and the scripts differ only in collation.
 */
public interface SqlDialect {

    /** @return the public name of this dialect */
    Dialect dialect();

    /**
     * Starts a store-managed read on {@code connection}: autoCommit off and, unless the dialect has a {@link
     * #readPrologue()} that the read's first statement carries instead, read-only at the lowest isolation level
     * at which all statements of one transaction see one committed version.
     *
     * @return what to put back on the connection once the transaction has ended
     */
    ConnectionSettings beginRead(Connection connection) throws SQLException;

    /**
     * @return the statement that a store-managed read sends before its first query, in the same round trip (the
     *     two joined by {@link Statements#prologue}), to make the transaction read-only at that
     *     level; empty where {@link #beginRead} sets both on the connection
     */
    default Optional<String> readPrologue() {
        return Optional.empty();
    }

    /**
     * @return whether several queries can be sent as one statement, their results read one after the other:
     *     one round trip for all of them (PostgreSQL); otherwise each query is a statement of its own (H2, in
     *     process, has no round trips to save)
     */
    boolean sendsQueriesTogether();

    /**
     * @return the name of the constraint a unique violation reports in structured form, if the driver gives
     *     one (never parsed from the message)
     */
    Optional<String> violatedConstraint(SQLException error);

    /**
     * @return whether a transaction can still run statements after one of them failed, so that the key of a
     *     unique violation can be looked up (H2); PostgreSQL aborts the whole transaction
     */
    boolean continuesAfterError();

    /** @return {@code identifier} (unquoted in SQL) in the case the database stores it in */
    String folded(String identifier);

    /**
     * Makes {@code schema} the current schema for the rest of the transaction on {@code connection}, so that
     * a script's unqualified names land in it.
     *
     * @return what restores the previous current schema, if anything must
     */
    ScriptSchema useSchema(Connection connection, String schema) throws SQLException;

    /** Undoes {@link #useSchema}. */
    interface ScriptSchema {
        /** Restores the current schema that was in place before. */
        void restore() throws SQLException;
    }

    /** @return the dialect of {@code dialect} */
    static SqlDialect of(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> new PostgresDialect();
            case H2 -> new H2Dialect();
        };
    }

    /**
     * @return the dialect of the database {@code connections} connect to, from one connection's metadata
     * @throws StorageException if it is neither PostgreSQL nor H2, or (classified) if the metadata cannot be read
     */
    static Dialect detect(ConnectionProvider connections) {
        String what = "detection of the database";
        Connection c = Connections.acquire(connections, what);
        try {
            return detect(c.getMetaData());
        } catch (SQLException e) {
            throw SqlErrors.classify(e, what, false);
        } finally {
            Connections.release(connections, c, what);
        }
    }

    /**
     * @return the dialect of the database behind {@code metaData}
     * @throws StorageException if it is neither PostgreSQL nor H2
     */
    static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName();
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.equals("postgresql")) {
            return Dialect.POSTGRESQL;
        }
        if (name.equals("h2")) {
            return Dialect.H2;
        }
        throw new StorageException("the JDBC store supports PostgreSQL and H2, not \"" + product
                + "\": use one of them, or another AllianceStore");
    }
}
