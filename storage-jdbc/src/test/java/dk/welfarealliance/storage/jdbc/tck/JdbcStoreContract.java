package dk.welfarealliance.storage.jdbc.tck;

import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import dk.welfarealliance.storage.tck.AllianceStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The storage TCK against one configuration of the JDBC store. Each configuration is a subclass run by a
 * Surefire execution of its own (see the module's pom): the database and the store are made once per class
 * (a PostgreSQL configuration is skipped, with a message, when no server answers and
 * {@code WA_REQUIRE_POSTGRES} is not {@code true}); every case starts from an empty alliance table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStoreContract extends AllianceStoreContract {
    private TestDatabase db;
    private JdbcAllianceStore store;

    /** @return the database of this configuration, made for this run */
    abstract TestDatabase openDatabase();

    /** @return the store under test over {@code db} */
    abstract JdbcAllianceStore buildStore(TestDatabase db);

    /** Releases what {@link #buildStore} made besides the database (a pool, say). */
    void closeStore() {
        // nothing by default
    }

    @BeforeAll
    final void start() {
        db = openDatabase();
        store = buildStore(db);
    }

    @AfterAll
    final void stop() {
        closeStore();
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected final AllianceStore createStore() {
        return store;
    }

    /**
     * A second store over the same database, with the configuration of the store under test: it remembers nothing
     * that store read or wrote, so the round-trip cases read what is in the tables.
     */
    @Override
    protected final AllianceStore secondStore(AllianceStore ignored) {
        return JdbcAllianceStore.create(db.dataSource(), store.getConfig());
    }

    @Override
    protected final void resetStore(AllianceStore ignored) {
        // Every child row goes with its alliance, by cascade.
        JdbcStoreConfig config = store.getConfig();
        db.execute("DELETE FROM " + db.qualified(config.getTablePrefix() + "alliance"));
    }
}
