package dk.welfarealliance.spring;

import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class H2SpringTransactionsTest extends SpringTransactionsContract {
    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2SpringTransactionsTest() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    JdbcStoreConfig config() {
        return JdbcStoreConfig.builder().schemaMode(SchemaMode.CREATE_IF_MISSING).build();
    }
}
