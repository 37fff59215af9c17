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
import java.util.Optional;
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
     * alliances or rows: one statement for all of them where the dialect {@linkplain
     * SqlDialect#sendsQueriesTogether() sends queries together}, else {@code tables.children().size()}.
     */
    static ChildRows load(Connection c, Tables tables, SqlDialect dialect, List<UUID> ids) throws SQLException {
        if (dialect.sendsQueriesTogether()) {
            return loadTogether(c, tables, Optional.empty(), null, ids).children();
        }
        Map<ChildTable<?>, List<?>> rows = new IdentityHashMap<>();
        Array idArray = c.createArrayOf("uuid", ids.toArray());
        try {
            for (ChildTable<?> table : tables.children()) {
                try (PreparedStatement ps = c.prepareStatement(table.selectSql())) {
                    new Binder(ps).array(idArray);
                    try (ResultSet rs = ps.executeQuery()) {
                        rows.put(table, readAll(table, rs));
                    }
                }
            }
        } finally {
            idArray.free();
        }
        return new ChildRows(rows);
    }

    /** The alliance rows and their children, read together. */
    record Loaded(List<AllianceTable.Row> roots, ChildRows children) {}

    /**
     * Runs, as one statement (one round trip), {@code prologue} if present, {@code rootQuery} if not null (a
     * query of alliance rows with one uuid parameter, bound to {@code ids}' only element) and the query of every
     * child table for {@code ids}; for a dialect that {@linkplain SqlDialect#sendsQueriesTogether() sends queries
     * together}.
     */
    static Loaded loadTogether(Connection c, Tables tables, Optional<String> prologue, String rootQuery, List<UUID> ids)
            throws SQLException {
        List<String> queries = new ArrayList<>();
        if (rootQuery != null) {
            queries.add(rootQuery);
        }
        List<ChildTable<?>> children = tables.children();
        children.forEach(t -> queries.add(t.selectSql()));
        int first = rootQuery == null ? 0 : 1;
        List<AllianceTable.Row> roots = new ArrayList<>();
        Map<ChildTable<?>, List<?>> rows = new IdentityHashMap<>();
        Array idArray = c.createArrayOf("uuid", ids.toArray());
        try (PreparedStatement ps = c.prepareStatement(Statements.prologue(prologue, Statements.together(queries)))) {
            Binder binder = new Binder(ps);
            if (rootQuery != null) {
                binder.uuid(ids.get(0));
            }
            for (int i = 0; i < children.size(); i++) {
                binder.array(idArray);
            }
            Statements.readAll(ps, queries.size(), (i, rs) -> {
                if (i < first) {
                    roots.addAll(AllianceTable.readAll(rs));
                } else {
                    ChildTable<?> table = children.get(i - first);
                    rows.put(table, readAll(table, rs));
                }
            });
        } finally {
            idArray.free();
        }
        return new Loaded(roots, new ChildRows(rows));
    }

    private static <R> List<R> readAll(ChildTable<R> table, ResultSet rs) throws SQLException {
        List<R> result = new ArrayList<>();
        while (rs.next()) {
            result.add(table.read(rs));
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
