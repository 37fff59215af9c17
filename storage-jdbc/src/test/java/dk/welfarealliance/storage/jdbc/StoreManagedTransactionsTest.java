package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.StorageException;
import dk.welfarealliance.storage.TransientStorageException;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.RecordingDataSource;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Store-managed transactions: the settings of each transaction, and what happens when the plumbing fails. */
class StoreManagedTransactionsTest {

    private static int snapshotLevel(Dialect dialect) {
        return dialect == Dialect.H2 ? 6 /* H2's SNAPSHOT */ : Connection.TRANSACTION_REPEATABLE_READ;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_read_runs_read_only_at_a_snapshot_isolation_level_and_puts_the_settings_back(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            recording.reset();

            store.count(AllianceCriteria.all());

            if (dialect == Dialect.POSTGRESQL) {
                // The level and read-only flag are the transaction's own (SET TRANSACTION, sent with its BEGIN):
                // the pooled connection's session settings are neither read nor changed.
                assertThat(recording.controlCalls()).containsExactly("setAutoCommit(false)", "commit",
                        "setAutoCommit(true)", "close");
            } else {
                assertThat(recording.controlCalls()).containsExactly("setAutoCommit(false)",
                        "setTransactionIsolation(" + snapshotLevel(dialect) + ")", "setReadOnly(true)", "commit",
                        "setReadOnly(false)", "setTransactionIsolation(" + Connection.TRANSACTION_READ_COMMITTED + ")",
                        "setAutoCommit(true)", "close");
            }
        }
    }

    @Test
    void a_postgresql_read_runs_in_a_read_only_repeatable_read_transaction() throws Exception {
        try (TestDatabase db = TestDatabase.open(Dialect.POSTGRESQL)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            recording.reset();

            store.count(AllianceCriteria.all());

            assertThat(recording.transactionStatements()).containsExactly(
                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_write_runs_at_read_committed_and_puts_auto_commit_back(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            recording.reset();

            store.insert(Alliances.full(IdGenerator.seeded(91), "751"));

            assertThat(recording.controlCalls()).containsExactly("setAutoCommit(false)", "commit", "setAutoCommit(true)",
                    "close");
        }
    }

    @Test
    void a_pool_with_auto_commit_off_gets_its_connections_back_as_they_were() {
        try (TestDatabase db = TestDatabase.open(Dialect.H2)) {
            HikariConfig config = new HikariConfig();
            config.setDataSource(db.dataSource());
            config.setAutoCommit(false);
            config.setMaximumPoolSize(2);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                RecordingDataSource recording = new RecordingDataSource(pool);
                JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
                recording.reset();

                Alliance stored = store.insert(Alliances.full(IdGenerator.seeded(92), "751"));
                assertThat(store.findById(stored.getId())).contains(stored);

                assertThat(recording.controlCalls()).doesNotContain("setAutoCommit(false)", "setAutoCommit(true)");
                assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
            }
        }
    }

    @Test
    void a_connection_whose_settings_cannot_be_made_fails_the_operation_transiently_and_is_released() {
        try (TestDatabase db = TestDatabase.open(Dialect.H2)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            Alliance alliance = Alliances.full(IdGenerator.seeded(93), "751");
            recording.reset();
            recording.failCall("setReadOnly(true)", "08003");

            assertThatThrownBy(() -> store.findById(alliance.getId())).isInstanceOf(TransientStorageException.class);
            assertThat(recording.controlCalls()).as("what was set is put back").endsWith("setAutoCommit(true)", "close");
            assertThat(recording.openConnections()).isZero();
        }
    }

    @Test
    void a_connection_whose_settings_cannot_be_put_back_or_that_cannot_be_closed_does_not_change_the_outcome() {
        try (TestDatabase db = TestDatabase.open(Dialect.H2)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            Alliance alliance = Alliances.full(IdGenerator.seeded(94), "751");
            recording.failCall("setAutoCommit(true)", "08003");

            assertThat(store.insert(alliance)).isEqualTo(alliance.withVersion(1));

            recording.reset();
            recording.failCall("close", "08003");
            assertThat(store.findById(alliance.getId())).contains(alliance.withVersion(1));
        }
    }

    @Test
    void an_unchecked_failure_inside_a_write_rolls_the_write_back_and_reaches_the_caller_as_it_was() {
        try (TestDatabase db = TestDatabase.open(Dialect.H2)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            Alliance alliance = Alliances.full(IdGenerator.seeded(95), "751");
            IllegalStateException failure = new IllegalStateException("a fault of the driver, not an SQLException");
            recording.reset();
            recording.beforeStatement(2, c -> {
                throw failure;
            });

            assertThatThrownBy(() -> store.insert(alliance)).isSameAs(failure);
            assertThat(recording.controlCalls()).containsExactly("setAutoCommit(false)", "rollback",
                    "setAutoCommit(true)", "close");
            assertThat(store.findById(alliance.getId())).isEmpty();
        }
    }

    @Test
    void a_database_that_cannot_be_reached_is_a_transient_failure() {
        try (TestDatabase db = TestDatabase.open(Dialect.H2)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            recording.failConnect("08001");

            assertThatThrownBy(() -> store.count(AllianceCriteria.all())).isInstanceOf(TransientStorageException.class)
                    .hasMessageContaining("08001");
            assertThatThrownBy(() -> JdbcAllianceStore.create(recording, db.config().build()))
                    .isInstanceOf(TransientStorageException.class);
        }
    }

    @Test
    void metadata_that_cannot_be_read_fails_the_build_with_the_classified_error() {
        try (TestDatabase db = TestDatabase.open(Dialect.H2)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            recording.failCall("getMetaData", "08003");

            assertThatThrownBy(() -> JdbcAllianceStore.create(recording, db.config().build()))
                    .isInstanceOf(TransientStorageException.class)
                    .hasMessageContaining("detection of the database");
            assertThat(recording.openConnections()).isZero();
        }
    }

    @Test
    void a_connection_provider_that_gives_no_connection_is_reported_as_such() {
        ConnectionProvider none = new ConnectionProvider() {
            @Override
            public Connection acquire() {
                return null;
            }

            @Override
            public void release(Connection connection) {
                // nothing was acquired
            }
        };

        assertThatThrownBy(() -> JdbcAllianceStore.create(none, JdbcStoreConfig.defaults()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returned no connection");
    }

    @Test
    void a_database_other_than_postgresql_or_h2_is_refused_when_the_store_is_built() {
        try (TestDatabase db = TestDatabase.open(Dialect.H2)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            recording.reportProduct("Oracle");

            assertThatThrownBy(() -> JdbcAllianceStore.create(recording, db.config().build()))
                    .isExactlyInstanceOf(StorageException.class)
                    .hasMessageContaining("supports PostgreSQL and H2, not \"Oracle\"");
            assertThat(JdbcAllianceStore.create(recording, db.config().dialect(Dialect.H2).build()).getDialect())
                    .as("a configured dialect is not detected").isEqualTo(Dialect.H2);
        }
    }
}
