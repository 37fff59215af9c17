package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads aggregates with a fixed number of statements, whatever the number of children or of alliances on a
 * page (no N+1): the alliance rows, then one query per child table for all of them at once. Where the dialect
 * {@linkplain SqlDialect#sendsQueriesTogether() sends queries together} (PostgreSQL) the child queries are one
 * statement, and a read by id sends the alliance row's query with them: one round trip. The caller runs the
 * statements in one transaction that sees one committed version; a store-managed read's first statement
 * carries the dialect's {@linkplain SqlDialect#readPrologue() prologue}.
 *
 * <p>Every aggregate read is remembered with its version and revision ({@link KnownRevisions}); one that is
 * remembered at its stored version and revision is returned as remembered, and its children are not read (on
 * PostgreSQL, where a read by id reads them in the same round trip, they are read but not built into an
 * aggregate).
 */
final class AggregateReader {
    private final Tables tables;
    private final TableNames names;
    private final SqlDialect dialect;
    private final AllianceAssembler assembler;
    private final KnownRevisions known;

    AggregateReader(Tables tables, TableNames names, SqlDialect dialect, KnownRevisions known) {
        this.tables = tables;
        this.names = names;
        this.dialect = dialect;
        this.assembler = new AllianceAssembler(tables);
        this.known = known;
    }

    /** @return the alliance with {@code id}: 1 statement on PostgreSQL, 18 on H2 (1 if none or remembered) */
    Optional<Alliance> findById(Connection c, Optional<String> prologue, UUID id) throws SQLException {
        if (dialect.sendsQueriesTogether()) {
            ChildRows.Loaded loaded = ChildRows.loadTogether(c, tables, prologue, tables.alliance.selectByIdSql(),
                    List.of(id));
            return first(assemble(loaded.roots(), loaded.children()));
        }
        return first(assemble(c, tables.alliance.selectById(c, id)));
    }

    /** @return the alliance with the natural key: 2 statements on PostgreSQL, 18 on H2; 1 if there is none */
    Optional<Alliance> findByNaturalKey(Connection c, Optional<String> prologue, FederationCode federation,
            MunicipalityCode municipality) throws SQLException {
        return first(assemble(c, tables.alliance.selectByNaturalKey(c, prologue, federation.value(),
                municipality.value())));
    }

    /**
     * @return the page: 2 statements on PostgreSQL, 18 on H2, 1 if it is empty
     * @throws IllegalArgumentException if the page's cursor belongs to other criteria or another sort
     */
    Page query(Connection c, Optional<String> prologue, AllianceCriteria criteria, PageRequest page)
            throws SQLException {
        Optional<Cursor> after = page.afterFor(criteria);
        AllianceQuery query = AllianceQuery.page(names, criteria, page.getSort(), after, page.getSize() + 1);
        List<AllianceTable.Row> rows = new ArrayList<>();
        try (PreparedStatement ps = query.prepare(c, Statements.prologue(prologue, ""))) {
            Statements.readAll(ps, 1, (i, rs) -> rows.addAll(AllianceTable.readAll(rs)));
        }
        boolean more = rows.size() > page.getSize();
        List<Alliance> items = assemble(c, more ? rows.subList(0, page.getSize()) : rows);
        Optional<Cursor> next = more
                ? Optional.of(Cursor.after(items.get(items.size() - 1), criteria, page.getSort()))
                : Optional.empty();
        return Page.of(items, next);
    }

    /** @return the number of matching alliances: one statement */
    long count(Connection c, Optional<String> prologue, AllianceCriteria criteria) throws SQLException {
        long[] count = new long[1];
        try (PreparedStatement ps = AllianceQuery.count(names, criteria).prepare(c, Statements.prologue(prologue, ""))) {
            Statements.readAll(ps, 1, (i, rs) -> {
                rs.next();
                count[0] = rs.getLong(1);
            });
        }
        return count[0];
    }

    /**
     * @return the stored row of {@code id}, locked for the rest of the transaction, and its children, not yet
     *     assembled: 1 statement on PostgreSQL, 18 on H2 (1 if there is no such alliance)
     */
    Optional<Stored> loadRowsForUpdate(Connection c, UUID id) throws SQLException {
        if (dialect.sendsQueriesTogether()) {
            ChildRows.Loaded loaded = ChildRows.loadTogether(c, tables, Optional.empty(),
                    tables.alliance.selectByIdForUpdateSql(), List.of(id));
            return loaded.roots().stream().findFirst().map(root -> new Stored(root, loaded.children()));
        }
        List<AllianceTable.Row> roots = tables.alliance.selectByIdForUpdate(c, id);
        if (roots.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Stored(roots.get(0), ChildRows.load(c, tables, dialect, List.of(id))));
    }

    /** @return the alliance that {@code stored} holds */
    Alliance assemble(Stored stored) {
        return assembler.assemble(stored.root(), stored.children());
    }

    /** One alliance as stored: its row and its children's rows. */
    record Stored(AllianceTable.Row root, ChildRows children) {}

    /** @return the alliances of {@code roots}, reading the children of those not remembered (none if all are) */
    private List<Alliance> assemble(Connection c, List<AllianceTable.Row> roots) throws SQLException {
        Map<UUID, Alliance> remembered = remembered(roots);
        List<UUID> unknown = roots.stream().map(AllianceTable.Row::id).filter(id -> !remembered.containsKey(id)).toList();
        ChildRows children = unknown.isEmpty() ? ChildRows.none() : ChildRows.load(c, tables, dialect, unknown);
        return assemble(roots, children, remembered);
    }

    /** @return the alliances of {@code roots}, built from {@code children} unless remembered at their row */
    private List<Alliance> assemble(List<AllianceTable.Row> roots, ChildRows children) {
        return assemble(roots, children, remembered(roots));
    }

    private Map<UUID, Alliance> remembered(List<AllianceTable.Row> roots) {
        Map<UUID, Alliance> remembered = new HashMap<>();
        for (AllianceTable.Row root : roots) {
            known.stored(root).ifPresent(a -> remembered.put(root.id(), a));
        }
        return remembered;
    }

    private List<Alliance> assemble(List<AllianceTable.Row> roots, ChildRows children, Map<UUID, Alliance> remembered) {
        Map<UUID, ChildRows> byAlliance = children.byAlliance();
        List<Alliance> alliances = new ArrayList<>(roots.size());
        for (AllianceTable.Row root : roots) {
            Alliance alliance = remembered.get(root.id());
            if (alliance == null) {
                alliance = assembler.assemble(root, byAlliance.getOrDefault(root.id(), ChildRows.none()));
                known.remember(root.id(), root.version(), root.revision(), alliance);
            }
            alliances.add(alliance);
        }
        return alliances;
    }

    private static Optional<Alliance> first(List<Alliance> alliances) {
        return alliances.stream().findFirst();
    }
}
