package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.TargetGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code target_group}: the set of target-group codes of each initiative; a set, so no position. */
final class TargetGroupTable extends ChildTable<TargetGroupTable.Row> {

    record Row(UUID allianceId, UUID initiativeId, String code) {}

    private record Key(UUID initiativeId, String code) {}

    private static final String SELECT = """
            SELECT alliance_id, initiative_id, code
            FROM ${prefix}target_group
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}target_group (alliance_id, initiative_id, code)
            VALUES (?, ?, ?)
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}target_group WHERE alliance_id = ? AND initiative_id = ? AND code = ?
            """;

    TargetGroupTable(TableNames names) {
        super(names, "target_group", SELECT, INSERT, null, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            for (Initiative n : a.getInitiatives()) {
                for (TargetGroup group : n.getTargetGroups()) {
                    rows.add(new Row(alliance.getId().value(), n.getId().value(), group.code()));
                }
            }
        }
        return rows;
    }

    TargetGroup toDomain(Row r) {
        return TargetGroup.of(r.code());
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "initiative_id"), Columns.text(rs, "code"));
    }

    @Override
    UUID allianceOf(Row row) {
        return row.allianceId();
    }

    @Override
    Object keyOf(Row row) {
        return new Key(row.initiativeId(), row.code());
    }

    @Override
    void bindKey(Binder b, Row r) throws SQLException {
        b.uuid(r.allianceId()).uuid(r.initiativeId()).text(r.code());
    }

    @Override
    void bindValues(Binder b, Row r) {
        // every column is a key column
    }
}
