package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteCommitmentId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventId;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.TeamGender;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code elite_event}: the elite events held under each agreement, in the order recorded. */
final class EliteEventTable extends EntityTable<EliteEventTable.Row> {

    record Row(UUID allianceId, UUID id, UUID agreementId, int position, String kind, LocalDate heldOn, LocalDate endDate,
            String title, String venue, String ageGroup, String gender, UUID commitmentId, String sharedReference,
            String description) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, agreement_id, position, kind, held_on, end_date, title, venue, age_group, gender,
                   commitment_id, shared_reference, description
            FROM ${prefix}elite_event
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}elite_event (alliance_id, id,
                agreement_id, position, kind, held_on, end_date, title, venue, age_group, gender, commitment_id,
                shared_reference, description)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}elite_event
            SET agreement_id = ?, position = ?, kind = ?, held_on = ?, end_date = ?, title = ?, venue = ?, age_group = ?,
                gender = ?, commitment_id = ?, shared_reference = ?, description = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}elite_event WHERE alliance_id = ? AND id = ?
            """;

    EliteEventTable(TableNames names) {
        super(names, "elite_event", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            List<EliteEvent> events = a.getEliteEvents();
            for (int i = 0; i < events.size(); i++) {
                EliteEvent e = events.get(i);
                rows.add(new Row(alliance.getId().value(), e.getId().value(), a.getId().value(), i, e.getKind().name(),
                        e.getDate(), e.getEndDate().orElse(null), e.getTitle(), e.getVenue().orElse(null),
                        e.getAgeGroup().map(Enum::name).orElse(null), e.getGender().map(Enum::name).orElse(null),
                        e.getCommitment().map(EliteCommitmentId::value).orElse(null), e.getSharedReference().orElse(null),
                        e.getDescription().orElse(null)));
            }
        }
        return rows;
    }

    EliteEvent toDomain(Row r) {
        return EliteEvent.builder()
                .id(EliteEventId.of(r.id()))
                .kind(StoredValues.enumOf(EliteEventKind.class, r.kind(), "EliteEvent", "kind"))
                .date(r.heldOn())
                .endDate(Optional.ofNullable(r.endDate()))
                .title(r.title())
                .venue(Optional.ofNullable(r.venue()))
                .commitment(Optional.ofNullable(r.commitmentId()).map(EliteCommitmentId::of))
                .sharedReference(Optional.ofNullable(r.sharedReference()))
                .ageGroup(Optional.ofNullable(StoredValues.enumOf(AgeGroup.class, r.ageGroup(), "EliteEvent", "ageGroup")))
                .gender(Optional.ofNullable(StoredValues.enumOf(TeamGender.class, r.gender(), "EliteEvent", "gender")))
                .description(Optional.ofNullable(r.description()))
                .build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.uuid(rs, "agreement_id"),
                Columns.integer(rs, "position"), Columns.text(rs, "kind"), Columns.date(rs, "held_on"),
                Columns.date(rs, "end_date"), Columns.text(rs, "title"), Columns.text(rs, "venue"),
                Columns.text(rs, "age_group"), Columns.text(rs, "gender"), Columns.uuid(rs, "commitment_id"),
                Columns.text(rs, "shared_reference"), Columns.text(rs, "description"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.uuid(r.agreementId()).integer(r.position()).text(r.kind()).date(r.heldOn()).date(r.endDate()).text(r.title())
                .text(r.venue()).text(r.ageGroup()).text(r.gender()).uuid(r.commitmentId()).text(r.sharedReference())
                .text(r.description());
    }
}
