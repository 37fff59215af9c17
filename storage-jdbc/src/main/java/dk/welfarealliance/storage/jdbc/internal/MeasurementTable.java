package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.GoalId;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.MeasurementId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code measurement}: the measurements of each agreement's goals, in the order recorded. */
final class MeasurementTable extends EntityTable<MeasurementTable.Row> {

    record Row(UUID allianceId, UUID id, UUID agreementId, int position, UUID goalId, LocalDate measuredOn,
            BigDecimal value, String unit, String note) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, agreement_id, position, goal_id, measured_on, measured_value, unit, note
            FROM ${prefix}measurement
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}measurement (alliance_id, id,
                agreement_id, position, goal_id, measured_on, measured_value, unit, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}measurement
            SET agreement_id = ?, position = ?, goal_id = ?, measured_on = ?, measured_value = ?, unit = ?, note = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}measurement WHERE alliance_id = ? AND id = ?
            """;

    MeasurementTable(TableNames names) {
        super(names, "measurement", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            List<Measurement> measurements = a.getMeasurements();
            for (int i = 0; i < measurements.size(); i++) {
                Measurement m = measurements.get(i);
                rows.add(new Row(alliance.getId().value(), m.getId().value(), a.getId().value(), i,
                        m.getGoal().value(), m.getDate(), m.getValue(), m.getUnit().name(), m.getNote().orElse(null)));
            }
        }
        return rows;
    }

    Measurement toDomain(Row r) {
        return Measurement.builder()
                .id(MeasurementId.of(r.id()))
                .goal(GoalId.of(r.goalId()))
                .date(r.measuredOn())
                .value(r.value())
                .unit(StoredValues.enumOf(GoalUnit.class, r.unit(), "Measurement", "unit"))
                .note(Optional.ofNullable(r.note()))
                .build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.uuid(rs, "agreement_id"),
                Columns.integer(rs, "position"), Columns.uuid(rs, "goal_id"), Columns.date(rs, "measured_on"),
                Columns.number(rs, "measured_value"), Columns.text(rs, "unit"), Columns.text(rs, "note"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.uuid(r.agreementId()).integer(r.position()).uuid(r.goalId()).date(r.measuredOn()).number(r.value())
                .text(r.unit()).text(r.note());
    }
}
