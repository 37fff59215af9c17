package dk.welfarealliance.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a write does to one child table: the rows to insert (new keys), to update (same key, other values)
 * and to delete (keys that are gone). Rows equal to the stored ones appear nowhere, so an update never
 * rewrites an unchanged row. Each of {@link #insert}, {@link #update} and {@link #delete} is one batch call
 * when it has rows and none when it has none, so that the statements of a write depend on which tables change,
 * never on how many rows they hold.
 */
final class TableChanges<R> {
    private final ChildTable<R> table;
    private final List<R> inserts;
    private final List<R> updates;
    private final List<R> deletes;

    private TableChanges(ChildTable<R> table, List<R> inserts, List<R> updates, List<R> deletes) {
        this.table = table;
        this.inserts = inserts;
        this.updates = updates;
        this.deletes = deletes;
    }

    /** @return the changes that store {@code rows} in a table that holds none of the alliance's rows yet */
    static <R> TableChanges<R> allNew(ChildTable<R> table, List<R> rows) {
        return new TableChanges<>(table, rows, List.of(), List.of());
    }

    /**
     * @return the changes that turn {@code stored} into {@code wanted}
     * @throws IllegalStateException if they need a statement the table does not have (an append-only table
     *     asked to change or lose a row): a bug, as callers check history first
     */
    static <R> TableChanges<R> between(ChildTable<R> table, List<R> stored, List<R> wanted) {
        Map<Object, R> storedByKey = new LinkedHashMap<>();
        stored.forEach(row -> storedByKey.put(table.keyOf(row), row));
        List<R> inserts = new ArrayList<>();
        List<R> updates = new ArrayList<>();
        for (R row : wanted) {
            R before = storedByKey.remove(table.keyOf(row));
            if (before == null) {
                inserts.add(row);
            } else if (!before.equals(row)) {
                updates.add(row);
            }
        }
        List<R> deletes = new ArrayList<>(storedByKey.values());
        if ((table.updateSql().isEmpty() && !updates.isEmpty()) || (table.deleteSql().isEmpty() && !deletes.isEmpty())) {
            throw new IllegalStateException("table " + table + " cannot change or lose a row; it only takes inserts");
        }
        return new TableChanges<>(table, inserts, updates, deletes);
    }

    List<R> inserts() {
        return inserts;
    }

    List<R> updates() {
        return updates;
    }

    List<R> deletes() {
        return deletes;
    }

    /** @return whether there is nothing to write */
    boolean isEmpty() {
        return inserts.isEmpty() && updates.isEmpty() && deletes.isEmpty();
    }

    /** One batch call, none if there are no rows to insert. */
    void insert(Connection c) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(table.insertSql())) {
            for (R row : inserts) {
                Binder b = new Binder(ps);
                table.bindKey(b, row);
                table.bindValues(b, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** One batch call, none if there are no rows to update. */
    void update(Connection c) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(table.updateSql().get())) {
            for (R row : updates) {
                Binder b = new Binder(ps);
                table.bindValues(b, row);
                table.bindKey(b, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** One batch call, none if there are no rows to delete. */
    void delete(Connection c) throws SQLException {
        if (deletes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(table.deleteSql().get())) {
            for (R row : deletes) {
                table.bindKey(new Binder(ps), row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
