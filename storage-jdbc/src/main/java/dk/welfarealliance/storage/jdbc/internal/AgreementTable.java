package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.ExtensionOption;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Track;
import dk.welfarealliance.UnrecordedTerm;
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
 * ({@link Agreement#effectiveEnd()}), {@code end_at_latest} ({@link Alliance#endAtLatest}) and the track flags
 * ({@link Agreement#tracks()}). A period's end is {@code period_end} with {@code period_end_kind}; a partial
 * signing date is its first day with {@code signing_precision}.
 */
final class AgreementTable extends EntityTable<AgreementTable.Row> {

    record Row(UUID allianceId, UUID id, int position, String title, String titleSearch, String state,
            String heldFrom, String localUnion, UUID renews, LocalDate periodStart, LocalDate periodEnd,
            String periodEndKind, LocalDate effectiveEnd, LocalDate endAtLatest, boolean hasGrassroots,
            boolean hasElite, LocalDate signingDate, String signingPrecision, boolean signatoriesNotRecorded,
            LocalDate terminationDate, String terminationReason, String abandonReason, boolean renewsUnrecorded,
            LocalDate unrecordedStart, LocalDate unrecordedEnd, String unrecordedEndKind, String unrecordedNote,
            LocalDate extensionUntil, Integer extensionYears, String extensionText) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, position, title, title_search, state, held_from, local_union, renews,
                   period_start, period_end, period_end_kind, effective_end, end_at_latest, has_grassroots, has_elite,
                   signing_date, signing_precision, signatories_not_recorded, termination_date, termination_reason,
                   abandon_reason, renews_unrecorded, unrecorded_start, unrecorded_end, unrecorded_end_kind,
                   unrecorded_note, extension_until, extension_years, extension_text
            FROM ${prefix}agreement
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}agreement (alliance_id, id,
                position, title, title_search, state, held_from, local_union, renews, period_start, period_end,
                period_end_kind, effective_end, end_at_latest, has_grassroots, has_elite, signing_date,
                signing_precision, signatories_not_recorded, termination_date, termination_reason, abandon_reason,
                renews_unrecorded, unrecorded_start, unrecorded_end, unrecorded_end_kind, unrecorded_note,
                extension_until, extension_years, extension_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}agreement
            SET position = ?, title = ?, title_search = ?, state = ?, held_from = ?, local_union = ?, renews = ?,
                period_start = ?, period_end = ?, period_end_kind = ?, effective_end = ?, end_at_latest = ?,
                has_grassroots = ?, has_elite = ?, signing_date = ?, signing_precision = ?,
                signatories_not_recorded = ?, termination_date = ?, termination_reason = ?, abandon_reason = ?,
                renews_unrecorded = ?, unrecorded_start = ?, unrecorded_end = ?, unrecorded_end_kind = ?,
                unrecorded_note = ?, extension_until = ?, extension_years = ?, extension_text = ?
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
            Optional<AgreementPeriod> earlier = a.getRenewsUnrecorded().flatMap(UnrecordedTerm::getPeriod);
            Optional<ExtensionOption> extension = a.getExtensionOption();
            rows.add(new Row(alliance.getId().value(), a.getId().value(), i, a.getTitle(), SearchKey.of(a.getTitle()),
                    a.getState().name(), a.getHeldFrom().map(Enum::name).orElse(null),
                    a.getLocalUnion().map(LocalUnionCode::value).orElse(null),
                    a.getRenews().map(AgreementId::value).orElse(null),
                    period.map(AgreementPeriod::getStart).orElse(null),
                    period.flatMap(AgreementPeriod::getEnd).orElse(null),
                    period.map(p -> p.endKind().name()).orElse(null),
                    a.effectiveEnd().orElse(null), alliance.endAtLatest(a.getId()).orElse(null),
                    a.tracks().contains(Track.GRASSROOTS), a.tracks().contains(Track.ELITE),
                    a.getSigningDate().map(PartialDate::getFirstDay).orElse(null),
                    a.getSigningDate().map(d -> d.getPrecision().name()).orElse(null),
                    a.isSignatoriesNotRecorded(),
                    a.getTerminationDate().orElse(null), a.getTerminationReason().orElse(null),
                    a.getAbandonReason().orElse(null), a.getRenewsUnrecorded().isPresent(),
                    earlier.map(AgreementPeriod::getStart).orElse(null),
                    earlier.flatMap(AgreementPeriod::getEnd).orElse(null),
                    earlier.map(p -> p.endKind().name()).orElse(null),
                    a.getRenewsUnrecorded().flatMap(UnrecordedTerm::getNote).orElse(null),
                    extension.flatMap(ExtensionOption::getUntil).orElse(null),
                    extension.flatMap(e -> e.getYears().isPresent() ? Optional.of(e.getYears().getAsInt()) : Optional.empty())
                            .orElse(null),
                    extension.flatMap(ExtensionOption::getText).orElse(null)));
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
                .signatoriesNotRecorded(r.signatoriesNotRecorded())
                .terminationDate(Optional.ofNullable(r.terminationDate()))
                .terminationReason(Optional.ofNullable(r.terminationReason()))
                .abandonReason(Optional.ofNullable(r.abandonReason()));
        if (r.signingDate() != null) {
            b.signingDate(StoredParts.partialDate(r.signingDate(), r.signingPrecision(), "Agreement", "signingDate"));
        }
        period(r.periodStart(), r.periodEnd(), r.periodEndKind(), "period").ifPresent(b::period);
        if (r.renewsUnrecorded()) {
            b.renewsUnrecorded(UnrecordedTerm.builder()
                    .period(period(r.unrecordedStart(), r.unrecordedEnd(), r.unrecordedEndKind(), "renewsUnrecorded.period"))
                    .note(Optional.ofNullable(r.unrecordedNote()))
                    .build());
        }
        if (r.extensionUntil() != null || r.extensionYears() != null || r.extensionText() != null) {
            ExtensionOption.Builder e = ExtensionOption.builder()
                    .until(Optional.ofNullable(r.extensionUntil()))
                    .text(Optional.ofNullable(r.extensionText()));
            if (r.extensionYears() != null) {
                e.years(r.extensionYears());
            }
            b.extensionOption(e.build());
        }
        return b;
    }

    private static Optional<AgreementPeriod> period(LocalDate start, LocalDate end, String endKind, String path) {
        if (start == null && end == null) {
            return Optional.empty();
        }
        EndKind kind = endKind == null ? EndKind.DATE : StoredValues.enumOf(EndKind.class, endKind, "Agreement", path);
        return Optional.of(AgreementPeriod.builder().start(start).end(Optional.ofNullable(end))
                .openEnded(kind == EndKind.OPEN_ENDED).build());
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.integer(rs, "position"),
                Columns.text(rs, "title"), Columns.text(rs, "title_search"), Columns.text(rs, "state"),
                Columns.text(rs, "held_from"), Columns.text(rs, "local_union"), Columns.uuid(rs, "renews"),
                Columns.date(rs, "period_start"), Columns.date(rs, "period_end"), Columns.text(rs, "period_end_kind"),
                Columns.date(rs, "effective_end"), Columns.date(rs, "end_at_latest"),
                Columns.bool(rs, "has_grassroots"), Columns.bool(rs, "has_elite"), Columns.date(rs, "signing_date"),
                Columns.text(rs, "signing_precision"), Columns.bool(rs, "signatories_not_recorded"),
                Columns.date(rs, "termination_date"), Columns.text(rs, "termination_reason"),
                Columns.text(rs, "abandon_reason"), Columns.bool(rs, "renews_unrecorded"),
                Columns.date(rs, "unrecorded_start"), Columns.date(rs, "unrecorded_end"),
                Columns.text(rs, "unrecorded_end_kind"), Columns.text(rs, "unrecorded_note"),
                Columns.date(rs, "extension_until"), Columns.nullableInteger(rs, "extension_years"),
                Columns.text(rs, "extension_text"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.integer(r.position()).text(r.title()).text(r.titleSearch()).text(r.state()).text(r.heldFrom())
                .text(r.localUnion()).uuid(r.renews()).date(r.periodStart()).date(r.periodEnd()).text(r.periodEndKind())
                .date(r.effectiveEnd()).date(r.endAtLatest()).bool(r.hasGrassroots()).bool(r.hasElite())
                .date(r.signingDate()).text(r.signingPrecision()).bool(r.signatoriesNotRecorded())
                .date(r.terminationDate()).text(r.terminationReason()).text(r.abandonReason())
                .bool(r.renewsUnrecorded()).date(r.unrecordedStart()).date(r.unrecordedEnd())
                .text(r.unrecordedEndKind()).text(r.unrecordedNote()).date(r.extensionUntil())
                .nullableInteger(r.extensionYears()).text(r.extensionText());
    }
}
