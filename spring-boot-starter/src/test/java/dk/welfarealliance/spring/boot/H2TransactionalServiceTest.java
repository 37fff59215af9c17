package dk.welfarealliance.spring.boot;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class H2TransactionalServiceTest extends TransactionalServiceContract {
    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2TransactionalServiceTest() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    String[] properties() {
        return new String[] {"welfare-alliance.schema-mode=create-if-missing"};
    }
}
