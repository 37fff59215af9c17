package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.EvaluationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code evaluation}: each agreement's evaluations, in the order recorded. */
final class EvaluationTable extends EntityTable<EvaluationTable.Row> {

    record Row(UUID allianceId, UUID id, UUID agreementId, int position, LocalDate evaluatedOn, String summary) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, agreement_id, position, evaluated_on, summary
            FROM ${prefix}evaluation
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}evaluation (alliance_id, id, agreement_id, position, evaluated_on, summary)
            VALUES (?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}evaluation
            SET agreement_id = ?, position = ?, evaluated_on = ?, summary = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}evaluation WHERE alliance_id = ? AND id = ?
            """;

    EvaluationTable(TableNames names) {
        super(names, "evaluation", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            List<Evaluation> evaluations = a.getEvaluations();
            for (int i = 0; i < evaluations.size(); i++) {
                Evaluation e = evaluations.get(i);
                rows.add(new Row(alliance.getId().value(), e.getId().value(), a.getId().value(), i, e.getDate(),
                        e.getSummary()));
            }
        }
        return rows;
    }

    Evaluation toDomain(Row r) {
        return Evaluation.builder().id(EvaluationId.of(r.id())).date(r.evaluatedOn()).summary(r.summary()).build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.uuid(rs, "agreement_id"),
                Columns.integer(rs, "position"), Columns.date(rs, "evaluated_on"), Columns.text(rs, "summary"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.uuid(r.agreementId()).integer(r.position()).date(r.evaluatedOn()).text(r.summary());
    }
}
