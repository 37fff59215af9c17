package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.AgreementState;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Track;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.SearchKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One query over the alliance table for {@link AllianceCriteria} (docs/storage-contract.md): the criteria become a
 * {@code WHERE} clause of fixed fragments, one per criterion given, all values bound as parameters; the
 * agreement filter becomes one {@code EXISTS} over the agreement table, so that every predicate holds for
 * one and the same agreement. Sorting and keyset paging use only the municipality code (a {@code "C"}
 * collated column on PostgreSQL), {@code latest_signed_end} and the uuid, which both databases order
 * unsigned; human text is never sorted on.
 */
final class AllianceQuery {
    private static final String FROM = """
            FROM ${prefix}alliance a
            WHERE 1 = 1
            """;
    private static final String FEDERATION = "  AND a.federation = ?\n";
    private static final String MUNICIPALITIES = "  AND a.municipality = ANY(?)\n";
    private static final String AGREEMENT = "  AND EXISTS (SELECT 1 FROM ${prefix}agreement g WHERE g.alliance_id = a.id\n";
    private static final String STATES = "    AND g.state = ANY(?)\n";
    private static final String IN_FORCE_ON = """
                AND g.state IN ('SIGNED', 'TERMINATED') AND g.period_start <= ?
                AND (g.effective_end >= ? OR (g.state = 'SIGNED' AND g.period_end_kind = 'OPEN_ENDED'))
            """;
    private static final String POSSIBLY_IN_FORCE_ON = """
                AND g.state = 'SIGNED' AND g.period_end_kind = 'NOT_RECORDED' AND g.period_start <= ?
                AND (g.end_at_latest IS NULL OR g.end_at_latest >= ?)
            """;
    private static final String ENDS_BETWEEN = "    AND g.state = 'SIGNED' AND g.period_end >= ? AND g.period_end <= ?\n";
    private static final String FOCUS_AREA = """
                AND EXISTS (SELECT 1 FROM ${prefix}focus_area f
                            WHERE f.alliance_id = g.alliance_id AND f.agreement_id = g.id AND f.code = ?)
            """;
    private static final String GRASSROOTS = "    AND g.has_grassroots = TRUE\n";
    private static final String ELITE = "    AND g.has_elite = TRUE\n";
    private static final String TITLE = "    AND g.title_search LIKE ? ESCAPE '\\'\n";
    private static final String AGREEMENT_END = "  )\n";
    // The first conjunct bounds the index range on its leading column, so that a deep page starts where the cursor
    // is instead of filtering from the first row (the OR alone is applied as a filter); the second picks up after
    // the cursor's id among the few alliances of that municipality (one per federation).
    private static final String AFTER_MUNICIPALITY = """
              AND a.municipality >= ? AND (a.municipality > ? OR a.id > ?)
            """;
    private static final String AFTER_END = """
              AND (a.latest_signed_end >= ? OR a.latest_signed_end IS NULL)
              AND (a.latest_signed_end > ? OR a.latest_signed_end IS NULL OR a.id > ?)
            """;
    private static final String AFTER_NO_END = "  AND a.latest_signed_end IS NULL AND a.id > ?\n";
    private static final String BY_MUNICIPALITY = "ORDER BY a.municipality, a.id\nLIMIT ?\n";
    private static final String BY_LATEST_END = "ORDER BY a.latest_signed_end ASC NULLS LAST, a.id\nLIMIT ?\n";

    /** Binds one parameter; arrays need the connection. */
    private interface Param {
        void bind(Connection c, Binder b) throws SQLException;
    }

    private final StringBuilder sql;
    private final List<Param> params = new ArrayList<>();
    private final TableNames names;

    private AllianceQuery(TableNames names, String select, AllianceCriteria criteria) {
        this.names = names;
        this.sql = new StringBuilder(select).append(FROM);
        where(criteria);
    }

    /** @return the query of one page: at most {@code limit} rows of {@link AllianceTable#COLUMNS} after {@code after} */
    static AllianceQuery page(TableNames names, AllianceCriteria criteria, AllianceSort sort, Optional<Cursor> after,
            int limit) {
        AllianceQuery q = new AllianceQuery(names, "SELECT " + AllianceTable.COLUMNS + "\n", criteria);
        after.ifPresent(q::after);
        q.sql.append(sort == AllianceSort.MUNICIPALITY ? BY_MUNICIPALITY : BY_LATEST_END);
        q.params.add((c, b) -> b.integer(limit));
        return q;
    }

    /** @return the query of the number of matching alliances */
    static AllianceQuery count(TableNames names, AllianceCriteria criteria) {
        return new AllianceQuery(names, "SELECT COUNT(*)\n", criteria);
    }

    /**
     * @param prefix text put before the query, e.g. {@code EXPLAIN } to see the database's plan for it
     * @return the statement, prepared and bound; the caller executes and closes it
     */
    PreparedStatement prepare(Connection c, String prefix) throws SQLException {
        PreparedStatement ps = c.prepareStatement(prefix + names.sql(sql.toString()));
        try {
            Binder b = new Binder(ps);
            for (Param p : params) {
                p.bind(c, b);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    private void where(AllianceCriteria criteria) {
        criteria.getFederation().ifPresent(f -> add(FEDERATION, (c, b) -> b.text(f.value())));
        criteria.getMunicipalities().ifPresent(codes -> add(MUNICIPALITIES, (c, b) -> b.array(c.createArrayOf("varchar",
                codes.stream().map(MunicipalityCode::value).toArray()))));
        criteria.getAgreement().ifPresent(this::agreement);
    }

    private void agreement(AgreementFilter f) {
        sql.append(AGREEMENT);
        if (!f.getStates().isEmpty()) {
            add(STATES, (c, b) -> b.array(c.createArrayOf("varchar",
                    f.getStates().stream().map(AgreementState::name).toArray())));
        }
        f.getInForceOn().ifPresent(d -> add(IN_FORCE_ON, (c, b) -> b.date(d).date(d)));
        f.getPossiblyInForceOn().ifPresent(d -> add(POSSIBLY_IN_FORCE_ON, (c, b) -> b.date(d).date(d)));
        f.getEndsBetween().ifPresent(r -> add(ENDS_BETWEEN, (c, b) -> b.date(r.getFirst()).date(r.getLast())));
        f.getFocusArea().ifPresent(code -> add(FOCUS_AREA, (c, b) -> b.text(code.value())));
        f.getTrack().ifPresent(track -> sql.append(track == Track.GRASSROOTS ? GRASSROOTS : ELITE));
        f.titleSearchKey().ifPresent(key -> add(TITLE, (c, b) -> b.text(SearchKey.likePattern(key))));
        sql.append(AGREEMENT_END);
    }

    private void after(Cursor cursor) {
        if (cursor.getSort() == AllianceSort.MUNICIPALITY) {
            String municipality = cursor.getLastMunicipality().value();
            add(AFTER_MUNICIPALITY, (c, b) -> b.text(municipality).text(municipality).uuid(cursor.getLastId().value()));
        } else if (cursor.getLastLatestSignedEnd().isPresent()) {
            LocalDate end = cursor.getLastLatestSignedEnd().get();
            add(AFTER_END, (c, b) -> b.date(end).date(end).uuid(cursor.getLastId().value()));
        } else {
            add(AFTER_NO_END, (c, b) -> b.uuid(cursor.getLastId().value()));
        }
    }

    private void add(String fragment, Param param) {
        sql.append(fragment);
        params.add(param);
    }
}
