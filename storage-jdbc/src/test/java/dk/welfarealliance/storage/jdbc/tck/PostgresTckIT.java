package dk.welfarealliance.storage.jdbc.tck;

import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;

/** The TCK on PostgreSQL, store-managed transactions, tables created by the store in a schema of this run. */
class PostgresTckIT extends JdbcStoreContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.open(Dialect.POSTGRESQL);
    }

    @Override
    JdbcAllianceStore buildStore(TestDatabase db) {
        return JdbcAllianceStore.create(db.dataSource(), db.config().build());
    }
}
