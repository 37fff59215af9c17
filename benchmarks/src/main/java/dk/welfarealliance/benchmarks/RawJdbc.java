package dk.welfarealliance.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The baselines: what a careful hand-written JDBC program does for the same work as the store, in the fewest
 * round trips and in one transaction each (autoCommit off, then commit; the pool restores autoCommit).
 * <ul>
 *   <li>load: the alliance row, then one query per child table (17): at most one query per table; on
 *       PostgreSQL all of them, after {@code SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY} (one
 *       snapshot for all, as the store reads), as one statement: one round trip, then the commit;
 *   <li>insert: the alliance row, then one batch per child table that has rows;
 *   <li>update of one agreement's title: the {@code UPDATE} of that agreement row and the versioned
 *       {@code UPDATE} of the alliance row, nothing else.
 * </ul>
 */
final class RawJdbc {
    private static final String UPDATE_TITLE =
            "UPDATE wa_agreement SET title = ?, title_search = ? WHERE alliance_id = ? AND id = ?";
    private static final String UPDATE_VERSION =
            "UPDATE wa_alliance SET version = ?, last_modified = ? WHERE id = ? AND version = ?";

    private RawJdbc() {}

    /**
     * @param together whether to send all queries as one statement (PostgreSQL), or one by one (H2, in process)
     * @return the rows of the alliance {@code id}, or null if there is none
     */
    static RawRows load(Connection c, UUID id, boolean together) throws SQLException {
        return together ? loadTogether(c, id) : load(c, id);
    }

    /** @return the rows of the alliance {@code id}, or null if there is none: one query per table */
    static RawRows load(Connection c, UUID id) throws SQLException {
        c.setAutoCommit(false);
        try {
            List<Object[]> root = query(c, RawSchema.ALLIANCE, id);
            if (root.isEmpty()) {
                c.commit();
                return null;
            }
            List<List<Object[]>> children = new ArrayList<>(RawSchema.CHILDREN.size());
            for (RawTable t : RawSchema.CHILDREN) {
                children.add(query(c, t, id));
            }
            c.commit();
            return new RawRows(root.get(0), children);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static final String TOGETHER = together();

    private static String together() {
        StringBuilder sql = new StringBuilder("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;\n");
        sql.append(RawSchema.ALLIANCE.selectSql()).append(";\n");
        for (RawTable t : RawSchema.CHILDREN) {
            sql.append(t.selectSql()).append(";\n");
        }
        return sql.toString();
    }

    /** @return the rows of the alliance {@code id}, or null if there is none: one statement for all tables */
    static RawRows loadTogether(Connection c, UUID id) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(TOGETHER)) {
            for (int i = 1; i <= 1 + RawSchema.CHILDREN.size(); i++) {
                ps.setObject(i, id);
            }
            boolean isResultSet = ps.execute();
            while (!isResultSet) { // the SET TRANSACTION's update count
                isResultSet = ps.getMoreResults();
            }
            List<Object[]> root;
            try (ResultSet rs = ps.getResultSet()) {
                root = RawSchema.ALLIANCE.readAll(rs);
            }
            List<List<Object[]>> children = new ArrayList<>(RawSchema.CHILDREN.size());
            for (RawTable t : RawSchema.CHILDREN) {
                ps.getMoreResults();
                try (ResultSet rs = ps.getResultSet()) {
                    children.add(t.readAll(rs));
                }
            }
            c.commit();
            return root.isEmpty() ? null : new RawRows(root.get(0), children);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static List<Object[]> query(Connection c, RawTable t, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(t.selectSql())) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return t.readAll(rs);
            }
        }
    }

    /** Inserts {@code rows}: the alliance row, then a batch per child table that has rows. */
    static void insert(Connection c, RawRows rows) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (PreparedStatement ps = c.prepareStatement(RawSchema.ALLIANCE.insertSql())) {
                RawSchema.ALLIANCE.bind(ps, rows.alliance);
                ps.executeUpdate();
            }
            for (int i = 0; i < RawSchema.CHILDREN.size(); i++) {
                List<Object[]> table = rows.children.get(i);
                if (table.isEmpty()) {
                    continue;
                }
                RawTable t = RawSchema.CHILDREN.get(i);
                try (PreparedStatement ps = c.prepareStatement(t.insertSql())) {
                    for (Object[] row : table) {
                        t.bind(ps, row);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * Moves the alliance from {@code version} to {@code version + 1} and sets the title of one agreement.
     *
     * @throws IllegalStateException if the alliance is not at {@code version}
     */
    static void updateTitle(Connection c, UUID alliance, UUID agreement, String title, String titleSearch,
            long version, Instant lastModified) throws SQLException {
        c.setAutoCommit(false);
        try {
            // the versioned update first: it locks the alliance row, as every writer of the store does
            try (PreparedStatement ps = c.prepareStatement(UPDATE_VERSION)) {
                ps.setLong(1, version + 1);
                ps.setObject(2, OffsetDateTime.ofInstant(lastModified, ZoneOffset.UTC));
                ps.setObject(3, alliance);
                ps.setLong(4, version);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("alliance " + alliance + " is not at version " + version);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(UPDATE_TITLE)) {
                ps.setString(1, title);
                ps.setString(2, titleSearch);
                ps.setObject(3, alliance);
                ps.setObject(4, agreement);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Deletes the alliance {@code id} and, by cascade, its children: the benchmarks' clean-up, never measured. */
    static void delete(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM wa_alliance WHERE id = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
        }
    }
}
