package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code club}: the alliance's clubs, in the order given. */
final class ClubTable extends EntityTable<ClubTable.Row> {

    record Row(UUID allianceId, UUID id, int position, String name, String cvr) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, position, name, cvr
            FROM ${prefix}club
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}club (alliance_id, id, position, name, cvr)
            VALUES (?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}club
            SET position = ?, name = ?, cvr = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}club WHERE alliance_id = ? AND id = ?
            """;

    ClubTable(TableNames names) {
        super(names, "club", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        List<Club> clubs = alliance.getClubs();
        for (int i = 0; i < clubs.size(); i++) {
            Club c = clubs.get(i);
            rows.add(new Row(alliance.getId().value(), c.getId().value(), i, c.getName(), c.getCvr().orElse(null)));
        }
        return rows;
    }

    Club toDomain(Row r) {
        return Club.builder().id(ClubId.of(r.id())).name(r.name()).cvr(Optional.ofNullable(r.cvr())).build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.integer(rs, "position"),
                Columns.text(rs, "name"), Columns.text(rs, "cvr"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.integer(r.position()).text(r.name()).text(r.cvr());
    }
}
