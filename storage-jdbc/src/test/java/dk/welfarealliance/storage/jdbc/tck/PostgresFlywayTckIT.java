package dk.welfarealliance.storage.jdbc.tck;

import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The production path: Flyway applies the shipped PostgreSQL scripts with prefix {@code acme_wa_} into a
 * schema that is not the default one (made and dropped by this run), and the store only validates them.
 */
class PostgresFlywayTckIT extends JdbcStoreContract {
    static final String PREFIX = "acme_wa_";

    @Override
    TestDatabase openDatabase() {
        TestDatabase db = TestDatabase.open(Dialect.POSTGRESQL);
        Flyway.configure()
                .dataSource(db.dataSource())
                .schemas(db.schema().orElseThrow())
                .locations("classpath:" + Dialect.POSTGRESQL.scriptLocation())
                .placeholders(Map.of("prefix", PREFIX))
                .load()
                .migrate();
        return db;
    }

    @Override
    JdbcAllianceStore buildStore(TestDatabase db) {
        return JdbcAllianceStore.create(db.dataSource(),
                db.config().tablePrefix(PREFIX).schemaMode(SchemaMode.VALIDATE).build());
    }
}
