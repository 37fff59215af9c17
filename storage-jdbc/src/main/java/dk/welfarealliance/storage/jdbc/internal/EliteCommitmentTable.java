package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteCommitmentId;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.TeamGender;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** {@code elite_commitment}: each agreement's minimum numbers of elite events, in the order given. */
final class EliteCommitmentTable extends EntityTable<EliteCommitmentTable.Row> {

    record Row(UUID allianceId, UUID id, UUID agreementId, int position, String kind, Integer minimumCount, LocalDate deadline,
            String ageGroup, String gender, String description) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, agreement_id, position, kind, minimum_count, deadline, age_group, gender, description
            FROM ${prefix}elite_commitment
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}elite_commitment (alliance_id, id,
                agreement_id, position, kind, minimum_count, deadline, age_group, gender, description)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}elite_commitment
            SET agreement_id = ?, position = ?, kind = ?, minimum_count = ?, deadline = ?, age_group = ?, gender = ?,
                description = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}elite_commitment WHERE alliance_id = ? AND id = ?
            """;

    EliteCommitmentTable(TableNames names) {
        super(names, "elite_commitment", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            List<EliteCommitment> commitments = a.getEliteCommitments();
            for (int i = 0; i < commitments.size(); i++) {
                EliteCommitment c = commitments.get(i);
                rows.add(new Row(alliance.getId().value(), c.getId().value(), a.getId().value(), i, c.getKind().name(),
                        c.getMinimumCount().isPresent() ? c.getMinimumCount().getAsInt() : null,
                        c.getDeadline().orElse(null), c.getAgeGroup().map(Enum::name).orElse(null),
                        c.getGender().map(Enum::name).orElse(null), c.getDescription().orElse(null)));
            }
        }
        return rows;
    }

    EliteCommitment toDomain(Row r) {
        return EliteCommitment.builder()
                .id(EliteCommitmentId.of(r.id()))
                .kind(StoredValues.enumOf(EliteEventKind.class, r.kind(), "EliteCommitment", "kind"))
                .minimumCount(r.minimumCount() == null ? OptionalInt.empty() : OptionalInt.of(r.minimumCount()))
                .deadline(Optional.ofNullable(r.deadline()))
                .ageGroup(Optional.ofNullable(
                        StoredValues.enumOf(AgeGroup.class, r.ageGroup(), "EliteCommitment", "ageGroup")))
                .gender(Optional.ofNullable(
                        StoredValues.enumOf(TeamGender.class, r.gender(), "EliteCommitment", "gender")))
                .description(Optional.ofNullable(r.description()))
                .build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.uuid(rs, "agreement_id"),
                Columns.integer(rs, "position"), Columns.text(rs, "kind"), Columns.nullableInteger(rs, "minimum_count"), Columns.date(rs, "deadline"),
                Columns.text(rs, "age_group"), Columns.text(rs, "gender"), Columns.text(rs, "description"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.uuid(r.agreementId()).integer(r.position()).text(r.kind()).nullableInteger(r.minimumCount()).date(r.deadline()).text(r.ageGroup())
                .text(r.gender()).text(r.description());
    }
}
