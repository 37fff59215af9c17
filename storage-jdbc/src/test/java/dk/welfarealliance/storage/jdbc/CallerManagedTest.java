package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.StorageException;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.CallerTransaction;
import dk.welfarealliance.storage.jdbc.testing.RecordingDataSource;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Caller-managed transactions: the store works inside the caller's transaction and never ends it. */
class CallerManagedTest {

    private static JdbcAllianceStore callerStore(TestDatabase db, CallerTransaction tx) {
        return JdbcAllianceStore.create(tx, db.config().schemaMode(SchemaMode.VALIDATE)
                .transactionMode(TransactionMode.CALLER_MANAGED).build());
    }

    /** @return a store-managed store that creates the tables, to look at what the callers committed */
    private static JdbcAllianceStore ownStore(TestDatabase db) {
        return JdbcAllianceStore.create(db.dataSource(), db.config().build());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void what_the_store_wrote_in_a_transaction_the_caller_rolls_back_is_gone(Dialect dialect) throws SQLException {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore reader = ownStore(db);
            Alliance alliance = Alliances.full(IdGenerator.seeded(31), "751");
            try (CallerTransaction tx = CallerTransaction.begin(db.dataSource())) {
                JdbcAllianceStore store = callerStore(db, tx);
                store.insert(alliance);
                assertThat(store.findById(alliance.getId())).as("inside the transaction").isPresent();

                tx.rollback();
            }

            assertThat(reader.findById(alliance.getId())).isEmpty();
            assertThat(reader.count(AllianceCriteria.all())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void what_the_store_wrote_in_a_transaction_the_caller_commits_is_stored(Dialect dialect) throws SQLException {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore reader = ownStore(db);
            Alliance alliance = Alliances.full(IdGenerator.seeded(32), "751");
            try (CallerTransaction tx = CallerTransaction.begin(db.dataSource())) {
                callerStore(db, tx).insert(alliance);
                tx.commit();
            }

            assertThat(reader.findById(alliance.getId())).contains(alliance.withVersion(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void the_store_never_commits_rolls_back_closes_or_sets_auto_commit_on_the_callers_connection(Dialect dialect)
            throws SQLException {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            ownStore(db);
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            IdGenerator ids = IdGenerator.seeded(33);
            try (CallerTransaction tx = CallerTransaction.begin(recording)) {
                JdbcAllianceStore store = callerStore(db, tx);
                recording.reset();

                Alliance stored = store.insert(Alliances.full(ids, "751", 2));
                Alliance updated = store.update(FaultInjectionTest.changeEveryTable(stored, ids));
                store.findById(stored.getId());
                store.count(AllianceCriteria.all());
                store.delete(stored.getId(), updated.getVersion());

                assertThat(recording.controlCalls()).isEmpty();
                assertThat(tx.connection().getAutoCommit()).isFalse();
                assertThat(tx.connection().isClosed()).isFalse();
            }
        }
    }

    @Test
    void the_store_gives_back_every_connection_it_takes_from_the_callers_provider() throws SQLException {
        try (TestDatabase db = TestDatabase.open(Dialect.H2)) {
            ownStore(db);
            IdGenerator ids = IdGenerator.seeded(38);
            try (CallerTransaction tx = CallerTransaction.begin(db.dataSource())) {
                int[] acquired = {0};
                int[] released = {0};
                ConnectionProvider counting = new ConnectionProvider() {
                    @Override
                    public Connection acquire() {
                        acquired[0]++;
                        return tx.acquire();
                    }

                    @Override
                    public void release(Connection connection) {
                        released[0]++;
                        tx.release(connection);
                    }
                };
                JdbcAllianceStore store = JdbcAllianceStore.create(counting, db.config()
                        .schemaMode(SchemaMode.VALIDATE).transactionMode(TransactionMode.CALLER_MANAGED).build());

                Alliance alliance = Alliances.full(ids, "751");
                store.insert(alliance);
                store.findById(alliance.getId());
                store.count(AllianceCriteria.all());
                assertThatThrownBy(() -> store.insert(alliance)).isInstanceOf(DuplicateAllianceException.class);

                assertThat(acquired[0]).as("connections taken").isGreaterThanOrEqualTo(4);
                assertThat(released[0]).as("connections given back").isEqualTo(acquired[0]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_duplicate_insert_inside_the_callers_transaction_names_the_key_on_both_databases(Dialect dialect)
            throws SQLException {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            ownStore(db);
            IdGenerator ids = IdGenerator.seeded(34);
            Alliance first = Alliances.full(ids, "751");
            try (CallerTransaction tx = CallerTransaction.begin(db.dataSource())) {
                JdbcAllianceStore store = callerStore(db, tx);
                store.insert(first);

                assertThatThrownBy(() -> store.insert(Alliances.empty(ids, "751")))
                        .isInstanceOfSatisfying(DuplicateAllianceException.class,
                                e -> assertThat(e.getKey()).isEqualTo(DuplicateAllianceException.Key.NATURAL_KEY))
                        .hasCauseInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void after_a_duplicate_postgresql_has_aborted_the_callers_transaction() throws SQLException {
        try (TestDatabase db = TestDatabase.open(Dialect.POSTGRESQL)) {
            JdbcAllianceStore reader = ownStore(db);
            IdGenerator ids = IdGenerator.seeded(35);
            Alliance first = Alliances.full(ids, "751");
            try (CallerTransaction tx = CallerTransaction.begin(db.dataSource())) {
                JdbcAllianceStore store = callerStore(db, tx);
                store.insert(first);
                assertThatThrownBy(() -> store.insert(Alliances.withId(first, first.getId())))
                        .isInstanceOfSatisfying(DuplicateAllianceException.class,
                                e -> assertThat(e.getKey()).isEqualTo(DuplicateAllianceException.Key.ID));

                // 25P02: current transaction is aborted, commands ignored until end of transaction block
                assertThatThrownBy(() -> store.insert(Alliances.empty(ids, "101")))
                        .isExactlyInstanceOf(StorageException.class)
                        .hasMessageContaining("25P02");
                tx.rollback();
            }
            assertThat(reader.count(AllianceCriteria.all())).isZero();
        }
    }

    @Test
    void after_a_duplicate_h2_lets_the_callers_transaction_carry_on() throws SQLException {
        try (TestDatabase db = TestDatabase.open(Dialect.H2)) {
            JdbcAllianceStore reader = ownStore(db);
            IdGenerator ids = IdGenerator.seeded(36);
            Alliance first = Alliances.full(ids, "751");
            Alliance second = Alliances.empty(ids, "101");
            try (CallerTransaction tx = CallerTransaction.begin(db.dataSource())) {
                JdbcAllianceStore store = callerStore(db, tx);
                store.insert(first);
                assertThatThrownBy(() -> store.insert(Alliances.withId(first, first.getId())))
                        .isInstanceOfSatisfying(DuplicateAllianceException.class,
                                e -> assertThat(e.getKey()).isEqualTo(DuplicateAllianceException.Key.ID));

                store.insert(second);
                tx.commit();
            }
            assertThat(reader.findById(first.getId())).contains(first.withVersion(1));
            assertThat(reader.findById(second.getId())).contains(second.withVersion(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_caller_managed_write_on_a_connection_with_auto_commit_on_is_refused_and_writes_nothing(Dialect dialect)
            throws SQLException {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore reader = ownStore(db);
            try (CallerTransaction tx = CallerTransaction.begin(db.dataSource())) {
                JdbcAllianceStore store = callerStore(db, tx);
                Connection c = tx.connection();
                c.setAutoCommit(true);

                assertThatThrownBy(() -> store.insert(Alliances.full(IdGenerator.seeded(37), "751")))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("autoCommit on");
                c.setAutoCommit(false);
            }
            assertThat(reader.count(AllianceCriteria.all())).isZero();
        }
    }

    @Test
    void a_data_source_cannot_be_given_caller_managed_transactions() {
        try (TestDatabase db = TestDatabase.open(Dialect.H2)) {
            JdbcStoreConfig config = db.config().schemaMode(SchemaMode.VALIDATE)
                    .transactionMode(TransactionMode.CALLER_MANAGED).build();

            assertThatThrownBy(() -> JdbcAllianceStore.create(db.dataSource(), config))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ConnectionProvider");
        }
    }
}
