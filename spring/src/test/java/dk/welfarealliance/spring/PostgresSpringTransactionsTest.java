package dk.welfarealliance.spring;

import dk.welfarealliance.spring.testing.PostgresSchema;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.StorageException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

    @Test
    void after_a_duplicate_insert_the_postgresql_transaction_is_aborted_and_rolls_back_as_a_whole() {
        SpringJdbcAllianceStore store = store();
        AllianceService alliances = service(store);
        alliances.create(FederationCode.DBU, AARHUS, ACTOR);
        heard.clear();

        assertThatThrownBy(() -> transactions().executeWithoutResult(status -> {
            alliances.create(FederationCode.DBU, ODENSE, ACTOR);
            assertThatThrownBy(() -> alliances.create(FederationCode.DBU, AARHUS, ACTOR))
                    .isInstanceOf(DuplicateAllianceException.class);
            store.count(AllianceCriteria.all());   // every later statement fails: the transaction is aborted
        })).isInstanceOf(StorageException.class);

        assertThat(store.findByNaturalKey(FederationCode.DBU, ODENSE)).isEmpty();
        assertThat(heard).isEmpty();
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
