package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.service.AllianceListener;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.CommitHook;
import dk.welfarealliance.service.CommittedChange;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Listeners;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.jdbc.testing.CallerTransaction;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Listeners of {@link AllianceService} over the JDBC store, on both databases: with store-managed transactions
 * they hear a write once it has committed; with caller-managed ones a commit hook that waits for the caller's
 * commit lets them hear what the caller commits, and nothing of what it rolls back.
 */
class ListenersTest {
    private static final ActorRef ACTOR = ActorRef.of("user:4711");
    private static final MunicipalityCode AARHUS = MunicipalityCode.of("751");

    /**
     * What an application writes for caller-managed transactions: the notifications of the writes made in its
     * transaction wait until it commits, and go with it when it rolls back. One per transaction, one thread.
     */
    private static final class AfterCallerCommit implements CommitHook {
        private final CallerTransaction tx;
        private final List<Runnable> pending = new ArrayList<>();

        AfterCallerCommit(CallerTransaction tx) {
            this.tx = tx;
        }

        @Override
        public void afterCommit(Runnable notification) {
            pending.add(notification);
        }

        void commit() throws SQLException {
            tx.commit();
            List<Runnable> committed = List.copyOf(pending);
            pending.clear();
            committed.forEach(Runnable::run);
        }

        void rollback() throws SQLException {
            pending.clear();
            tx.rollback();
        }
    }

    /** Remembers each change it hears, and whether a connection of its own could read it at that moment. */
    private static final class Heard implements AllianceListener {
        final List<CommittedChange> changes = new ArrayList<>();
        final List<Boolean> visibleToOthers = new ArrayList<>();
        private final AllianceStore reader;

        Heard(AllianceStore reader) {
            this.reader = reader;
        }

        @Override
        public void onCommitted(CommittedChange change) {
            changes.add(change);
            visibleToOthers.add(reader.findById(change.getAlliance().getId()).equals(java.util.Optional.of(change.getAlliance())));
        }

        List<List<HistoryEvent>> events() {
            return changes.stream().map(CommittedChange::getEvents).toList();
        }
    }

    /** @return a store-managed store that creates the tables; it also reads what others committed */
    private static JdbcAllianceStore ownStore(TestDatabase db) {
        return JdbcAllianceStore.create(db.dataSource(), db.config().build());
    }

    private static JdbcAllianceStore callerStore(TestDatabase db, CallerTransaction tx) {
        return JdbcAllianceStore.create(tx, db.config().schemaMode(SchemaMode.VALIDATE)
                .transactionMode(TransactionMode.CALLER_MANAGED).build());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void with_store_managed_transactions_each_committed_write_notifies_once_and_is_already_visible(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = ownStore(db);
            Heard heard = new Heard(store);
            AllianceService service = new AllianceService(Lifecycle.withDefaults(), store, Listeners.of(heard));

            AllianceId id = service.create(FederationCode.DBU, AARHUS, ACTOR).getId();
            Alliance opened = service.execute(id, OpenAgreement.titled("Velfærdsalliance Aarhus"), ACTOR).getAlliance();

            assertThat(heard.events()).containsExactly(List.of(HistoryEvent.ALLIANCE_CREATED), List.of(HistoryEvent.OPENED));
            assertThat(heard.changes.get(1).getAlliance()).isEqualTo(opened);
            assertThat(heard.visibleToOthers).containsExactly(true, true);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void with_store_managed_transactions_a_write_the_database_refuses_notifies_nothing(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = ownStore(db);
            Heard heard = new Heard(store);
            AllianceService service = new AllianceService(Lifecycle.withDefaults(), store, Listeners.of(heard));
            service.create(FederationCode.DBU, AARHUS, ACTOR);

            assertThatThrownBy(() -> service.create(FederationCode.DBU, AARHUS, ACTOR))
                    .isInstanceOf(DuplicateAllianceException.class);

            assertThat(heard.changes).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void with_store_managed_transactions_a_throwing_listener_leaves_the_committed_write_stored(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = ownStore(db);
            Heard heard = new Heard(store);
            AllianceListener failing = change -> {
                throw new IllegalStateException("the mail gateway is down");
            };
            AllianceService service = new AllianceService(Lifecycle.withDefaults(), store, Listeners.of(failing, heard));

            AllianceId id = service.create(FederationCode.DBU, AARHUS, ACTOR).getId();
            Alliance opened = service.execute(id, OpenAgreement.titled("Velfærdsalliance Aarhus"), ACTOR).getAlliance();

            assertThat(store.findById(id)).contains(opened);
            assertThat(heard.changes).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void with_caller_managed_transactions_a_write_the_caller_rolls_back_notifies_nothing(Dialect dialect)
            throws SQLException {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore reader = ownStore(db);
            Heard heard = new Heard(reader);
            try (CallerTransaction tx = CallerTransaction.begin(db.dataSource())) {
                AfterCallerCommit hook = new AfterCallerCommit(tx);
                AllianceService service = new AllianceService(Lifecycle.withDefaults(), callerStore(db, tx),
                        Listeners.of(heard).withCommitHook(hook));
                AllianceId id = service.create(FederationCode.DBU, AARHUS, ACTOR).getId();
                service.execute(id, OpenAgreement.titled("Velfærdsalliance Aarhus"), ACTOR);

                hook.rollback();
            }

            assertThat(heard.changes).isEmpty();
            assertThat(reader.count(AllianceCriteria.all())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void with_caller_managed_transactions_a_write_the_caller_commits_notifies_once_after_the_commit(Dialect dialect)
            throws SQLException {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore reader = ownStore(db);
            Heard heard = new Heard(reader);
            try (CallerTransaction tx = CallerTransaction.begin(db.dataSource())) {
                AfterCallerCommit hook = new AfterCallerCommit(tx);
                AllianceService service = new AllianceService(Lifecycle.withDefaults(), callerStore(db, tx),
                        Listeners.of(heard).withCommitHook(hook));
                Alliance created = service.create(FederationCode.DBU, AARHUS, ACTOR);
                assertThat(heard.changes).as("before the caller commits").isEmpty();

                hook.commit();

                assertThat(heard.events()).containsExactly(List.of(HistoryEvent.ALLIANCE_CREATED));
                assertThat(heard.changes.get(0).getAlliance()).isEqualTo(created);
                assertThat(heard.visibleToOthers).as("committed when heard").containsExactly(true);
            }
            assertThat(heard.changes).hasSize(1);
        }
    }
}
