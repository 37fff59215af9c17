package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.SchemaException;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Validate mode checks tables and version up front and names what to apply; create-if-missing is opt-in. */
class SchemaValidationTest {

    private static JdbcStoreConfig validating(TestDatabase db) {
        return db.config().schemaMode(SchemaMode.VALIDATE).build();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void by_default_an_empty_schema_fails_at_once_naming_the_script_to_apply(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            db.execute("CREATE SCHEMA IF NOT EXISTS " + db.schema().orElseThrow());

            assertThatThrownBy(() -> JdbcAllianceStore.create(db.dataSource(), validating(db)))
                    .isInstanceOf(SchemaException.class)
                    .hasMessageContaining("lacks every table of the store")
                    .hasMessageContaining("V1__welfare_alliance.sql")
                    .hasMessageContaining("classpath:" + dialect.scriptLocation())
                    .hasMessageContaining("prefix=wa_");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_missing_table_is_named(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore.create(db.dataSource(), db.config().build());
            db.execute("DROP TABLE " + db.qualified("wa_evaluation"));

            assertThatThrownBy(() -> JdbcAllianceStore.create(db.dataSource(), validating(db)))
                    .isInstanceOf(SchemaException.class)
                    .hasMessageContaining("lacks the tables wa_evaluation:")
                    .hasMessageContaining("V1__welfare_alliance.sql");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_schema_info_table_without_the_version_names_the_missing_script(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore.create(db.dataSource(), db.config().build());
            db.execute("DELETE FROM " + db.qualified("wa_schema_info"));

            assertThatThrownBy(() -> JdbcAllianceStore.create(db.dataSource(), validating(db)))
                    .isInstanceOf(SchemaException.class)
                    .hasMessageContaining("is at schema version 0, this library needs 3")
                    .hasMessageContaining("apply V1__welfare_alliance.sql");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_newer_schema_version_is_accepted_as_tables_change_only_additively(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore.create(db.dataSource(), db.config().build());
            db.execute("INSERT INTO " + db.qualified("wa_schema_info") + " (version, script) VALUES (4, 'V4__later.sql')");

            assertThat(JdbcAllianceStore.create(db.dataSource(), validating(db)).getDialect()).isEqualTo(dialect);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void create_if_missing_creates_the_schema_and_its_tables_once(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            db.execute("DROP SCHEMA IF EXISTS " + db.schema().orElseThrow() + " CASCADE");
            JdbcAllianceStore first = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            Alliance stored = first.insert(Alliances.full(IdGenerator.seeded(41), "751"));

            JdbcAllianceStore second = JdbcAllianceStore.create(db.dataSource(), db.config().build());

            assertThat(second.findById(stored.getId())).contains(stored);
            assertThat(JdbcAllianceStore.create(db.dataSource(), validating(db)).findById(stored.getId())).contains(stored);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void create_if_missing_never_touches_a_partly_created_schema(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore.create(db.dataSource(), db.config().build());
            db.execute("DROP TABLE " + db.qualified("wa_history"));

            assertThatThrownBy(() -> JdbcAllianceStore.create(db.dataSource(), db.config().build()))
                    .isInstanceOf(SchemaException.class)
                    .hasMessageContaining("wa_history");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void two_prefixes_keep_two_stores_apart_in_one_schema(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore acme = JdbcAllianceStore.create(db.dataSource(), db.config().tablePrefix("acme_wa_").build());
            JdbcAllianceStore other = JdbcAllianceStore.create(db.dataSource(), db.config().tablePrefix("other_").build());
            Alliance alliance = Alliances.full(IdGenerator.seeded(42), "751");

            acme.insert(alliance);
            other.insert(alliance);

            assertThat(acme.findById(alliance.getId())).isPresent();
            assertThat(other.findById(alliance.getId())).isPresent();
            assertThatThrownBy(() -> JdbcAllianceStore.create(db.dataSource(),
                    db.config().tablePrefix("third_").schemaMode(SchemaMode.VALIDATE).build()))
                    .isInstanceOf(SchemaException.class)
                    .hasMessageContaining("table prefix third_");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void creating_the_tables_in_their_own_schema_leaves_the_connection_in_the_schema_it_was_in(Dialect dialect)
            throws SQLException {
        try (TestDatabase db = TestDatabase.open(dialect); Connection c = db.dataSource().getConnection()) {
            String before = c.getSchema();
            ConnectionProvider one = new ConnectionProvider() {
                @Override
                public Connection acquire() {
                    return c;
                }

                @Override
                public void release(Connection connection) {
                    // the same connection serves the next operation, as a pooled one would
                }
            };

            JdbcAllianceStore store = JdbcAllianceStore.create(one, db.config().build());

            assertThat(store.count(AllianceCriteria.all())).isZero();
            assertThat(before).isNotEqualToIgnoringCase(db.schema().orElseThrow());
            assertThat(c.getSchema()).as("the connection's current schema").isEqualTo(before);
        }
    }
}
