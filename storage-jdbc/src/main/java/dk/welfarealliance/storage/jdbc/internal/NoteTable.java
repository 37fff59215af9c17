package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteId;
import dk.welfarealliance.NoteKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code note}: the dated notes of the alliance ({@code agreement_id} null) and of each agreement, in the order
 * recorded; a partial date is its first day with {@code noted_precision}.
 */
final class NoteTable extends EntityTable<NoteTable.Row> {

    record Row(UUID allianceId, UUID id, UUID agreementId, int position, String kind, LocalDate notedOn,
            String notedPrecision, String text) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, agreement_id, position, kind, noted_on, noted_precision, note_text
            FROM ${prefix}note
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}note (alliance_id, id, agreement_id, position, kind, noted_on, noted_precision, note_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}note
            SET agreement_id = ?, position = ?, kind = ?, noted_on = ?, noted_precision = ?, note_text = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}note WHERE alliance_id = ? AND id = ?
            """;

    NoteTable(TableNames names) {
        super(names, "note", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        addAll(rows, alliance, null, alliance.getNotes());
        for (Agreement a : alliance.getAgreements()) {
            addAll(rows, alliance, a.getId().value(), a.getNotes());
        }
        return rows;
    }

    private static void addAll(List<Row> rows, Alliance alliance, UUID agreement, List<Note> notes) {
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            rows.add(new Row(alliance.getId().value(), n.getId().value(), agreement, i, n.getKind().name(),
                    n.getDate().getFirstDay(), n.getDate().getPrecision().name(), n.getText()));
        }
    }

    Note toDomain(Row r) {
        return Note.builder()
                .id(NoteId.of(r.id()))
                .kind(StoredValues.enumOf(NoteKind.class, r.kind(), "Note", "kind"))
                .date(StoredParts.partialDate(r.notedOn(), r.notedPrecision(), "Note", "date"))
                .text(r.text())
                .build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.uuid(rs, "agreement_id"),
                Columns.integer(rs, "position"), Columns.text(rs, "kind"), Columns.date(rs, "noted_on"),
                Columns.text(rs, "noted_precision"), Columns.text(rs, "note_text"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.uuid(r.agreementId()).integer(r.position()).text(r.kind()).date(r.notedOn()).text(r.notedPrecision())
                .text(r.text());
    }
}
