package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FocusAreaCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code focus_area}: the set of focus-area codes of each agreement; a set, so no position (code order). */
final class FocusAreaTable extends ChildTable<FocusAreaTable.Row> {

    record Row(UUID allianceId, UUID agreementId, String code) {}

    private record Key(UUID agreementId, String code) {}

    private static final String SELECT = """
            SELECT alliance_id, agreement_id, code
            FROM ${prefix}focus_area
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}focus_area (alliance_id, agreement_id, code)
            VALUES (?, ?, ?)
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}focus_area WHERE alliance_id = ? AND agreement_id = ? AND code = ?
            """;

    FocusAreaTable(TableNames names) {
        super(names, "focus_area", SELECT, INSERT, null, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            for (FocusAreaCode code : a.getFocusAreas()) {
                rows.add(new Row(alliance.getId().value(), a.getId().value(), code.value()));
            }
        }
        return rows;
    }

    FocusAreaCode toDomain(Row r) {
        return FocusAreaCode.of(r.code());
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "agreement_id"), Columns.text(rs, "code"));
    }

    @Override
    UUID allianceOf(Row row) {
        return row.allianceId();
    }

    @Override
    Object keyOf(Row row) {
        return new Key(row.agreementId(), row.code());
    }

    @Override
    void bindKey(Binder b, Row r) throws SQLException {
        b.uuid(r.allianceId()).uuid(r.agreementId()).text(r.code());
    }

    @Override
    void bindValues(Binder b, Row r) {
        // every column is a key column
    }
}
