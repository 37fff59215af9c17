package dk.welfarealliance.storage.jdbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Listeners;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.RetryPolicy;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import dk.welfarealliance.storage.jdbc.testing.PostgresServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Crash: a child JVM ({@link CrashChild}) writes to an H2 file and to PostgreSQL and is killed with
 * {@code destroyForcibly} (SIGKILL) at a random moment, several times. After each kill every alliance loads and
 * validates, the child rows of each table match the aggregate, the version counts the history, and every write
 * the child acknowledged (printed after its commit) is there. The seed of the random moments is printed.
 */
class CrashTest {
    private static final int KILLS = 3;
    private static final List<String> COUNTED = List.of("club", "contact", "note", "history");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void every_acknowledged_write_survives_a_kill_9_and_no_aggregate_is_partial(String dialect) throws Exception {
        long seed = Long.getLong("QT_SEED", System.nanoTime());
        Random random = new Random(seed);
        String url;
        String schema;
        if (dialect.equals("h2")) {
            url = "jdbc:h2:file:" + dir.resolve("crash").toAbsolutePath();
            schema = "-";
        } else {
            url = PostgresServer.get().url();
            schema = PostgresServer.get().createSchema();
        }
        try {
            DataSource dataSource = dataSource(dialect, url);
            JdbcStoreConfig.Builder config = JdbcStoreConfig.builder().schemaMode(SchemaMode.CREATE_IF_MISSING);
            if (!schema.equals("-")) {
                config.schema(schema);
            }
            JdbcAllianceStore store = JdbcAllianceStore.create(dataSource, config.build());
            AllianceService service = new AllianceService(new Lifecycle(ReferenceCatalogue.bundled(), Clock.systemUTC(),
                    Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(seed)), store, RetryPolicy.noRetry(),
                    Listeners.none());
            List<AllianceId> alliances = new ArrayList<>();
            for (String m : List.of("751", "101", "147")) {
                AllianceId id = service.create(FederationCode.DBU, MunicipalityCode.of(m), ActorRef.of("setup")).getId();
                service.execute(id, OpenAgreement.titled("Velfærdsalliance"), ActorRef.of("setup"));
                alliances.add(id);
            }

            List<String> acknowledged = new ArrayList<>();
            for (int run = 1; run <= KILLS; run++) {
                List<String> acks = runAndKill(dialect, url, schema, run, alliances, 3 + random.nextInt(15),
                        random.nextInt(60));
                acknowledged.addAll(acks);
                for (AllianceId id : alliances) {
                    Alliance a = service.find(id).orElseThrow();
                    assertThat(Alliance.builder().from(a).build()).as("after kill %d: valid", run).isEqualTo(a);
                    assertThat(a.getVersion()).as("after kill %d: one version per history entry", run)
                            .isEqualTo(a.getHistory().size());
                    Map<String, Integer> sizes = Map.of("club", a.getClubs().size(), "contact", a.getContacts().size(),
                            "note", a.getAgreements().get(0).getNotes().size(), "history", a.getHistory().size());
                    for (String table : COUNTED) {
                        assertThat(rows(dataSource, schema, table, id)).as("after kill %d: rows of %s", run, table)
                                .isEqualTo(sizes.get(table));
                    }
                }
                for (String ack : acknowledged) {
                    String[] parts = ack.split(" ");
                    Alliance a = service.find(AllianceId.of(java.util.UUID.fromString(parts[1]))).orElseThrow();
                    assertThat(a.getHistory()).as("after kill %d: %s", run, ack)
                            .filteredOn(e -> e.getActor().equals(ActorRef.of("child-" + parts[2]))).hasSize(1);
                }
            }
            System.out.println("CrashTest " + dialect + ": seed " + seed + ", " + KILLS + " kills survived, "
                    + acknowledged.size() + " acknowledged writes all present, no partial aggregate");
        } finally {
            if (!schema.equals("-")) {
                PostgresServer.get().dropSchema(schema);
            }
        }
    }

    /**
     * Starts the child, waits for {@code acks} acknowledged writes (or 60 s), waits {@code millis} more and kills
     * it with SIGKILL.
     *
     * @return the acknowledged writes, complete lines only
     */
    private List<String> runAndKill(String dialect, String url, String schema, int run, List<AllianceId> alliances,
            int acks, int millis) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                CrashChild.class.getName(), dialect, url, schema, String.valueOf(run)));
        alliances.forEach(a -> command.add(a.toString()));
        File log = dir.resolve("child-" + dialect + "-" + run + ".log").toFile();
        Process child = new ProcessBuilder(command).redirectError(log).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the pipe breaks when the child is killed: what was read so far is what counts
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines.size() < acks && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(child.isAlive()).as("the child is still writing (see %s)", log).isTrue();
        Thread.sleep(millis);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        reader.join(10_000);
        synchronized (lines) {
            return lines.stream().filter(l -> l.matches("ACK [0-9a-f-]{36} run\\d+-\\d+")).toList();
        }
    }

    private static DataSource dataSource(String dialect, String url) {
        if (dialect.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            return h2;
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        return pg;
    }

    private static int rows(DataSource dataSource, String schema, String table, AllianceId id) throws SQLException {
        String qualified = (schema.equals("-") ? "" : schema + ".") + "wa_" + table;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + qualified + " WHERE alliance_id = ?")) {
            s.setObject(1, id.value());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
