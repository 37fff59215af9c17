package dk.welfarealliance.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;

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

    @Test
    void outside_a_transaction_every_connection_the_store_takes_is_closed_again() {
        AtomicInteger open = new AtomicInteger();
        DataSource counting = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                open.incrementAndGet();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("close") && !connection.isClosed()) {
                                open.decrementAndGet();
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
        SpringJdbcAllianceStore store = SpringJdbcAllianceStore.create(counting, config());
        AllianceService alliances = new AllianceService(Lifecycle.withDefaults(), store);

        Alliance created = alliances.create(FederationCode.DBU, AARHUS, ACTOR);
        store.findById(created.getId());
        store.count(AllianceCriteria.all());

        assertThat(open).as("connections left open").hasValue(0);
    }

    @Test
    void in_a_log_the_store_names_its_dialect_and_configuration_and_its_parts_name_themselves() {
        SpringJdbcAllianceStore store = store();

        assertThat(store).hasToString("SpringJdbcAllianceStore[H2, " + store.getConfig() + "]");
        assertThat(new SpringConnectionProvider(dataSource)).hasToString("SpringConnectionProvider[JdbcDataSource]");
        assertThat(new SpringCommitHook()).hasToString("SpringCommitHook");
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
