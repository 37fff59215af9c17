package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Alliance;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rows of every child table for one or more alliances, as computed from aggregates or as loaded. */
final class ChildRows {
    private final Map<ChildTable<?>, List<?>> rows;

    private ChildRows(Map<ChildTable<?>, List<?>> rows) {
        this.rows = rows;
    }

    /** @return no rows at all: an alliance without children */
    static ChildRows none() {
        return new ChildRows(new IdentityHashMap<>());
    }

    /** @return the rows that store {@code alliance} */
    static ChildRows of(Tables tables, Alliance alliance) {
        Map<ChildTable<?>, List<?>> rows = new IdentityHashMap<>();
        for (ChildTable<?> table : tables.children()) {
            rows.put(table, table.rowsOf(alliance));
        }
        return new ChildRows(rows);
    }

    /**
     * Loads the rows of the alliances {@code ids} with one query per child table, whatever the number of
     * alliances or rows: exactly {@code tables.children().size()} statements.
     */
    static ChildRows load(Connection c, Tables tables, List<UUID> ids) throws SQLException {
        Map<ChildTable<?>, List<?>> rows = new IdentityHashMap<>();
        Array idArray = c.createArrayOf("uuid", ids.toArray());
        try {
            for (ChildTable<?> table : tables.children()) {
                rows.put(table, load(c, table, idArray));
            }
        } finally {
            idArray.free();
        }
        return new ChildRows(rows);
    }

    private static <R> List<R> load(Connection c, ChildTable<R> table, Array ids) throws SQLException {
        List<R> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(table.selectSql())) {
            new Binder(ps).array(ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(table.read(rs));
                }
            }
        }
        return result;
    }

    /** @return the rows of {@code table} */
    @SuppressWarnings("unchecked") // the map holds, for each table, only rows of that table's type
    <R> List<R> of(ChildTable<R> table) {
        return (List<R>) rows.getOrDefault(table, List.of());
    }

    /** @return these rows split by the alliance they belong to */
    Map<UUID, ChildRows> byAlliance() {
        Map<UUID, ChildRows> split = new HashMap<>();
        for (ChildTable<?> table : rows.keySet()) {
            splitInto(split, table);
        }
        return split;
    }

    private <R> void splitInto(Map<UUID, ChildRows> split, ChildTable<R> table) {
        for (R row : of(table)) {
            ChildRows target = split.computeIfAbsent(table.allianceOf(row), id -> new ChildRows(new IdentityHashMap<>()));
            target.add(table, row);
        }
    }

    @SuppressWarnings("unchecked") // see of(ChildTable)
    private <R> void add(ChildTable<R> table, R row) {
        ((List<R>) rows.computeIfAbsent(table, t -> new ArrayList<R>())).add(row);
    }
}
