package dk.welfarealliance.spring.boot;

import dk.welfarealliance.spring.boot.testing.PostgresSchema;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class PostgresTransactionalServiceTest extends TransactionalServiceContract {
    private PostgresSchema schema;

    @BeforeEach
    void createSchema() {
        schema = PostgresSchema.create();
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    DataSource dataSource() {
        return schema.dataSource();
    }

    @Override
    String[] properties() {
        return new String[] {"welfare-alliance.schema-mode=create-if-missing", "welfare-alliance.schema=" + schema.name()};
    }
}
