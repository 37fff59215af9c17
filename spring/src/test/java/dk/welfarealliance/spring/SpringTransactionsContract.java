package dk.welfarealliance.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.ActorRef;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.CommittedChange;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Listeners;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store and the hook in Spring transactions, on one database: what a rolled-back transaction wrote is gone
 * and unheard, what a committed one wrote is stored and heard once, after the commit.
 */
abstract class SpringTransactionsContract {
    static final ActorRef ACTOR = ActorRef.of("user:4711");
    static final MunicipalityCode AARHUS = MunicipalityCode.of("751");
    static final MunicipalityCode ODENSE = MunicipalityCode.of("461");

    final List<CommittedChange> heard = new CopyOnWriteArrayList<>();

    /** @return a data source on a database of the test's own */
    abstract DataSource dataSource();

    /** @return the store's configuration for that database, creating the tables */
    abstract JdbcStoreConfig config();

    SpringJdbcAllianceStore store() {
        return SpringJdbcAllianceStore.create(dataSource(), config());
    }

    AllianceService service(SpringJdbcAllianceStore store) {
        return new AllianceService(Lifecycle.withDefaults(), store,
                Listeners.of(heard::add).withCommitHook(new SpringCommitHook()));
    }

    TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
    }

    @Test
    void a_write_in_a_transaction_that_rolls_back_leaves_nothing_stored_and_nobody_notified() {
        SpringJdbcAllianceStore store = store();
        AllianceService alliances = service(store);

        assertThatThrownBy(() -> transactions().executeWithoutResult(status -> {
            alliances.create(FederationCode.DBU, AARHUS, ACTOR);
            assertThat(store.findByNaturalKey(FederationCode.DBU, AARHUS)).as("seen inside its transaction").isPresent();
            throw new IllegalStateException("the caller changed its mind");
        })).hasMessage("the caller changed its mind");

        assertThat(store.findByNaturalKey(FederationCode.DBU, AARHUS)).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void a_write_in_a_committed_transaction_is_stored_and_heard_once_after_the_commit() {
        SpringJdbcAllianceStore store = store();
        AllianceService alliances = service(store);

        Alliance created = transactions().execute(status -> {
            Alliance alliance = alliances.create(FederationCode.DBU, AARHUS, ACTOR);
            assertThat(heard).as("heard before the commit").isEmpty();
            return alliance;
        });

        assertThat(store.findById(created.getId())).contains(created);
        assertThat(heard).singleElement().satisfies(change -> {
            assertThat(change.getAlliance().getId()).isEqualTo(created.getId());
            assertThat(change.getVersion()).isEqualTo(1);
        });
    }

    @Test
    void a_write_outside_any_transaction_is_stored_at_once_and_heard_once() {
        SpringJdbcAllianceStore store = store();
        AllianceService alliances = service(store);

        Alliance created = alliances.create(FederationCode.DBU, AARHUS, ACTOR);

        assertThat(heard).singleElement().satisfies(change ->
                assertThat(change.getAlliance().getId()).isEqualTo(created.getId()));
        Optional<Alliance> inATransaction = transactions().execute(status -> store.findById(created.getId()));
        assertThat(inATransaction).contains(created);
    }

    @Test
    void a_rolled_back_update_leaves_the_stored_version_and_a_later_update_applies_to_it() {
        SpringJdbcAllianceStore store = store();
        AllianceService alliances = service(store);
        Alliance created = alliances.create(FederationCode.DBU, AARHUS, ACTOR);
        heard.clear();

        assertThatThrownBy(() -> transactions().executeWithoutResult(status -> {
            store.update(created);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        Alliance updated = transactions().execute(status -> store.update(created));

        assertThat(updated.getVersion()).isEqualTo(2);
        assertThat(store.findById(created.getId())).map(Alliance::getVersion).contains(2L);
    }

    @Test
    void a_delete_in_a_transaction_that_rolls_back_is_undone_and_one_in_a_committed_transaction_is_kept() {
        SpringJdbcAllianceStore store = store();
        Alliance created = service(store).create(FederationCode.DBU, AARHUS, ACTOR);

        assertThatThrownBy(() -> transactions().executeWithoutResult(status -> {
            store.delete(created.getId(), created.getVersion());
            assertThat(store.findById(created.getId())).as("gone inside its transaction").isEmpty();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(store.findById(created.getId())).contains(created);

        transactions().executeWithoutResult(status -> store.delete(created.getId(), created.getVersion()));
        assertThat(store.findById(created.getId())).isEmpty();
    }
}
