package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.Track;
import dk.welfarealliance.storage.SearchKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code agreement}: one row per agreement, with the columns queries and reports filter on computed by core
 * at write time: {@code title_search} ({@link SearchKey#of}), {@code effective_end}
 * ({@link Agreement#effectiveEnd()}) and the track flags ({@link Agreement#tracks()}).
 */
final class AgreementTable extends EntityTable<AgreementTable.Row> {

    record Row(UUID allianceId, UUID id, int position, String title, String titleSearch, String state,
            String heldFrom, String localUnion, UUID renews, LocalDate periodStart, LocalDate periodEnd,
            LocalDate effectiveEnd, boolean hasGrassroots, boolean hasElite, LocalDate signingDate,
            LocalDate terminationDate, String terminationReason, String abandonReason) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, position, title, title_search, state, held_from, local_union, renews,
                   period_start, period_end, effective_end, has_grassroots, has_elite, signing_date,
                   termination_date, termination_reason, abandon_reason
            FROM ${prefix}agreement
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}agreement (alliance_id, id,
                position, title, title_search, state, held_from, local_union, renews, period_start, period_end,
                effective_end, has_grassroots, has_elite, signing_date, termination_date, termination_reason,
                abandon_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}agreement
            SET position = ?, title = ?, title_search = ?, state = ?, held_from = ?, local_union = ?, renews = ?,
                period_start = ?, period_end = ?, effective_end = ?, has_grassroots = ?, has_elite = ?,
                signing_date = ?, termination_date = ?, termination_reason = ?, abandon_reason = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}agreement WHERE alliance_id = ? AND id = ?
            """;

    AgreementTable(TableNames names) {
        super(names, "agreement", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        List<Agreement> agreements = alliance.getAgreements();
        for (int i = 0; i < agreements.size(); i++) {
            Agreement a = agreements.get(i);
            Optional<AgreementPeriod> period = a.getPeriod();
            rows.add(new Row(alliance.getId().value(), a.getId().value(), i, a.getTitle(), SearchKey.of(a.getTitle()),
                    a.getState().name(), a.getHeldFrom().map(Enum::name).orElse(null),
                    a.getLocalUnion().map(LocalUnionCode::value).orElse(null),
                    a.getRenews().map(AgreementId::value).orElse(null),
                    period.map(AgreementPeriod::getStart).orElse(null), period.map(AgreementPeriod::getEnd).orElse(null),
                    a.effectiveEnd().orElse(null), a.tracks().contains(Track.GRASSROOTS),
                    a.tracks().contains(Track.ELITE), a.getSigningDate().orElse(null),
                    a.getTerminationDate().orElse(null), a.getTerminationReason().orElse(null),
                    a.getAbandonReason().orElse(null)));
        }
        return rows;
    }

    /** @return a builder holding the agreement's own columns; the caller adds the children and builds */
    Agreement.Builder toBuilder(Row r) {
        Agreement.Builder b = Agreement.builder()
                .id(AgreementId.of(r.id()))
                .title(r.title())
                .state(StoredValues.enumOf(AgreementState.class, r.state(), "Agreement", "state"))
                .heldFrom(Optional.ofNullable(
                        StoredValues.enumOf(AgreementState.class, r.heldFrom(), "Agreement", "heldFrom")))
                .localUnion(Optional.ofNullable(r.localUnion()).map(LocalUnionCode::of))
                .renews(Optional.ofNullable(r.renews()).map(AgreementId::of))
                .signingDate(Optional.ofNullable(r.signingDate()))
                .terminationDate(Optional.ofNullable(r.terminationDate()))
                .terminationReason(Optional.ofNullable(r.terminationReason()))
                .abandonReason(Optional.ofNullable(r.abandonReason()));
        if (r.periodStart() != null || r.periodEnd() != null) {
            b.period(AgreementPeriod.of(r.periodStart(), r.periodEnd()));
        }
        return b;
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.integer(rs, "position"),
                Columns.text(rs, "title"), Columns.text(rs, "title_search"), Columns.text(rs, "state"),
                Columns.text(rs, "held_from"), Columns.text(rs, "local_union"), Columns.uuid(rs, "renews"),
                Columns.date(rs, "period_start"), Columns.date(rs, "period_end"), Columns.date(rs, "effective_end"),
                Columns.bool(rs, "has_grassroots"), Columns.bool(rs, "has_elite"), Columns.date(rs, "signing_date"),
                Columns.date(rs, "termination_date"), Columns.text(rs, "termination_reason"),
                Columns.text(rs, "abandon_reason"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.integer(r.position()).text(r.title()).text(r.titleSearch()).text(r.state()).text(r.heldFrom())
                .text(r.localUnion()).uuid(r.renews()).date(r.periodStart()).date(r.periodEnd())
                .date(r.effectiveEnd()).bool(r.hasGrassroots()).bool(r.hasElite()).date(r.signingDate())
                .date(r.terminationDate()).text(r.terminationReason()).text(r.abandonReason());
    }
}
