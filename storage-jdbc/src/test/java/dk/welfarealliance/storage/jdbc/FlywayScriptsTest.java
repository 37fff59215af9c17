package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.PostgresServer;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The production path: Flyway applies the shipped scripts, with a prefix, into a schema that is not the
 * default one; the store then validates them and works. (The full TCK runs on such a schema too.)
 */
class FlywayScriptsTest {

    /** @return the result of applying the dialect's scripts with {@code prefix} into {@code schema} */
    static MigrateResult migrate(DataSource dataSource, Dialect dialect, String schema, String prefix) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:" + dialect.scriptLocation())
                .placeholders(Map.of("prefix", prefix))
                .load()
                .migrate();
    }

    @Test
    void flyway_applies_the_postgresql_scripts_with_a_prefix_into_its_own_schema_and_the_store_validates_them() {
        PostgresServer server = PostgresServer.get();
        try (TestDatabase db = server.createDatabase()) {
            String schema = db.schema().orElseThrow();

            MigrateResult result = migrate(db.dataSource(), Dialect.POSTGRESQL, schema, "acme_wa_");

            assertThat(result.migrationsExecuted).isEqualTo(3);
            assertThat(result.targetSchemaVersion).isEqualTo("3");
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(),
                    JdbcStoreConfig.builder().schema(schema).tablePrefix("acme_wa_").build());
            Alliance alliance = Alliances.full(IdGenerator.seeded(51), "751");
            assertThat(store.insert(alliance)).isEqualTo(alliance.withVersion(1));
            assertThat(store.findById(alliance.getId())).contains(alliance.withVersion(1));
        }
    }

    @Test
    void flyway_applies_the_h2_scripts_with_a_prefix_into_its_own_schema_and_the_store_validates_them() {
        try (TestDatabase db = TestDatabase.open(Dialect.H2)) {
            String schema = db.schema().orElseThrow();

            // Flyway quotes schema names; H2 folds the store's unquoted ones to upper case: give Flyway that case.
            MigrateResult result = migrate(db.dataSource(), Dialect.H2, schema.toUpperCase(java.util.Locale.ROOT),
                    "acme_wa_");

            assertThat(result.migrationsExecuted).isEqualTo(3);
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(),
                    JdbcStoreConfig.builder().schema(schema).tablePrefix("acme_wa_").build());
            Alliance alliance = Alliances.full(IdGenerator.seeded(52), "751");
            assertThat(store.insert(alliance)).isEqualTo(alliance.withVersion(1));
        }
    }
}
