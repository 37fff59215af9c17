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
 * Writes aggregates with a number of statements that depends on which tables a write touches, never on how
 * many rows they hold: one batch per child table and kind of change (insert, update, delete) that has rows, and
 * none for one that has none. The caller runs them in one transaction. Every write sets the alliance row's
 * version and a fresh random revision ({@link KnownRevisions}).
 *
 * <ul>
 *   <li>insert: the alliance row, then one insert batch per child table with rows (1 to 18);
 *   <li>update of an alliance this store remembers at its version: {@code UPDATE … WHERE id = ? AND version = ?
 *       AND revision = ?} (1), which locks the row and proves the stored rows are the remembered ones, then the
 *       batches of the rows that changed (e.g. 2 in all for a changed agreement title);
 *   <li>any other update: the stored rows (as {@link AggregateReader} reads them, the alliance row locked with
 *       {@code SELECT … FOR UPDATE}), {@code UPDATE … WHERE id = ? AND version = ?} with a row-count check (1),
 *       then the batches of the rows that changed; a remembered alliance whose revision no longer matches takes
 *       this way after its one failed {@code UPDATE};
 *   <li>delete, 1: the alliance row; the children go by cascade.
 * </ul>
 *
 * Parents are written before children for inserts and updates, children before parents for deletes, so every
 * foreign key holds throughout. A versioned {@code UPDATE} or {@code DELETE} that changes no row costs one more
 * statement, which reads the stored version for the exception; so does finding the key of a duplicate insert on
 * H2.
 */
final class AggregateWriter {
    private final Tables tables;
    private final SqlDialect dialect;
    private final AggregateReader reader;
    private final KnownRevisions known;

    AggregateWriter(Tables tables, SqlDialect dialect, AggregateReader reader, KnownRevisions known) {
        this.tables = tables;
        this.dialect = dialect;
        this.reader = reader;
        this.known = known;
    }

    /**
     * What a write stored: the alliance at its new version, and the revision of the write. The caller {@linkplain
     * #remember remembers} it once the transaction has committed, so that a failed commit leaves the last
     * remembered state in place.
     */
    record Written(Alliance alliance, UUID revision) {}

    /** Remembers what {@code written} stored, for the next update ({@link KnownRevisions}). */
    void remember(Written written) {
        Alliance a = written.alliance();
        known.remember(a.getId().value(), a.getVersion(), written.revision(), a);
    }

    /** @throws DuplicateAllianceException if the id or the natural key is taken */
    Written insert(Connection c, Alliance alliance) throws SQLException {
        UUID revision = UUID.randomUUID();
        AllianceTable.Row row = AllianceTable.rowOf(alliance, 1, revision);
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
        return new Written(alliance.withVersion(1), revision);
    }

    /** @throws OptimisticLockException if the stored version is not {@code alliance}'s or nothing is stored */
    Written update(Connection c, Alliance alliance) throws SQLException {
        UUID id = alliance.getId().value();
        long expected = alliance.getVersion();
        long next = expected + 1;
        UUID revision = UUID.randomUUID();
        AllianceTable.Row row = AllianceTable.rowOf(alliance, next, revision);
        Optional<KnownRevisions.Known> remembered = known.at(id, expected).filter(k -> replaces(k.alliance(), alliance));
        ChildRows stored;
        if (remembered.isPresent()
                && tables.alliance.updateIfRevision(c, row, expected, remembered.get().revision()) == 1) {
            stored = ChildRows.of(tables, remembered.get().alliance());
        } else {
            stored = lockAndRead(c, alliance);
            // Under the lock this check cannot fail; it stays, as the last word on lost updates, whatever else changes.
            if (tables.alliance.update(c, row, expected) != 1) {
                throw lockFailure(c, alliance.getId(), expected);
            }
        }
        write(c, stored, ChildRows.of(tables, alliance));
        return new Written(alliance.withVersion(next), revision);
    }

    /**
     * @return whether {@code updated} may replace {@code remembered}; when not, the remembered aggregate may be
     *     stale, and the update takes the way that reads what is stored and checks against that
     */
    private static boolean replaces(Alliance remembered, Alliance updated) {
        try {
            StoreContract.checkUpdateAgainst(remembered, updated);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Locks the alliance row and reads the stored rows, checking the version and that {@code alliance} may
     * replace what is stored.
     */
    private ChildRows lockAndRead(Connection c, Alliance alliance) throws SQLException {
        AllianceId id = alliance.getId();
        long expected = alliance.getVersion();
        // Lock first: a writer racing this one waits here, and what is read next is one committed version.
        AggregateReader.Stored stored = reader.loadRowsForUpdate(c, id.value())
                .orElseThrow(() -> new OptimisticLockException(id, expected, OptionalLong.empty()));
        if (stored.root().version() != expected) {
            throw new OptimisticLockException(id, expected, OptionalLong.of(stored.root().version()));
        }
        StoreContract.checkUpdateAgainst(reader.assemble(stored), alliance);
        return stored.children();
    }

    /** Turns the child rows {@code stored} into {@code wanted}, writing only the tables and rows that change. */
    private void write(Connection c, ChildRows stored, ChildRows wanted) throws SQLException {
        List<TableChanges<?>> changes = new ArrayList<>();
        for (ChildTable<?> table : tables.children()) {
            TableChanges<?> change = changes(table, stored, wanted);
            if (!change.isEmpty()) {
                changes.add(change);
            }
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
    }

    /** @throws OptimisticLockException if the stored version is not {@code expectedVersion} or nothing is stored */
    void delete(Connection c, AllianceId id, long expectedVersion) throws SQLException {
        known.forget(id.value());
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
