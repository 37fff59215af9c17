package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Club;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Listeners;
import dk.welfarealliance.service.PutClub;
import dk.welfarealliance.service.RetryPolicy;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.TransientStorageException;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.PostgresServer;
import dk.welfarealliance.storage.jdbc.testing.RecordingDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Broken connections on PostgreSQL, beside {@link FaultInjectionTest}'s injected SQLStates: a second session
 * terminates the store's backend with {@code pg_terminate_backend} (which must report that it hit) just before a
 * statement of a write, or just before its commit, and then terminates every backend of the pool, again and
 * again, while writers run. Every affected call fails with {@link TransientStorageException}, nothing is
 * half-written, the pool recovers and lends out no connection afterwards.
 */
class BrokenConnectionTest {

    /** A pool of its own, recognisable in {@code pg_stat_activity} by its application name. */
    private record Setup(String schema, String application, HikariDataSource pool, RecordingDataSource faults,
            JdbcAllianceStore store) implements AutoCloseable {

        static Setup open(int poolSize) {
            PostgresServer server = PostgresServer.get();
            String schema = server.createSchema();
            String application = "wa-victim-" + UUID.randomUUID().toString().substring(0, 8);
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(server.url());
            config.addDataSourceProperty("ApplicationName", application);
            config.setMaximumPoolSize(poolSize);
            config.setPoolName(application);
            HikariDataSource pool = new HikariDataSource(config);
            RecordingDataSource faults = new RecordingDataSource(pool);
            JdbcAllianceStore store = JdbcAllianceStore.create(faults,
                    JdbcStoreConfig.builder().schema(schema).schemaMode(SchemaMode.CREATE_IF_MISSING).build());
            return new Setup(schema, application, pool, faults, store);
        }

        int active() {
            return pool.getHikariPoolMXBean().getActiveConnections();
        }

        /** @return what is stored, read from the rows by a store that remembers nothing */
        Optional<Alliance> stored(AllianceId id) {
            faults.reset();
            return JdbcAllianceStore.create(pool, JdbcStoreConfig.builder().schema(schema).rememberedAlliances(0).build())
                    .findById(id);
        }

        /** @return the statements of {@code write} on {@link #store}, counted by a run whose commit fails */
        int statementsOf(Runnable write) {
            faults.reset();
            faults.failCommit("40001");
            assertThatThrownBy(write::run).isInstanceOf(TransientStorageException.class);
            int statements = faults.statements();
            faults.reset();
            return statements;
        }

        @Override
        public void close() {
            pool.close();
            PostgresServer.get().dropSchema(schema);
        }
    }

    /** Terminates the backend of {@code victim} from a session of its own; fails the test unless it hit. */
    private static void terminate(Connection victim, AtomicInteger hits) {
        try (Connection killer = DriverManager.getConnection(PostgresServer.get().url());
                PreparedStatement s = killer.prepareStatement("SELECT pg_terminate_backend(?, 5000)")) {
            int pid = victim.unwrap(PGConnection.class).getBackendPID();
            s.setInt(1, pid);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getBoolean(1)).as("pg_terminate_backend(%d) hit", pid).isTrue();
            }
            hits.incrementAndGet();
        } catch (SQLException e) {
            throw new IllegalStateException("could not terminate the backend", e);
        }
    }

    @Test
    void a_backend_terminated_before_a_statement_or_the_commit_of_a_write_fails_transiently_and_writes_nothing() {
        AtomicInteger hits = new AtomicInteger();
        try (Setup s = Setup.open(2)) {
            IdGenerator ids = IdGenerator.seeded(31);
            Alliance fresh = Alliances.full(ids, "751", 2);
            int insert = s.statementsOf(() -> s.store.insert(fresh));
            for (int k : new int[] {1, insert / 2, insert}) {
                s.faults.reset();
                s.faults.beforeStatement(k, c -> terminate(c, hits));
                assertThatThrownBy(() -> s.store.insert(fresh)).as("insert, statement %d", k)
                        .isInstanceOfSatisfying(TransientStorageException.class,
                                e -> assertThat(e.isOutcomeUnknown()).isFalse());
                s.faults.reset();
                assertThat(s.stored(fresh.getId())).as("after insert statement %d", k).isEmpty();
                assertThat(s.active()).isZero();
            }
            s.faults.reset();
            Alliance stored = s.store.insert(fresh);
            Alliance changed = FaultInjectionTest.changeEveryTable(stored, ids);
            int update = s.statementsOf(() -> s.store.update(changed));
            for (int k : new int[] {1, 2, update / 2, update}) {
                s.faults.reset();
                s.faults.beforeStatement(k, c -> terminate(c, hits));
                assertThatThrownBy(() -> s.store.update(changed)).as("update, statement %d", k)
                        .isInstanceOf(TransientStorageException.class);
                s.faults.reset();
                assertThat(s.stored(stored.getId())).as("after update statement %d", k).contains(stored);
                assertThat(s.active()).isZero();
            }
            s.faults.reset();
            s.faults.beforeCommit(c -> terminate(c, hits));
            assertThatThrownBy(() -> s.store.update(changed)).as("update, commit")
                    .isInstanceOfSatisfying(TransientStorageException.class, e -> assertThat(e.isOutcomeUnknown()).isTrue());
            s.faults.reset();
            assertThat(s.stored(stored.getId())).as("the commit never reached the server").contains(stored);

            assertThat(s.store.update(changed)).as("the pool recovered").isEqualTo(changed.withVersion(2));
            assertThat(s.active()).isZero();
            assertThat(hits).hasValue(8);
            System.out.println("BrokenConnectionTest: " + hits + " backends terminated mid-write, each verified, each"
                    + " failing its call with TransientStorageException and leaving nothing half-written");
        }
    }

    /** A command a writer sent and what came of it. */
    private record Sent(AllianceId alliance, ActorRef actor, boolean acknowledged, String error, boolean outcomeUnknown) {}

    @Test
    void terminating_every_connection_of_the_pool_under_load_fails_calls_only_transiently_and_the_pool_recovers()
            throws Exception {
        int writers = 4;
        int commands = 25;
        try (Setup s = Setup.open(4)) {
            AllianceService service = new AllianceService(new Lifecycle(ReferenceCatalogue.bundled(), Clock.systemUTC(),
                    Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(32)), s.store, RetryPolicy.noRetry(),
                    Listeners.none());
            List<AllianceId> alliances = List.of(
                    service.create(FederationCode.DBU, MunicipalityCode.of("751"), ActorRef.of("setup")).getId(),
                    service.create(FederationCode.DBU, MunicipalityCode.of("101"), ActorRef.of("setup")).getId());
            List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(writers + 1);
            Future<Integer> killer = threads.submit(() -> killAll(s.application, writing));
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(threads.submit(() -> {
                    for (int i = 0; i < commands; i++) {
                        AllianceId id = alliances.get((writer + i) % 2);
                        ActorRef actor = ActorRef.of("writer-" + writer + "-" + i);
                        try {
                            service.execute(id, PutClub.of(Club.builder().name("Klub " + actor.value()).build()), actor);
                            sent.add(new Sent(id, actor, true, null, false));
                        } catch (TransientStorageException e) {
                            sent.add(new Sent(id, actor, false, e.getClass().getName(), e.isOutcomeUnknown()));
                        } catch (RuntimeException e) {
                            sent.add(new Sent(id, actor, false, e.getClass().getName(), false));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(3, TimeUnit.MINUTES);
            }
            writing.set(false);
            int killed = killer.get(1, TimeUnit.MINUTES);
            threads.shutdown();

            long failed = sent.stream().filter(x -> !x.acknowledged()).count();
            long transients = sent.stream().filter(x -> TransientStorageException.class.getName().equals(x.error())).count();
            assertThat(killed).as("backends terminated").isPositive();
            assertThat(sent).filteredOn(x -> !x.acknowledged()).allSatisfy(x -> assertThat(x.error())
                    .isIn(TransientStorageException.class.getName(), OptimisticLockException.class.getName()));
            assertThat(transients).as("calls hit by a termination").isPositive();
            assertThat(failed).as("calls that got through between terminations").isLessThan(sent.size());

            // A connection terminated in the last round may still be idle in the pool: the first call that gets it
            // fails transiently, like every other affected call, and the pool replaces it.
            int afterStorm = 0;
            for (int attempt = 0; ; attempt++) {
                try {
                    service.find(alliances.get(0));
                    break;
                } catch (TransientStorageException e) {
                    assertThat(attempt).as("calls failing after the terminations stopped: at most one per pooled connection").isLessThan(5);
                    afterStorm++;
                }
            }
            System.out.printf("BrokenConnectionTest under load: %d backends terminated, %d calls, %d acknowledged, "
                    + "%d failed transiently, %d met a conflict; %d read(s) failed transiently once the terminations stopped, "
                    + "then the pool recovered%n", killed, sent.size(), sent.size() - failed, transients, failed - transients,
                    afterStorm);
            for (AllianceId id : alliances) {
                Alliance a = service.find(id).orElseThrow();
                assertThat(Alliance.builder().from(a).build()).isEqualTo(a);
                assertThat(a.getVersion()).isEqualTo(a.getHistory().size());
                for (Sent x : sent) {
                    if (!x.alliance().equals(id)) {
                        continue;
                    }
                    List<HistoryEntry> entries = a.getHistory().stream().filter(e -> e.getActor().equals(x.actor())).toList();
                    long clubs = a.getClubs().stream().filter(c -> c.getName().equals("Klub " + x.actor().value())).count();
                    assertThat(clubs).as("clubs of %s", x.actor()).isEqualTo(entries.size());
                    if (x.acknowledged()) {
                        assertThat(entries).as("%s acknowledged", x.actor()).hasSize(1);
                    } else if (x.outcomeUnknown()) {
                        assertThat(entries).as("%s, outcome unknown", x.actor()).hasSizeLessThanOrEqualTo(1);
                    } else {
                        assertThat(entries).as("%s failed before its commit", x.actor()).isEmpty();
                    }
                }
            }
            assertThat(s.active()).as("connections lent out once the load is over").isZero();
            assertThat(statesOf(s.application)).as("sessions of the pool").doesNotContain("idle in transaction", "active");
        }
    }

    /** Terminates every backend of {@code application}, every 150 ms, while {@code running}; returns how many. */
    private static int killAll(String application, AtomicBoolean running) throws Exception {
        int killed = 0;
        try (Connection killer = DriverManager.getConnection(PostgresServer.get().url());
                PreparedStatement s = killer.prepareStatement(
                        "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                                + " WHERE application_name = ? AND pid <> pg_backend_pid()")) {
            s.setString(1, application);
            while (running.get()) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    killed += r.getInt(1);
                }
                Thread.sleep(150);
            }
        }
        return killed;
    }

    private static List<String> statesOf(String application) throws SQLException {
        List<String> states = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(PostgresServer.get().url());
                PreparedStatement s = c.prepareStatement(
                        "SELECT state FROM pg_stat_activity WHERE application_name = ?")) {
            s.setString(1, application);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    states.add(r.getString(1));
                }
            }
        }
        return states;
    }
}
