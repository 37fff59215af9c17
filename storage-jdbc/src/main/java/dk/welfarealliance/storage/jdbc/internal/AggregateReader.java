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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads aggregates with a fixed number of statements, whatever the number of children or of alliances on a
 * page (no N+1): one for the alliance rows, then one per child table for all of them at once
 * ({@link #LOAD_STATEMENTS} in all); one when no alliance matches. The caller runs the statements in one
 * transaction that sees one committed version.
 */
final class AggregateReader {
    /** Statements to read one alliance, or a page of them: the alliance rows plus one query per child table. */
    static final int LOAD_STATEMENTS = 1 + Tables.CHILD_TABLES;

    private final Tables tables;
    private final TableNames names;
    private final AllianceAssembler assembler;

    AggregateReader(Tables tables, TableNames names) {
        this.tables = tables;
        this.names = names;
        this.assembler = new AllianceAssembler(tables);
    }

    /** @return the alliance with {@code id}: {@link #LOAD_STATEMENTS} statements, 1 if there is none */
    Optional<Alliance> findById(Connection c, UUID id) throws SQLException {
        return first(assemble(c, tables.alliance.selectById(c, id)));
    }

    /** @return the alliance with the natural key: {@link #LOAD_STATEMENTS} statements, 1 if there is none */
    Optional<Alliance> findByNaturalKey(Connection c, FederationCode federation, MunicipalityCode municipality)
            throws SQLException {
        return first(assemble(c, tables.alliance.selectByNaturalKey(c, federation.value(), municipality.value())));
    }

    /**
     * @return the page: {@link #LOAD_STATEMENTS} statements, 1 if it is empty
     * @throws IllegalArgumentException if the page's cursor belongs to other criteria or another sort
     */
    Page query(Connection c, AllianceCriteria criteria, PageRequest page) throws SQLException {
        Optional<Cursor> after = page.afterFor(criteria);
        AllianceQuery query = AllianceQuery.page(names, criteria, page.getSort(), after, page.getSize() + 1);
        List<AllianceTable.Row> rows;
        try (PreparedStatement ps = query.prepare(c)) {
            rows = AllianceTable.readAll(ps);
        }
        boolean more = rows.size() > page.getSize();
        List<Alliance> items = assemble(c, more ? rows.subList(0, page.getSize()) : rows);
        Optional<Cursor> next = more
                ? Optional.of(Cursor.after(items.get(items.size() - 1), criteria, page.getSort()))
                : Optional.empty();
        return Page.of(items, next);
    }

    /** @return the number of matching alliances: one statement */
    long count(Connection c, AllianceCriteria criteria) throws SQLException {
        try (PreparedStatement ps = AllianceQuery.count(names, criteria).prepare(c); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * @return the stored row of {@code id}, locked for the rest of the transaction, and its children, not yet
     *     assembled: {@link #LOAD_STATEMENTS} statements, 1 if there is no such alliance
     */
    Optional<Stored> loadRowsForUpdate(Connection c, UUID id) throws SQLException {
        List<AllianceTable.Row> roots = tables.alliance.selectByIdForUpdate(c, id);
        if (roots.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Stored(roots.get(0), ChildRows.load(c, tables, List.of(id))));
    }

    /** @return the alliance that {@code stored} holds */
    Alliance assemble(Stored stored) {
        return assembler.assemble(stored.root(), stored.children());
    }

    /** One alliance as stored: its row and its children's rows. */
    record Stored(AllianceTable.Row root, ChildRows children) {}

    private List<Alliance> assemble(Connection c, List<AllianceTable.Row> roots) throws SQLException {
        if (roots.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = roots.stream().map(AllianceTable.Row::id).toList();
        Map<UUID, ChildRows> children = ChildRows.load(c, tables, ids).byAlliance();
        List<Alliance> alliances = new ArrayList<>(roots.size());
        for (AllianceTable.Row root : roots) {
            alliances.add(assembler.assemble(root, children.getOrDefault(root.id(), ChildRows.none())));
        }
        return alliances;
    }

    private static Optional<Alliance> first(List<Alliance> alliances) {
        return alliances.stream().findFirst();
    }
}
