package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryId;
import dk.welfarealliance.SignatoryParty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code signatory}: who signed each agreement, in the order given. */
final class SignatoryTable extends EntityTable<SignatoryTable.Row> {

    record Row(UUID allianceId, UUID id, UUID agreementId, int position, String party, String role, UUID contactId,
            UUID clubId, UUID partnerId) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, agreement_id, position, party, role, contact_id, club_id, partner_id
            FROM ${prefix}signatory
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}signatory (alliance_id, id, agreement_id, position, party, role, contact_id, club_id,
                partner_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}signatory
            SET agreement_id = ?, position = ?, party = ?, role = ?, contact_id = ?, club_id = ?, partner_id = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}signatory WHERE alliance_id = ? AND id = ?
            """;

    SignatoryTable(TableNames names) {
        super(names, "signatory", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            List<Signatory> signatories = a.getSignatories();
            for (int i = 0; i < signatories.size(); i++) {
                Signatory s = signatories.get(i);
                rows.add(new Row(alliance.getId().value(), s.getId().value(), a.getId().value(), i,
                        s.getParty().name(), s.getRole(), s.getContact().map(ContactId::value).orElse(null),
                        s.getClub().map(ClubId::value).orElse(null), s.getPartner().map(PartnerId::value).orElse(null)));
            }
        }
        return rows;
    }

    Signatory toDomain(Row r) {
        return Signatory.builder()
                .id(SignatoryId.of(r.id()))
                .party(StoredValues.enumOf(SignatoryParty.class, r.party(), "Signatory", "party"))
                .role(r.role())
                .contact(Optional.ofNullable(r.contactId()).map(ContactId::of))
                .club(Optional.ofNullable(r.clubId()).map(ClubId::of))
                .partner(Optional.ofNullable(r.partnerId()).map(PartnerId::of))
                .build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.uuid(rs, "agreement_id"),
                Columns.integer(rs, "position"), Columns.text(rs, "party"), Columns.text(rs, "role"),
                Columns.uuid(rs, "contact_id"), Columns.uuid(rs, "club_id"), Columns.uuid(rs, "partner_id"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.uuid(r.agreementId()).integer(r.position()).text(r.party()).text(r.role()).uuid(r.contactId()).uuid(r.clubId()).uuid(r.partnerId());
    }
}
