package dk.welfarealliance.storage.jdbc.tck;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;

/** The TCK on H2 behind a HikariCP pool whose connections have autoCommit off. */
class H2HikariTckIT extends JdbcStoreContract {
    private HikariDataSource pool;

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.open(Dialect.H2);
    }

    @Override
    JdbcAllianceStore buildStore(TestDatabase db) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(db.dataSource());
        config.setAutoCommit(false);
        config.setMaximumPoolSize(8);
        config.setPoolName("tck-h2-hikari");
        pool = new HikariDataSource(config);
        return JdbcAllianceStore.create(pool, db.config().build());
    }

    @Override
    void closeStore() {
        if (pool != null) {
            pool.close();
        }
    }
}
