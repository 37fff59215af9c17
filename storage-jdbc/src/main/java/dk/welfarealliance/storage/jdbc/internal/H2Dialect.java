package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.jdbc.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** H2 2.x. Refers to no H2 class: everything here is plain JDBC. */
final class H2Dialect implements SqlDialect {
    /** H2's own isolation level SNAPSHOT; java.sql.Connection has no constant for it. */
    static final int SNAPSHOT = 6;

    @Override
    public Dialect dialect() {
        return Dialect.H2;
    }

    @Override
    public boolean sendsQueriesTogether() {
        return false;
    }

    /** Read-only at H2's {@link #SNAPSHOT} level. */
    @Override
    public ConnectionSettings beginRead(Connection connection) throws SQLException {
        // H2's repeatable read takes a snapshot of each table when the transaction first reads it, so two
        // statements could see two versions; its snapshot level takes one snapshot for the whole transaction
        // (serializable does too, but made the TCK's concurrent read-write cases markedly slower).
        return ConnectionSettings.apply(connection, true, SNAPSHOT);
    }

    @Override
    public Optional<String> violatedConstraint(SQLException error) {
        // H2 names the constraint only inside the message text, which is never parsed.
        return Optional.empty();
    }

    @Override
    public boolean continuesAfterError() {
        return true;
    }

    @Override
    public String folded(String identifier) {
        return identifier.toUpperCase(Locale.ROOT);
    }

    @Override
    public ScriptSchema useSchema(Connection connection, String schema) throws SQLException {
        String previous = connection.getSchema();
        connection.setSchema(folded(schema));
        return () -> connection.setSchema(previous);
    }
}
