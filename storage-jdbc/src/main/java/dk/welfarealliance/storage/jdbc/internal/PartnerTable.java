package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.PartnerKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code partner}: the alliance's other partners, in the order given. */
final class PartnerTable extends EntityTable<PartnerTable.Row> {

    record Row(UUID allianceId, UUID id, int position, String name, String kind, String cvr) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, position, name, kind, cvr
            FROM ${prefix}partner
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}partner (alliance_id, id, position, name, kind, cvr)
            VALUES (?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}partner
            SET position = ?, name = ?, kind = ?, cvr = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}partner WHERE alliance_id = ? AND id = ?
            """;

    PartnerTable(TableNames names) {
        super(names, "partner", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        List<Partner> partners = alliance.getPartners();
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            rows.add(new Row(alliance.getId().value(), p.getId().value(), i, p.getName(), p.getKind().name(),
                    p.getCvr().orElse(null)));
        }
        return rows;
    }

    Partner toDomain(Row r) {
        return Partner.builder()
                .id(PartnerId.of(r.id()))
                .name(r.name())
                .kind(StoredValues.enumOf(PartnerKind.class, r.kind(), "Partner", "kind"))
                .cvr(Optional.ofNullable(r.cvr()))
                .build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.integer(rs, "position"),
                Columns.text(rs, "name"), Columns.text(rs, "kind"), Columns.text(rs, "cvr"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.integer(r.position()).text(r.name()).text(r.kind()).text(r.cvr());
    }
}
