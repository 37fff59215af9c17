package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.PartialDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code history}: the alliance's append-only history, keyed and ordered by {@code seq}. The store only
 * inserts here: the table has neither an update nor a delete statement (its rows go with their alliance,
 * by cascade, when the alliance is deleted).
 */
final class HistoryTable extends ChildTable<HistoryTable.Row> {

    record Row(UUID allianceId, long seq, String event, UUID agreementId, UUID contactId, LocalDate onDate,
            String onPrecision, Instant happenedAt, String actor, String reason) {}

    private static final String SELECT = """
            SELECT alliance_id, seq, event, agreement_id, contact_id, on_date, on_precision, happened_at, actor, reason
            FROM ${prefix}history
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}history (alliance_id, seq, event, agreement_id, contact_id, on_date, on_precision,
                happened_at, actor, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    HistoryTable(TableNames names) {
        super(names, "history", SELECT, INSERT, null, null);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (HistoryEntry h : alliance.getHistory()) {
            rows.add(new Row(alliance.getId().value(), h.getSeq(), h.getEvent().name(),
                    h.getAgreement().map(AgreementId::value).orElse(null),
                    h.getContact().map(ContactId::value).orElse(null), h.getOn().map(PartialDate::getFirstDay).orElse(null),
                    h.getOn().map(d -> d.getPrecision().name()).orElse(null), h.getAt(), h.getActor().value(),
                    h.getReason().orElse(null)));
        }
        return rows;
    }

    HistoryEntry toDomain(Row r) {
        return HistoryEntry.builder()
                .seq(r.seq())
                .event(StoredValues.enumOf(HistoryEvent.class, r.event(), "HistoryEntry", "event"))
                .agreement(Optional.ofNullable(r.agreementId()).map(AgreementId::of))
                .contact(Optional.ofNullable(r.contactId()).map(ContactId::of))
                .on(r.onDate() == null ? Optional.empty()
                        : Optional.of(StoredParts.partialDate(r.onDate(), r.onPrecision(), "HistoryEntry", "on")))
                .at(r.happenedAt())
                .actor(ActorRef.of(r.actor()))
                .reason(Optional.ofNullable(r.reason()))
                .build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.bigint(rs, "seq"), Columns.text(rs, "event"),
                Columns.uuid(rs, "agreement_id"), Columns.uuid(rs, "contact_id"), Columns.date(rs, "on_date"),
                Columns.text(rs, "on_precision"), Columns.instant(rs, "happened_at"),
                Columns.text(rs, "actor"), Columns.text(rs, "reason"));
    }

    @Override
    UUID allianceOf(Row row) {
        return row.allianceId();
    }

    @Override
    Object keyOf(Row row) {
        return row.seq();
    }

    @Override
    void bindKey(Binder b, Row r) throws SQLException {
        b.uuid(r.allianceId()).bigint(r.seq());
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.text(r.event()).uuid(r.agreementId()).uuid(r.contactId()).date(r.onDate()).text(r.onPrecision())
                .instant(r.happenedAt()).text(r.actor())
                .text(r.reason());
    }
}
