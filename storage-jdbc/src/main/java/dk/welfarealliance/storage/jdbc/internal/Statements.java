package dk.welfarealliance.storage.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Several SQL texts sent as one statement, where the dialect {@linkplain SqlDialect#sendsQueriesTogether() takes
 * that}: the PostgreSQL driver sends all of them, each with its parameters, in one round trip, and the server
 * runs them in order in the current transaction. Their results are read in the same order.
 */
final class Statements {
    private Statements() {}

    /** Reads one query's result. */
    @FunctionalInterface
    interface Reader {
        /** Reads the result of the query at {@code index} (0 for the first query). */
        void read(int index, ResultSet rs) throws SQLException;
    }

    /** @return {@code sql} preceded by {@code prologue}, if there is one, as one text */
    static String prologue(Optional<String> prologue, String sql) {
        return prologue.map(p -> p + ";\n" + sql).orElse(sql);
    }

    /** @return the texts as one, each ended by a semicolon */
    static String together(List<String> sqls) {
        StringBuilder joined = new StringBuilder();
        for (String sql : sqls) {
            joined.append(sql.strip()).append(";\n");
        }
        return joined.toString();
    }

    /**
     * Executes {@code ps} and hands {@code reader} the result sets of its {@code queries} queries in order,
     * skipping the update counts of statements without a result (a prologue).
     *
     * @throws SQLException also if the statement yields fewer result sets than {@code queries}: a bug
     */
    static void readAll(PreparedStatement ps, int queries, Reader reader) throws SQLException {
        boolean isResultSet = ps.execute();
        for (int i = 0; i < queries; i++) {
            while (!isResultSet) {
                if (ps.getUpdateCount() == -1) {
                    throw new SQLException("expected " + queries + " results, got " + i + " from " + ps);
                }
                isResultSet = ps.getMoreResults();
            }
            try (ResultSet rs = ps.getResultSet()) {
                reader.read(i, rs);
            }
            isResultSet = ps.getMoreResults();
        }
    }
}
