package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalId;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.TargetKind;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.Initiative;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code goal}: the goals of each initiative, in the order given; numbers as numeric(18,6). */
final class GoalTable extends EntityTable<GoalTable.Row> {

    record Row(UUID allianceId, UUID id, UUID initiativeId, int position, String metric, BigDecimal baseline,
            BigDecimal target, String targetKind, String unit) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, initiative_id, position, metric, baseline, target, target_kind, unit
            FROM ${prefix}goal
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}goal (alliance_id, id, initiative_id, position, metric, baseline, target, target_kind, unit)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}goal
            SET initiative_id = ?, position = ?, metric = ?, baseline = ?, target = ?, target_kind = ?, unit = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}goal WHERE alliance_id = ? AND id = ?
            """;

    GoalTable(TableNames names) {
        super(names, "goal", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            for (Initiative n : a.getInitiatives()) {
                List<Goal> goals = n.getGoals();
                for (int i = 0; i < goals.size(); i++) {
                    Goal g = goals.get(i);
                    rows.add(new Row(alliance.getId().value(), g.getId().value(), n.getId().value(), i,
                            g.getMetric(), g.getBaseline().orElse(null), g.getTarget().map(GoalTarget::getValue).orElse(null),
                            g.getTarget().map(t -> t.getKind().name()).orElse(null), g.getUnit().name()));
                }
            }
        }
        return rows;
    }

    Goal toDomain(Row r) {
        return Goal.builder()
                .id(GoalId.of(r.id()))
                .metric(r.metric())
                .baseline(Optional.ofNullable(r.baseline()))
                .target(r.target() == null ? Optional.empty() : Optional.of(target(r)))
                .unit(StoredValues.enumOf(GoalUnit.class, r.unit(), "Goal", "unit"))
                .build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.uuid(rs, "initiative_id"),
                Columns.integer(rs, "position"), Columns.text(rs, "metric"), Columns.number(rs, "baseline"),
                Columns.number(rs, "target"), Columns.text(rs, "target_kind"), Columns.text(rs, "unit"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.uuid(r.initiativeId()).integer(r.position()).text(r.metric()).number(r.baseline()).number(r.target()).text(r.targetKind())
                .text(r.unit());
    }

    /** A target without a kind (a row of schema version 1) is a level. */
    private static GoalTarget target(Row r) {
        TargetKind kind = r.targetKind() == null ? TargetKind.LEVEL
                : StoredValues.enumOf(TargetKind.class, r.targetKind(), "Goal", "target.kind");
        return new GoalTarget.Builder().value(r.target()).kind(kind).build();
    }
}
