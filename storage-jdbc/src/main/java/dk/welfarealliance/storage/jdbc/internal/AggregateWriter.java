package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.DuplicateAllianceException.Key;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.StorageException;
import dk.welfarealliance.storage.StoreContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Writes aggregates with a fixed number of statements, whatever the number of children: every child table
 * gets its batch call even when it has no rows (drivers send nothing for an empty batch), so that the count
 * depends on nothing but the operation. The caller runs them in one transaction.
 *
 * <ul>
 *   <li>insert, 18: the alliance row, then one insert batch per child table (17);
 *   <li>update, 65: the stored rows (18, as {@link AggregateReader}, the alliance row locked with {@code SELECT …
 *       FOR UPDATE}), {@code UPDATE … WHERE id = ? AND
 *       version = ?} with a row-count check (1), then per child table an insert batch (17), an update batch
 *       (13: not for the key-only focus-area, target-group and initiative-party tables, nor the append-only
 *       history) and a delete batch (16: not for history), each carrying only the rows that changed;
 *   <li>delete, 1: the alliance row; the children go by cascade.
 * </ul>
 *
 * A versioned {@code UPDATE} or {@code DELETE} that changes no row costs one more statement, which reads the
 * stored version for the exception; so does finding the key of a duplicate insert on H2.
 */
final class AggregateWriter {
    private final Tables tables;
    private final SqlDialect dialect;
    private final AggregateReader reader;

    AggregateWriter(Tables tables, SqlDialect dialect, AggregateReader reader) {
        this.tables = tables;
        this.dialect = dialect;
        this.reader = reader;
    }

    /** @throws DuplicateAllianceException if the id or the natural key is taken */
    Alliance insert(Connection c, Alliance alliance) throws SQLException {
        AllianceTable.Row row = AllianceTable.rowOf(alliance, 1);
        try {
            tables.alliance.insert(c, row);
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw duplicate(c, row, e);
            }
            throw e;
        }
        ChildRows rows = ChildRows.of(tables, alliance);
        for (ChildTable<?> table : tables.children()) {
            allNew(table, rows).insert(c);
        }
        return alliance.withVersion(1);
    }

    /** @throws OptimisticLockException if the stored version is not {@code alliance}'s or nothing is stored */
    Alliance update(Connection c, Alliance alliance) throws SQLException {
        AllianceId id = alliance.getId();
        long expected = alliance.getVersion();
        // Lock first: a writer racing this one waits here, and what is read next is one committed version.
        AggregateReader.Stored stored = reader.loadRowsForUpdate(c, id.value())
                .orElseThrow(() -> new OptimisticLockException(id, expected, OptionalLong.empty()));
        if (stored.root().version() != expected) {
            throw new OptimisticLockException(id, expected, OptionalLong.of(stored.root().version()));
        }
        StoreContract.checkUpdateAgainst(reader.assemble(stored), alliance);
        long next = expected + 1;
        // Under the lock this check cannot fail; it stays, as the last word on lost updates, whatever else changes.
        if (tables.alliance.update(c, AllianceTable.rowOf(alliance, next), expected) != 1) {
            throw lockFailure(c, id, expected);
        }
        ChildRows wanted = ChildRows.of(tables, alliance);
        List<TableChanges<?>> changes = new ArrayList<>();
        for (ChildTable<?> table : tables.children()) {
            changes.add(changes(table, stored.children(), wanted));
        }
        // Parents first for inserts and updates, children first for deletes: every foreign key holds throughout.
        for (TableChanges<?> change : changes) {
            change.insert(c);
        }
        for (TableChanges<?> change : changes) {
            change.update(c);
        }
        for (int i = changes.size() - 1; i >= 0; i--) {
            changes.get(i).delete(c);
        }
        return alliance.withVersion(next);
    }

    /** @throws OptimisticLockException if the stored version is not {@code expectedVersion} or nothing is stored */
    void delete(Connection c, AllianceId id, long expectedVersion) throws SQLException {
        if (tables.alliance.delete(c, id.value(), expectedVersion) != 1) {
            throw lockFailure(c, id, expectedVersion);
        }
    }

    private OptimisticLockException lockFailure(Connection c, AllianceId id, long expected) throws SQLException {
        return new OptimisticLockException(id, expected, tables.alliance.selectVersion(c, id.value()));
    }

    /**
     * @return which key a unique violation on the alliance table hit: from the constraint name the driver
     *     reports in structured form, or, where the transaction survived the error (H2), from a lookup (one
     *     statement); a violation of any other unique constraint is an integrity error
     */
    private StorageException duplicate(Connection c, AllianceTable.Row row, SQLException e) throws SQLException {
        Optional<String> constraint = dialect.violatedConstraint(e);
        Optional<Key> key = constraint.isPresent() ? keyOf(constraint.get())
                : dialect.continuesAfterError() ? keyByLookup(c, row) : Optional.empty();
        AllianceId id = AllianceId.of(row.id());
        return key.<StorageException>map(k -> new DuplicateAllianceException(id, k, e))
                .orElseGet(() -> SqlErrors.classify(e, "insert of alliance " + id, false));
    }

    private Optional<Key> keyOf(String constraint) {
        if (tables.alliance.isPrimaryKey(constraint)) {
            return Optional.of(Key.ID);
        }
        return tables.alliance.isNaturalKey(constraint) ? Optional.of(Key.NATURAL_KEY) : Optional.empty();
    }

    private Optional<Key> keyByLookup(Connection c, AllianceTable.Row row) throws SQLException {
        List<UUID> colliding = tables.alliance.selectColliding(c, row);
        if (colliding.contains(row.id())) {
            return Optional.of(Key.ID);
        }
        return colliding.isEmpty() ? Optional.empty() : Optional.of(Key.NATURAL_KEY);
    }

    private static <R> TableChanges<R> changes(ChildTable<R> table, ChildRows stored, ChildRows wanted) {
        return TableChanges.between(table, stored.of(table), wanted.of(table));
    }

    private static <R> TableChanges<R> allNew(ChildTable<R> table, ChildRows rows) {
        return TableChanges.allNew(table, rows.of(table));
    }
}
