package dk.welfarealliance.benchmarks;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A page of 50 of all alliances by municipality and id, at 1,000, 10,000 and 100,000 alliances without
 * children, on H2 and PostgreSQL: the first page and the last one (after the alliance at position
 * {@code alliances - 51}). The library side is the store's {@code query} as it stands; the baseline is one
 * hand-written keyset query with a row-value cursor, {@code WHERE (municipality, id) > (?, ?)}.
 *
 * <p>The alliances are inserted once per trial with raw batch inserts (1,000 federations' worth of
 * municipality codes: 1,000 alliances per federation), in a schema of the trial's own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class KeysetPageBenchmark {
    static final int PAGE = 50;
    private static final String FIRST = """
            SELECT id, federation, municipality, version, last_modified, latest_signed_end
            FROM wa_alliance
            ORDER BY municipality, id
            LIMIT ?
            """;
    private static final String AFTER = """
            SELECT id, federation, municipality, version, last_modified, latest_signed_end
            FROM wa_alliance
            WHERE (municipality, id) > (?, ?)
            ORDER BY municipality, id
            LIMIT ?
            """;

    @Param({"h2", "postgresql"})
    public String db;

    @Param({"1000", "10000", "100000"})
    public int alliances;

    @Param({"first", "last"})
    public String page;

    BenchDatabase database;
    JdbcAllianceStore store;
    PageRequest request;
    String afterMunicipality;
    UUID afterId;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        database = BenchDatabase.open(db);
        store = database.store();
        populate();
        if (page.equals("first")) {
            request = PageRequest.first(PAGE);
        } else if (page.equals("last")) {
            try (Connection c = database.connection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT municipality, id FROM wa_alliance ORDER BY municipality, id"
                            + " OFFSET " + (alliances - PAGE - 1) + " ROWS FETCH NEXT 1 ROWS ONLY")) {
                rs.next();
                afterMunicipality = rs.getString(1);
                afterId = rs.getObject(2, UUID.class);
            }
            Alliance last = store.findById(AllianceId.of(afterId)).orElseThrow();
            request = PageRequest.after(Cursor.after(last, AllianceCriteria.all(), AllianceSort.MUNICIPALITY), PAGE);
        } else {
            throw new IllegalArgumentException("page must be first or last, was " + page);
        }
    }

    private void populate() throws SQLException {
        IdGenerator ids = IdGenerator.seeded(alliances);
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(RawSchema.ALLIANCE.insertSql())) {
                for (int i = 0; i < alliances; i++) {
                    RawSchema.ALLIANCE.bind(ps, new Object[] {ids.nextUuid(), Fixtures.federation(i).value(),
                        Fixtures.municipality(i), 1L, Fixtures.MODIFIED, null});
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            if (db.equals("postgresql")) {
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE wa_alliance");
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }

    @Benchmark
    public Page page() {
        return store.query(AllianceCriteria.all(), request);
    }

    @Benchmark
    public List<Object[]> page_baselineRawKeyset() throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement ps = c.prepareStatement(afterId == null ? FIRST : AFTER)) {
            if (afterId == null) {
                ps.setInt(1, PAGE);
            } else {
                ps.setString(1, afterMunicipality);
                ps.setObject(2, afterId);
                ps.setInt(3, PAGE);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return RawSchema.ALLIANCE.readAll(rs);
            }
        }
    }
}
