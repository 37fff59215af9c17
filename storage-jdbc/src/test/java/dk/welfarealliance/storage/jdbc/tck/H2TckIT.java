package dk.welfarealliance.storage.jdbc.tck;

import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;

/** The TCK on H2 in memory, store-managed transactions, tables created by the store in a schema of their own. */
class H2TckIT extends JdbcStoreContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.open(Dialect.H2);
    }

    @Override
    JdbcAllianceStore buildStore(TestDatabase db) {
        return JdbcAllianceStore.create(db.dataSource(), db.config().build());
    }
}
