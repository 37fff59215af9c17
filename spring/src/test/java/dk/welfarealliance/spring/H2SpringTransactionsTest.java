package dk.welfarealliance.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class H2SpringTransactionsTest extends SpringTransactionsContract {
    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2SpringTransactionsTest() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void after_a_duplicate_insert_the_h2_transaction_carries_on_and_commits_the_rest() {
        SpringJdbcAllianceStore store = store();
        AllianceService alliances = service(store);
        alliances.create(FederationCode.DBU, AARHUS, ACTOR);
        heard.clear();

        transactions().executeWithoutResult(status -> {
            alliances.create(FederationCode.DBU, ODENSE, ACTOR);
            assertThatThrownBy(() -> alliances.create(FederationCode.DBU, AARHUS, ACTOR))
                    .isInstanceOf(DuplicateAllianceException.class);
            assertThat(store.count(AllianceCriteria.all())).isEqualTo(2);
        });

        assertThat(store.findByNaturalKey(FederationCode.DBU, ODENSE)).isPresent();
        assertThat(heard).hasSize(1);
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
