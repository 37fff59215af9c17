package dk.welfarealliance.examples.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production set-up on PostgreSQL: a HikariCP pool, Flyway applying the shipped scripts with a table prefix into
 * a schema of the application's choosing, and the store in its default mode, which only validates what Flyway
 * made. The server is {@code WA_POSTGRES_URL} (default {@value #DEFAULT_URL}); without one the test is skipped with
 * a message, unless {@code WA_REQUIRE_POSTGRES=true}, which makes it fail. The schema is made for this run and
 * dropped afterwards.
 */
class PostgresFlywayExampleTest {
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String PREFIX = "acme_wa_";

    private final String url = configuredUrl();
    private final String schema = "wa_example_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private HikariDataSource pool;

    @BeforeEach
    void connect() {
        requireServer(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.setPoolName("welfare-alliance-example");
        pool = new HikariDataSource(config);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (pool != null) {
            pool.close();
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void flyway_applies_the_shipped_scripts_with_a_prefix_and_the_store_validates_and_uses_them() throws SQLException {
        DataSource dataSource = pool;

        // 1. at deployment: Flyway applies the scripts shipped in the storage-jdbc jar, filling in the prefix;
        // 2. at start-up: the store checks the tables and the schema version, and creates nothing
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)                                                 // e.g. "alliances"
                .locations("classpath:" + Dialect.POSTGRESQL.scriptLocation())   // the scripts in storage-jdbc's jar
                .placeholders(Map.of("prefix", PREFIX))                          // e.g. "acme_wa_"
                .load()
                .migrate();
        AllianceStore store = JdbcAllianceStore.create(dataSource,             // validates; creates nothing
                JdbcStoreConfig.builder().schema(schema).tablePrefix(PREFIX).build());

        AllianceService alliances = new AllianceService(Lifecycle.withDefaults(), store);

        // 3. in use
        ActorRef actor = ActorRef.of("service:example");
        Alliance odense = alliances.create(FederationCode.DBU, MunicipalityCode.of("461"), actor);
        Agreement draft = alliances.execute(odense.getId(),
                OpenAgreement.builder().title("Velfærdsalliance Odense").build(), actor).agreement();
        LocalDate start = alliances.lifecycle().today().withDayOfMonth(1);
        alliances.execute(odense.getId(), SignAgreement.builder()
                .agreement(draft.getId())
                .period(AgreementPeriod.forYears(start, 4))
                .signingDate(start)
                .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.of(SignatoryParty.FEDERATION, "Formand, DBU"))
                .build(), actor);

        assertThat(schemaVersion()).isEqualTo(3);
        assertThat(alliances.find(FederationCode.DBU, MunicipalityCode.of("461")).orElseThrow().getVersion())
                .isEqualTo(3);
        assertThat(municipalitiesInForceOn(alliances.lifecycle().today())).containsExactly("461");
    }

    /** @return the highest version the schema-info table records */
    private int schemaVersion() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT max(version) FROM " + schema + "." + PREFIX + "schema_info")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The tables are public: reporting reads them with plain SQL, under the prefix Flyway was given. */
    private List<String> municipalitiesInForceOn(LocalDate day) throws SQLException {
        String sql = """
                SELECT DISTINCT a.municipality
                FROM %1$s.%2$salliance a
                JOIN %1$s.%2$sagreement g ON g.alliance_id = a.id
                WHERE g.state IN ('SIGNED', 'TERMINATED')
                  AND g.period_start <= ?
                  AND (g.effective_end >= ? OR (g.state = 'SIGNED' AND g.period_end_kind = 'OPEN_ENDED'))
                ORDER BY a.municipality
                """.formatted(schema, PREFIX);
        List<String> codes = new ArrayList<>();
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, day);
            s.setObject(2, day);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }

    private static String configuredUrl() {
        String configured = System.getenv("WA_POSTGRES_URL");
        return configured == null || configured.isBlank() ? DEFAULT_URL : configured;
    }

    /** Skips without a server, or fails where {@code WA_REQUIRE_POSTGRES=true} (CI). */
    private static void requireServer(String url) {
        try (Connection c = DriverManager.getConnection(url)) {
            c.isValid(5);
        } catch (SQLException e) {
            String message = "PostgreSQL does not answer at " + url.replaceFirst("\\?.*", "") + " (" + e.getMessage()
                    + "): set WA_POSTGRES_URL to a server's JDBC URL";
            if ("true".equals(System.getenv("WA_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(message + "; WA_REQUIRE_POSTGRES=true makes this a failure", e);
            }
            Assumptions.abort(message + "; the PostgreSQL example is skipped");
        }
    }
}
