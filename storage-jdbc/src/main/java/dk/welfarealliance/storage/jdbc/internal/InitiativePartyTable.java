package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.SignatoryParty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code initiative_party}: the clubs ({@code kind} CLUB) and partners ({@code kind} PARTNER) that deliver each
 * initiative; sets, so no position, and every column is a key column.
 */
final class InitiativePartyTable extends ChildTable<InitiativePartyTable.Row> {

    record Row(UUID allianceId, UUID initiativeId, String kind, UUID partyId) {}

    private record Key(UUID initiativeId, UUID partyId) {}

    private static final String SELECT = """
            SELECT alliance_id, initiative_id, kind, party_id
            FROM ${prefix}initiative_party
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}initiative_party (alliance_id, initiative_id, party_id, kind)
            VALUES (?, ?, ?, ?)
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}initiative_party WHERE alliance_id = ? AND initiative_id = ? AND party_id = ?
            """;

    InitiativePartyTable(TableNames names) {
        super(names, "initiative_party", SELECT, INSERT, null, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            for (Initiative n : a.getInitiatives()) {
                UUID initiative = n.getId().value();
                n.getClubs().forEach(c -> rows.add(new Row(alliance.getId().value(), initiative,
                        SignatoryParty.CLUB.name(), c.value())));
                n.getPartners().forEach(p -> rows.add(new Row(alliance.getId().value(), initiative,
                        SignatoryParty.PARTNER.name(), p.value())));
            }
        }
        return rows;
    }

    /** Adds the club or partner of {@code r} to the initiative being built. */
    void addTo(Initiative.Builder initiative, Row r) {
        SignatoryParty kind = StoredValues.enumOf(SignatoryParty.class, r.kind(), "Initiative", "party");
        if (kind == SignatoryParty.PARTNER) {
            initiative.addPartners(PartnerId.of(r.partyId()));
        } else {
            initiative.addClubs(ClubId.of(r.partyId()));
        }
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "initiative_id"), Columns.text(rs, "kind"),
                Columns.uuid(rs, "party_id"));
    }

    @Override
    UUID allianceOf(Row row) {
        return row.allianceId();
    }

    @Override
    Object keyOf(Row row) {
        return new Key(row.initiativeId(), row.partyId());
    }

    @Override
    void bindKey(Binder b, Row r) throws SQLException {
        b.uuid(r.allianceId()).uuid(r.initiativeId()).uuid(r.partyId());
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        // the kind is not part of the key but never changes for a party id: insert binds it after the key
        b.text(r.kind());
    }
}
