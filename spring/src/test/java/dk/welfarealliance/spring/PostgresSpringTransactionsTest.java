package dk.welfarealliance.spring;

import dk.welfarealliance.spring.testing.PostgresSchema;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class PostgresSpringTransactionsTest extends SpringTransactionsContract {
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
    JdbcStoreConfig config() {
        return JdbcStoreConfig.builder().schema(schema.name()).schemaMode(SchemaMode.CREATE_IF_MISSING).build();
    }
}
