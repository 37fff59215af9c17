package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code contact}: the alliance's contact persons, in the order given. The only personal data (docs/personal-data.md):
 * erasure arrives as an update whose tombstone overwrites the row, so nothing of the person remains; rows
 * are never logged.
 */
final class ContactTable extends EntityTable<ContactTable.Row> {

    record Row(UUID allianceId, UUID id, int position, String name, String jobTitle, String email, String phone,
            boolean erased) implements EntityRow {
        @Override
        public String toString() {
            return "ContactTable.Row{id=" + id + ", personal data redacted}";
        }
    }

    private static final String SELECT = """
            SELECT alliance_id, id, position, name, job_title, email, phone, erased
            FROM ${prefix}contact
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}contact (alliance_id, id, position, name, job_title, email, phone, erased)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}contact
            SET position = ?, name = ?, job_title = ?, email = ?, phone = ?, erased = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}contact WHERE alliance_id = ? AND id = ?
            """;

    ContactTable(TableNames names) {
        super(names, "contact", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        List<ContactPerson> contacts = alliance.getContacts();
        for (int i = 0; i < contacts.size(); i++) {
            ContactPerson c = contacts.get(i);
            rows.add(new Row(alliance.getId().value(), c.getId().value(), i, c.getName(), c.getJobTitle().orElse(null),
                    c.getEmail().orElse(null), c.getPhone().orElse(null), c.isErased()));
        }
        return rows;
    }

    ContactPerson toDomain(Row r) {
        return ContactPerson.builder()
                .id(ContactId.of(r.id()))
                .name(r.name())
                .jobTitle(Optional.ofNullable(r.jobTitle()))
                .email(Optional.ofNullable(r.email()))
                .phone(Optional.ofNullable(r.phone()))
                .erased(r.erased())
                .build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.integer(rs, "position"),
                Columns.text(rs, "name"), Columns.text(rs, "job_title"), Columns.text(rs, "email"),
                Columns.text(rs, "phone"), Columns.bool(rs, "erased"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.integer(r.position()).text(r.name()).text(r.jobTitle()).text(r.email()).text(r.phone()).bool(r.erased());
    }
}
