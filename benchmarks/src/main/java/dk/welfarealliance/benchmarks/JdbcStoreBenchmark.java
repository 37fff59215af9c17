package dk.welfarealliance.benchmarks;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.SearchKey;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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
 * The JDBC store against hand-written JDBC on H2 (in memory) and PostgreSQL, for one alliance with 0, a
 * typical (44 rows over 15 tables) or 500 child rows. Each operation has two baselines: {@code
 * _baselineRawJdbc}, the statements alone ({@link RawJdbc}: fewest round trips, values prepared beforehand),
 * and {@code _baselineRawJdbcDomain}, the same statements plus the domain objects built through core's
 * builders, as the store returns them ({@link RawRows}, {@link RawAssembler}).
 *
 * <p>An update changes the title of the alliance's first agreement; with {@code children=0} that agreement is
 * the alliance's only row below the alliance row (an update needs something to change).
 *
 * <p>The store remembers the alliances it read or wrote ({@code JdbcStoreConfig.getRememberedAlliances()}), so
 * {@code load} and {@code update} measure a store that has seen the alliance before, as an application that
 * shows and edits the same alliances does. {@code loadForgetful} and {@code updateForgetful} (typical children)
 * measure a store that remembers nothing: every load builds the aggregate from its rows, every update reads
 * what it replaces first, the cost of the first access to an alliance or of one another process wrote.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JdbcStoreBenchmark {

    /** A database holding one alliance, for loads and updates. */
    @State(Scope.Benchmark)
    public static class Stored {
        @Param({"h2", "postgresql"})
        public String db;

        @Param({"0", "typical", "500"})
        public String children;

        BenchDatabase database;
        JdbcAllianceStore store;
        Alliance current;
        UUID id;
        UUID agreementId;
        String[] titles;
        String[] titleKeys;
        long version;
        int n;

        @Setup(Level.Trial)
        public void setUp() {
            database = BenchDatabase.open(db);
            store = database.store();
            Alliance a = Fixtures.withChildren(IdGenerator.seeded(9), Fixtures.federation(0), "751", children);
            if (a.getAgreements().isEmpty()) {
                a = a.withAgreements(Agreement.builder().id(IdGenerator.seeded(10).newAgreementId())
                        .title("Velfærdsalliance").state(AgreementState.IN_DIALOGUE).build());
            }
            current = store.insert(a);
            id = current.getId().value();
            agreementId = current.getAgreements().get(0).getId().value();
            version = current.getVersion();
            titles = new String[] {"Velfærdsalliance 2025–2028", "Velfærdsalliance 2025–2029"};
            titleKeys = new String[] {SearchKey.of(titles[0]), SearchKey.of(titles[1])};
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            database.close();
        }

        /** @return the current alliance with the next title, built with core's validated copy methods */
        Alliance retitled() {
            List<Agreement> agreements = new ArrayList<>(current.getAgreements());
            agreements.set(0, agreements.get(0).withTitle(titles[n++ & 1]));
            return current.withAgreements(agreements);
        }
    }

    /** A database holding one typical alliance, and a store that remembers nothing. */
    @State(Scope.Benchmark)
    public static class Forgetful {
        @Param({"h2", "postgresql"})
        public String db;

        final Stored stored = new Stored();
        JdbcAllianceStore store;

        @Setup(Level.Trial)
        public void setUp() {
            stored.db = db;
            stored.children = "typical";
            stored.setUp();
            store = stored.database.forgetfulStore();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            stored.tearDown();
        }
    }

    /** An empty database and an alliance to insert; each insert is deleted again, unmeasured. */
    @State(Scope.Benchmark)
    public static class Insert {
        @Param({"h2", "postgresql"})
        public String db;

        @Param({"0", "typical", "500"})
        public String children;

        BenchDatabase database;
        JdbcAllianceStore store;
        Alliance alliance;
        RawRows rows;

        @Setup(Level.Trial)
        public void setUp() {
            database = BenchDatabase.open(db);
            store = database.store();
            alliance = Fixtures.withChildren(IdGenerator.seeded(11), Fixtures.federation(0), "751", children);
            rows = RawRows.of(alliance, 1);
        }

        @TearDown(Level.Invocation)
        public void deleteInserted() throws SQLException {
            try (Connection c = database.connection()) {
                RawJdbc.delete(c, alliance.getId().value());
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            database.close();
        }
    }

    @Benchmark
    public Alliance load(Stored s) {
        return s.store.findById(s.current.getId()).orElseThrow();
    }

    @Benchmark
    public RawRows load_baselineRawJdbc(Stored s) throws SQLException {
        try (Connection c = s.database.connection()) {
            return RawJdbc.load(c, s.id, s.database.isPostgres());
        }
    }

    @Benchmark
    public Alliance load_baselineRawJdbcDomain(Stored s) throws SQLException {
        try (Connection c = s.database.connection()) {
            return RawAssembler.build(RawJdbc.load(c, s.id, s.database.isPostgres()));
        }
    }

    @Benchmark
    public Alliance loadForgetful(Forgetful f) {
        return f.store.findById(f.stored.current.getId()).orElseThrow();
    }

    @Benchmark
    public RawRows loadForgetful_baselineRawJdbc(Forgetful f) throws SQLException {
        return load_baselineRawJdbc(f.stored);
    }

    @Benchmark
    public Alliance loadForgetful_baselineRawJdbcDomain(Forgetful f) throws SQLException {
        return load_baselineRawJdbcDomain(f.stored);
    }

    @Benchmark
    public Alliance insert(Insert s) {
        return s.store.insert(s.alliance);
    }

    @Benchmark
    public RawRows insert_baselineRawJdbc(Insert s) throws SQLException {
        try (Connection c = s.database.connection()) {
            RawJdbc.insert(c, s.rows);
        }
        return s.rows;
    }

    @Benchmark
    public Alliance insert_baselineRawJdbcDomain(Insert s) throws SQLException {
        RawRows rows = RawRows.of(s.alliance, 1);
        try (Connection c = s.database.connection()) {
            RawJdbc.insert(c, rows);
        }
        return s.alliance.withVersion(1);
    }

    @Benchmark
    public Alliance update(Stored s) {
        s.current = s.store.update(s.retitled());
        return s.current;
    }

    @Benchmark
    public Alliance updateForgetful(Forgetful f) {
        f.stored.current = f.store.update(f.stored.retitled());
        return f.stored.current;
    }

    @Benchmark
    public long updateForgetful_baselineRawJdbc(Forgetful f) throws SQLException {
        return update_baselineRawJdbc(f.stored);
    }

    @Benchmark
    public Alliance updateForgetful_baselineRawJdbcDomain(Forgetful f) throws SQLException {
        return update_baselineRawJdbcDomain(f.stored);
    }

    @Benchmark
    public long update_baselineRawJdbc(Stored s) throws SQLException {
        int t = s.n++ & 1;
        try (Connection c = s.database.connection()) {
            RawJdbc.updateTitle(c, s.id, s.agreementId, s.titles[t], s.titleKeys[t], s.version, Instant.now());
        }
        return ++s.version;
    }

    @Benchmark
    public Alliance update_baselineRawJdbcDomain(Stored s) throws SQLException {
        Alliance next = s.retitled();
        Agreement changed = next.getAgreements().get(0);
        try (Connection c = s.database.connection()) {
            RawJdbc.updateTitle(c, s.id, s.agreementId, changed.getTitle(), SearchKey.of(changed.getTitle()),
                    next.getVersion(), next.getLastModified());
        }
        s.current = next.withVersion(next.getVersion() + 1);
        return s.current;
    }
}
