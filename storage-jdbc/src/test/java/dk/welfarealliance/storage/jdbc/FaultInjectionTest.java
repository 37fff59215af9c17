package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.TransientStorageException;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.CallerTransaction;
import dk.welfarealliance.storage.jdbc.testing.RecordingDataSource;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Atomicity under faults: a data source fails the k-th statement of an insert, an update and a delete of an
 * aggregate with rows in every child table, for every k, and in a second pass fails the commit. After each
 * failure the stored aggregate equals the one before (version included) and the pool has lent out no
 * connection. In caller-managed mode the store rethrows, touches no transaction control, and the caller's
 * rollback restores the state.
 */
class FaultInjectionTest {
    /** A serialization failure: transient, and not a reason for the pool to discard the connection. */
    private static final String SERIALIZATION_FAILURE = "40001";

    /** A store over the fault-injecting data source over a pool, and what it wraps. */
    private record Setup(TestDatabase db, HikariDataSource pool, RecordingDataSource faults, JdbcAllianceStore store)
            implements AutoCloseable {

        static Setup open(Dialect dialect) {
            TestDatabase db = TestDatabase.open(dialect);
            HikariConfig config = new HikariConfig();
            config.setDataSource(db.dataSource());
            config.setMaximumPoolSize(2);
            config.setPoolName("faults-" + dialect);
            HikariDataSource pool = new HikariDataSource(config);
            RecordingDataSource faults = new RecordingDataSource(pool);
            return new Setup(db, pool, faults, JdbcAllianceStore.create(faults, db.config().build()));
        }

        /** @return a store over the same data source that has seen no alliance yet: its updates read what they replace */
        JdbcAllianceStore coldStore() {
            return JdbcAllianceStore.create(faults, db.config().schemaMode(SchemaMode.VALIDATE).build());
        }

        /** @return what is stored, read from the rows by a store that remembers nothing */
        Optional<Alliance> stored(Alliance alliance) {
            faults.reset();
            return JdbcAllianceStore.create(pool, db.config().schemaMode(SchemaMode.VALIDATE).rememberedAlliances(0)
                    .build()).findById(alliance.getId());
        }

        int active() {
            return pool.getHikariPoolMXBean().getActiveConnections();
        }

        @Override
        public void close() {
            pool.close();
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_failed_statement_or_commit_of_an_insert_stores_nothing(Dialect dialect) {
        try (Setup s = Setup.open(dialect)) {
            Alliance alliance = Alliances.full(IdGenerator.seeded(21), "751");

            assertEveryFaultLeaves(s, () -> s.store, store -> store.insert(alliance), alliance, Optional.empty());

            assertThat(s.store.insert(alliance)).isEqualTo(alliance.withVersion(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_failed_statement_or_commit_of_an_update_leaves_the_stored_version(Dialect dialect) {
        try (Setup s = Setup.open(dialect)) {
            IdGenerator ids = IdGenerator.seeded(22);
            Alliance stored = s.store.insert(Alliances.full(ids, "751", 2));
            Alliance changed = changeEveryTable(stored, ids);

            // the store that inserted it updates without reading; a store that has not seen it reads first
            assertEveryFaultLeaves(s, () -> s.store, store -> store.update(changed), stored, Optional.of(stored));
            assertEveryFaultLeaves(s, s::coldStore, store -> store.update(changed), stored, Optional.of(stored));

            assertThat(s.store.update(changed)).isEqualTo(changed.withVersion(2));
            assertThat(s.stored(stored)).contains(changed.withVersion(2));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_failed_statement_or_commit_of_a_delete_leaves_the_alliance(Dialect dialect) {
        try (Setup s = Setup.open(dialect)) {
            Alliance stored = s.store.insert(Alliances.full(IdGenerator.seeded(23), "751", 2));

            assertEveryFaultLeaves(s, () -> s.store, store -> {
                store.delete(stored.getId(), 1);
                return null;
            }, stored, Optional.of(stored));

            s.store.delete(stored.getId(), 1);
            assertThat(s.stored(stored)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void in_a_caller_managed_transaction_the_store_rethrows_and_the_callers_rollback_restores_the_state(Dialect dialect)
            throws Exception {
        try (Setup s = Setup.open(dialect)) {
            IdGenerator ids = IdGenerator.seeded(24);
            Alliance stored = s.store.insert(Alliances.full(ids, "751", 2));
            Alliance changed = changeEveryTable(stored, ids);
            Alliance fresh = Alliances.full(ids, "101", 2);
            assertCallerRollsBack(s, "insert", store -> store.insert(fresh), fresh, Optional.empty());
            assertCallerRollsBack(s, "update", store -> store.update(changed), stored, Optional.of(stored));
            assertCallerRollsBack(s, "delete", store -> store.delete(stored.getId(), 1), stored, Optional.of(stored));
        }
    }

    private static void assertCallerRollsBack(Setup s, String operation, Consumer<JdbcAllianceStore> write,
            Alliance alliance, Optional<Alliance> before) throws Exception {
        int statements;
        try (CallerTransaction tx = CallerTransaction.begin(s.faults)) {
            JdbcAllianceStore callerStore = callerStore(s, tx);
            s.faults.reset();
            write.accept(callerStore);
            statements = s.faults.statements();
            tx.rollback();
        }
        assertThat(statements).as("statements of the %s", operation).isPositive();
        for (int k = 1; k <= statements; k++) {
            try (CallerTransaction tx = CallerTransaction.begin(s.faults)) {
                JdbcAllianceStore callerStore = callerStore(s, tx);
                s.faults.reset();
                s.faults.failStatement(k, SERIALIZATION_FAILURE);

                assertThatThrownBy(() -> write.accept(callerStore)).as("%s, statement %d", operation, k)
                        .isInstanceOf(TransientStorageException.class)
                        .hasRootCauseMessage("injected fault in statement " + k);
                assertThat(s.faults.controlCalls()).as("transaction control by the store").isEmpty();
                tx.rollback();
            }
            assertThat(s.stored(alliance)).as("%s after a failed statement %d and the caller's rollback", operation, k)
                    .isEqualTo(before);
            assertThat(s.active()).isZero();
        }
    }

    private static JdbcAllianceStore callerStore(Setup s, CallerTransaction tx) {
        return JdbcAllianceStore.create(tx, s.db.config().schemaMode(SchemaMode.VALIDATE)
                .transactionMode(TransactionMode.CALLER_MANAGED).build());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_versioned_update_or_delete_that_changes_no_row_is_an_optimistic_lock_failure_and_writes_nothing(
            Dialect dialect) {
        try (Setup s = Setup.open(dialect)) {
            IdGenerator ids = IdGenerator.seeded(25);
            Alliance stored = s.store.insert(Alliances.full(ids, "751", 2));
            Alliance changed = changeEveryTable(stored, ids);

            // A store that has not seen it locks, reads, then runs the versioned UPDATE.
            JdbcAllianceStore cold = s.coldStore();
            s.faults.reset();
            s.faults.pretendNoRowChanges(StatementCountTest.load(dialect) + 1);
            assertThatThrownBy(() -> cold.update(changed)).isInstanceOfSatisfying(OptimisticLockException.class,
                    e -> assertThat(e.getActualVersion()).hasValue(1));
            assertThat(s.stored(stored)).contains(stored);

            // The store that knows the version starts with UPDATE … AND revision = ?; when that changes no row,
            // it does not presume: it reads what is stored and updates from that.
            s.faults.reset();
            s.faults.pretendNoRowChanges(1);
            assertThat(s.store.update(changed)).isEqualTo(changed.withVersion(2));
            assertThat(s.stored(stored)).contains(changed.withVersion(2));
            Alliance atTwo = changed.withVersion(2);

            s.faults.reset();
            s.faults.pretendNoRowChanges(1);
            assertThatThrownBy(() -> s.store.delete(stored.getId(), 2)).isInstanceOf(OptimisticLockException.class);
            assertThat(s.stored(stored)).contains(atTwo);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_rollback_that_fails_too_travels_with_the_failure_and_nothing_is_stored(Dialect dialect) {
        try (Setup s = Setup.open(dialect)) {
            Alliance alliance = Alliances.full(IdGenerator.seeded(26), "751");
            s.faults.reset();
            s.faults.failStatement(3, SERIALIZATION_FAILURE);
            s.faults.failCall("rollback", "08003");

            assertThatThrownBy(() -> s.store.insert(alliance)).isInstanceOf(TransientStorageException.class)
                    .satisfies(e -> assertThat(e.getCause().getSuppressed()).singleElement()
                            .extracting(Throwable::getMessage).isEqualTo("injected fault in rollback"));
            s.faults.reset();
            // the pool rolls back what the store could not when it takes the connection back
            assertThat(s.stored(alliance)).isEmpty();
            assertThat(s.active()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_connection_lost_mid_write_is_discarded_by_the_pool_and_nothing_is_stored(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource faults = new RecordingDataSource(db.dataSource());
            HikariConfig config = new HikariConfig();
            config.setDataSource(faults);
            config.setMaximumPoolSize(2);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                JdbcAllianceStore store = JdbcAllianceStore.create(pool, db.config().build());
                Alliance alliance = Alliances.full(IdGenerator.seeded(27), "751");
                faults.reset();
                faults.failStatement(5, "08006");

                assertThatThrownBy(() -> store.insert(alliance)).isInstanceOf(TransientStorageException.class);

                faults.reset();
                assertThat(store.findById(alliance.getId())).isEmpty();
                assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
            }
        }
    }

    /**
     * Fails the commit of {@code operation} (which also counts its statements), then each of its statements in
     * turn, on a store from {@code stores} each time.
     */
    private static void assertEveryFaultLeaves(Setup s, Supplier<JdbcAllianceStore> stores,
            Function<JdbcAllianceStore, ?> operation, Alliance alliance, Optional<Alliance> before) {
        JdbcAllianceStore probe = stores.get();
        s.faults.reset();
        s.faults.failCommit(SERIALIZATION_FAILURE);
        assertThatThrownBy(() -> operation.apply(probe)).as("commit")
                .isInstanceOfSatisfying(TransientStorageException.class, e -> assertThat(e.isOutcomeUnknown()).isTrue());
        int statements = s.faults.statements();
        assertThat(s.faults.controlCalls()).containsSubsequence("commit", "rollback", "close");
        assertThat(s.active()).as("connections lent out after the commit failed").isZero();
        assertThat(s.stored(alliance)).as("stored after the commit failed").isEqualTo(before);
        assertThat(statements).as("statements of the operation").isPositive();
        for (int k = 1; k <= statements; k++) {
            JdbcAllianceStore store = stores.get();
            s.faults.reset();
            s.faults.failStatement(k, SERIALIZATION_FAILURE);
            int failing = k;
            assertThatThrownBy(() -> operation.apply(store)).as("statement %d of %d", k, statements)
                    .isInstanceOfSatisfying(TransientStorageException.class,
                            e -> assertThat(e.isOutcomeUnknown()).isFalse())
                    .hasRootCauseMessage("injected fault in statement " + failing);
            assertThat(s.faults.controlCalls()).as("after statement %d failed", k)
                    .containsSubsequence("setAutoCommit(false)", "rollback", "setAutoCommit(true)", "close");
            assertThat(s.active()).as("connections lent out after statement %d failed", k).isZero();
            assertThat(s.stored(alliance)).as("stored after statement %d failed", k).isEqualTo(before);
        }
    }

    /** @return {@code a} with rows added, changed and removed in every child table that has rows */
    static Alliance changeEveryTable(Alliance a, IdGenerator ids) {
        Alliance other = Alliances.full(ids, a.getMunicipality().value(), 1);
        Agreement agreement = a.getAgreements().get(0);
        Agreement otherAgreement = other.getAgreements().get(0);
        Initiative changedInitiative = Initiative.builder().from(agreement.getInitiatives().get(0)).name("Nyt navn")
                .targetGroups(List.of(dk.welfarealliance.TargetGroup.GIRLS)).build();
        Agreement changedAgreement = Agreement.builder().from(agreement)
                .title("Velfærdsalliance, forlænget")
                .initiatives(List.of(changedInitiative))
                .measurements(agreement.getMeasurements().subList(0, 1))
                .eliteCommitments(agreement.getEliteCommitments().subList(1, 2))
                .addEliteEvents(otherAgreement.getEliteEvents().get(0))
                .payments(otherAgreement.getPayments())
                .addEvaluations(Evaluation.builder().id(ids.newEvaluationId()).date(LocalDate.of(2024, 1, 5))
                        .summary("Ny evaluering").build())
                .signatories(List.of(agreement.getSignatories().get(1), agreement.getSignatories().get(0)))
                .build();
        ContactPerson erased = ContactPerson.tombstone(a.getContacts().get(1).getId());
        return Alliance.builder().from(a)
                .agreements(List.of(changedAgreement))
                .clubs(List.of(Club.builder().from(a.getClubs().get(0)).name("Omdøbt").build(), other.getClubs().get(0)))
                .partners(a.getPartners().subList(1, 2))
                .contacts(List.of(a.getContacts().get(0), erased))
                .addHistory(HistoryEntry.builder().seq(a.nextSeq()).event(HistoryEvent.AMENDED)
                        .agreement(agreement.getId()).at(Alliances.MODIFIED.plusSeconds(60))
                        .actor(ActorRef.of("user:4711")).build())
                .lastModified(Alliances.MODIFIED.plusSeconds(60))
                .build();
    }

}
