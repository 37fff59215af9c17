package dk.welfarealliance.storage.jdbc.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Listeners;
import dk.welfarealliance.service.RetryPolicy;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.TransientStorageException;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import dk.welfarealliance.validation.ValidationException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The soak run (not part of the build; {@code storage-jdbc/soak.sh}): eight writers send mixed commands (valid and
 * invalid, through the service with its default retry) and one reader runs queries and reports against
 * PostgreSQL for a configurable time, default 10 minutes. An alliance whose history passes 300 entries is deleted
 * and replaced, so the work per command stays bounded and the heap can be judged. Every interval it prints
 * commands, conflicts retried, errors, connections in use and the heap after a GC; at the end it checks that no
 * connection is in use and that nothing but the typed errors escaped, and exits 1 if not.
 *
 * <p>Arguments: {@code [seconds] [writers]}; the server is {@code WA_POSTGRES_URL}, by default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. Creates a schema of its own and drops it.
 */
public final class Soak {
    private static final int ALLIANCES = 10;
    private static final int MAX_HISTORY = 300;

    private Soak() {}

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 600;
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String env = System.getenv("WA_POSTGRES_URL");
        String url = env == null || env.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres" : env;
        String schema = "wa_soak_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute(url, "CREATE SCHEMA " + schema);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(writers);
        config.setPoolName("soak");
        int exit = 0;
        try (HikariDataSource pool = new HikariDataSource(config)) {
            CountingStore store = new CountingStore(JdbcAllianceStore.create(pool,
                    JdbcStoreConfig.builder().schema(schema).schemaMode(SchemaMode.CREATE_IF_MISSING).build()));
            Lifecycle lifecycle = new Lifecycle(ReferenceCatalogue.bundled(), Clock.systemUTC(),
                    Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.random());
            AllianceService service = new AllianceService(lifecycle, store, RetryPolicy.defaults(), Listeners.none());
            Reports reports = Reports.of(service);
            List<MunicipalityCode> municipalities = ReferenceCatalogue.bundled().getMunicipalities().stream()
                    .map(m -> m.getCode()).limit(ALLIANCES).toList();
            AtomicReferenceArray<AllianceId> alliances = new AtomicReferenceArray<>(ALLIANCES);
            for (int i = 0; i < ALLIANCES; i++) {
                alliances.set(i, service.create(FederationCode.DBU, municipalities.get(i), ActorRef.of("soak")).getId());
            }
            AtomicLong accepted = new AtomicLong();
            AtomicLong rejected = new AtomicLong();
            AtomicLong gaveUp = new AtomicLong();
            AtomicLong unexpected = new AtomicLong();
            AtomicLong reads = new AtomicLong();
            AtomicLong replaced = new AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService threads = Executors.newFixedThreadPool(writers + 1);
            for (int w = 0; w < writers; w++) {
                long seed = w;
                threads.submit(() -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    for (int n = 0; System.nanoTime() < end; n++) {
                        int slot = random.nextInt(ALLIANCES);
                        AllianceId id = alliances.get(slot);
                        try {
                            Alliance a = service.find(id).orElse(null);
                            if (a == null) {
                                continue; // being replaced
                            }
                            if (a.getHistory().size() > MAX_HISTORY) {
                                store.delete(id, a.getVersion());
                                alliances.set(slot, service.create(FederationCode.DBU, a.getMunicipality(),
                                        ActorRef.of("soak")).getId());
                                replaced.incrementAndGet();
                                continue;
                            }
                            service.execute(id, Moves.command(a, random.nextInt(Moves.KINDS), random.nextInt(4),
                                    random.nextInt(10_000), n), ActorRef.of("soak-" + seed));
                            accepted.incrementAndGet();
                        } catch (ValidationException e) {
                            rejected.incrementAndGet();
                        } catch (OptimisticLockException | TransientStorageException e) {
                            gaveUp.incrementAndGet();
                        } catch (dk.welfarealliance.storage.DuplicateAllianceException e) {
                            gaveUp.incrementAndGet(); // two writers replaced the same alliance
                        } catch (RuntimeException e) {
                            unexpected.incrementAndGet();
                            System.err.println("unexpected: " + e);
                        }
                    }
                    return null;
                });
            }
            threads.submit(() -> {
                while (System.nanoTime() < end) {
                    store.query(AllianceCriteria.all(), PageRequest.first(50));
                    reports.coverage(LocalDate.now());
                    reads.incrementAndGet();
                    Thread.sleep(50);
                }
                return null;
            });
            threads.shutdown();
            long started = System.nanoTime();
            List<Long> heaps = new ArrayList<>();
            System.out.println("soak: " + seconds + " s, " + writers + " writers and 1 reader on PostgreSQL, schema "
                    + schema);
            System.out.println("elapsed_s  accepted  rejected  gave_up  unexpected  conflicts_retried  transient  "
                    + "replaced  reads  cmds_per_s  connections_in_use  heap_after_gc_mb");
            long interval = Math.max(5, Math.min(30, seconds / 10));
            while (!threads.awaitTermination(interval, TimeUnit.SECONDS)) {
                heaps.add(report(started, accepted, rejected, gaveUp, unexpected, store, replaced, reads, pool));
            }
            heaps.add(report(started, accepted, rejected, gaveUp, unexpected, store, replaced, reads, pool));
            int inUse = pool.getHikariPoolMXBean().getActiveConnections();
            System.out.println("soak: connections in use after the load: " + inUse + "; heap after GC, first and last"
                    + " interval: " + heaps.get(0) + " MB, " + heaps.get(heaps.size() - 1) + " MB; max "
                    + heaps.stream().mapToLong(Long::longValue).max().orElse(0) + " MB");
            if (inUse != 0 || unexpected.get() != 0) {
                System.out.println("soak: FAILED");
                exit = 1;
            } else {
                System.out.println("soak: OK");
            }
        } finally {
            execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        System.exit(exit);
    }

    private static long report(long started, AtomicLong accepted, AtomicLong rejected, AtomicLong gaveUp,
            AtomicLong unexpected, CountingStore store, AtomicLong replaced, AtomicLong reads, HikariDataSource pool) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        double elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0;
        long commands = accepted.get() + rejected.get() + gaveUp.get() + unexpected.get();
        System.out.printf("%9.0f  %8d  %8d  %7d  %10d  %17d  %9d  %8d  %5d  %10.1f  %18d  %16d%n", elapsed, accepted.get(),
                rejected.get(), gaveUp.get(), unexpected.get(), store.conflicts(), store.transients(), replaced.get(),
                reads.get(), commands / elapsed, pool.getHikariPoolMXBean().getActiveConnections(), heap);
        return heap;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
