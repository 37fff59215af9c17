package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.InitiativeId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code initiative}: the initiatives of each agreement, in the order given. */
final class InitiativeTable extends EntityTable<InitiativeTable.Row> {

    record Row(UUID allianceId, UUID id, UUID agreementId, int position, String name, String concept,
            String focusArea, String description) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, agreement_id, position, name, concept, focus_area, description
            FROM ${prefix}initiative
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}initiative (alliance_id, id,
                agreement_id, position, name, concept, focus_area, description)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}initiative
            SET agreement_id = ?, position = ?, name = ?, concept = ?, focus_area = ?, description = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}initiative WHERE alliance_id = ? AND id = ?
            """;

    InitiativeTable(TableNames names) {
        super(names, "initiative", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            List<Initiative> initiatives = a.getInitiatives();
            for (int i = 0; i < initiatives.size(); i++) {
                Initiative n = initiatives.get(i);
                rows.add(new Row(alliance.getId().value(), n.getId().value(), a.getId().value(), i, n.getName(),
                        n.getConcept().orElse(null), n.getFocusArea().map(FocusAreaCode::value).orElse(null),
                        n.getDescription().orElse(null)));
            }
        }
        return rows;
    }

    /** @return a builder holding the initiative's own columns; the caller adds target groups and goals */
    Initiative.Builder toBuilder(Row r) {
        return Initiative.builder()
                .id(InitiativeId.of(r.id()))
                .name(r.name())
                .concept(Optional.ofNullable(r.concept()))
                .focusArea(Optional.ofNullable(r.focusArea()).map(FocusAreaCode::of))
                .description(Optional.ofNullable(r.description()));
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.uuid(rs, "agreement_id"),
                Columns.integer(rs, "position"), Columns.text(rs, "name"), Columns.text(rs, "concept"),
                Columns.text(rs, "focus_area"), Columns.text(rs, "description"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.uuid(r.agreementId()).integer(r.position()).text(r.name()).text(r.concept()).text(r.focusArea())
                .text(r.description());
    }
}
