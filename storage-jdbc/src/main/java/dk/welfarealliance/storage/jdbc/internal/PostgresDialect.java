package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.jdbc.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL. The only class that refers to the PostgreSQL driver; it is loaded only when the dialect is
 * PostgreSQL, so an H2-only application never needs that driver.
 */
final class PostgresDialect implements SqlDialect {

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    /**
     * Only autoCommit off: the level and the read-only flag come with the read's first query ({@link
     * #readPrologue()}), in the round trip that also carries the driver's {@code BEGIN}, instead of reading, setting
     * and afterwards restoring the session's settings, which takes three round trips more; nothing of the pooled
     * connection's own settings is changed.
     */
    @Override
    public ConnectionSettings beginRead(Connection connection) throws SQLException {
        return ConnectionSettings.autoCommitOff(connection);
    }

    @Override
    public Optional<String> readPrologue() {
        // PostgreSQL's repeatable read takes one snapshot at the first statement of the transaction.
        return Optional.of("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }

    @Override
    public boolean sendsQueriesTogether() {
        return true;
    }

    @Override
    public Optional<String> violatedConstraint(SQLException error) {
        // PostgreSQL aborts the transaction on any error, so the key is taken from the constraint name the
        // server reports in a field of its own instead of from a second query.
        for (SQLException e = error; e != null; e = e.getNextException()) {
            if (e instanceof PSQLException p) {
                ServerErrorMessage message = p.getServerErrorMessage();
                if (message != null && message.getConstraint() != null) {
                    return Optional.of(message.getConstraint());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean continuesAfterError() {
        return false;
    }

    @Override
    public String folded(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }

    @Override
    public ScriptSchema useSchema(Connection connection, String schema) throws SQLException {
        // SET LOCAL ends with the transaction: nothing to restore, and a pooled connection keeps its search_path.
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL search_path TO " + schema);
        }
        return () -> { };
    }
}
