package dk.welfarealliance.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.UUID;

/**
 * A {@link ChildTable} of entities: rows keyed by {@code (alliance_id, id)}, the entity's domain id within its
 * alliance, so that two alliances can never collide on a child id.
 *
 * @param <R> the row record
 */
abstract class EntityTable<R extends EntityTable.EntityRow> extends ChildTable<R> {

    /** A row of an entity table: the record's key accessors. */
    interface EntityRow {
        UUID allianceId();

        UUID id();
    }

    EntityTable(TableNames names, String name, String select, String insert, String update, String delete) {
        super(names, name, select, insert, update, delete);
    }

    @Override
    final UUID allianceOf(R row) {
        return row.allianceId();
    }

    @Override
    final Object keyOf(R row) {
        return row.id();
    }

    @Override
    final void bindKey(Binder b, R r) throws SQLException {
        b.uuid(r.allianceId()).uuid(r.id());
    }
}
