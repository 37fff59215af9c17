package dk.welfarealliance.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.service.AllianceListener;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.CommittedChange;
import dk.welfarealliance.storage.AllianceStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application's {@code @Transactional} service over the auto-configured {@link AllianceService}, on one
 * database: a method that writes and then throws leaves nothing stored and nobody notified; a method that
 * commits stores the alliance and notifies once.
 */
abstract class TransactionalServiceContract {
    private static final ActorRef ACTOR = ActorRef.of("user:4711");
    private static final MunicipalityCode ODENSE = MunicipalityCode.of("461");

    /** @return a data source on a database of the test's own */
    abstract DataSource dataSource();

    /** @return the {@code welfare-alliance.*} properties for that database, creating the tables */
    abstract String[] properties();

    private ApplicationContextRunner application() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WelfareAllianceAutoConfiguration.class))
                .withBean(DataSource.class, this::dataSource)
                .withUserConfiguration(Application.class)
                .withPropertyValues(properties());
    }

    @Test
    void a_transactional_method_that_writes_and_then_throws_leaves_nothing_stored_and_nobody_notified() {
        application().run(context -> {
            assertThat(context).hasNotFailed();
            Registrar registrar = context.getBean(Registrar.class);

            assertThatThrownBy(() -> registrar.registerThenFail(ODENSE)).hasMessage("the grant was refused");

            assertThat(context.getBean(AllianceStore.class).findByNaturalKey(FederationCode.DBU, ODENSE)).isEmpty();
            assertThat(context.getBean(Heard.class).changes).isEmpty();
        });
    }

    @Test
    void a_transactional_method_that_commits_stores_the_alliance_and_notifies_once() {
        application().run(context -> {
            assertThat(context).hasNotFailed();
            Registrar registrar = context.getBean(Registrar.class);

            Alliance registered = registrar.register(ODENSE);

            assertThat(context.getBean(AllianceStore.class).findById(registered.getId())).contains(registered);
            assertThat(context.getBean(Heard.class).changes).singleElement()
                    .satisfies(change -> assertThat(change.getAlliance().getId()).isEqualTo(registered.getId()));
            assertThat(registrar.heardInsideTheTransaction).as("heard before the commit").isZero();
        });
    }

    /** The application: a transaction manager, a listener, and a service of its own with transactions. */
    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    static class Application {
        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        Heard heard() {
            return new Heard();
        }

        @Bean
        Registrar registrar(AllianceService alliances, Heard heard) {
            return new Registrar(alliances, heard);
        }
    }

    /** Records every change it hears. */
    static class Heard implements AllianceListener {
        final List<CommittedChange> changes = new CopyOnWriteArrayList<>();

        @Override
        public void onCommitted(CommittedChange change) {
            changes.add(change);
        }
    }

    /** An application service whose methods are transactions. */
    public static class Registrar {
        private final AllianceService alliances;
        private final Heard heard;
        volatile int heardInsideTheTransaction = -1;

        public Registrar(AllianceService alliances, Heard heard) {
            this.alliances = alliances;
            this.heard = heard;
        }

        @Transactional
        public Alliance register(MunicipalityCode municipality) {
            Alliance alliance = alliances.create(FederationCode.DBU, municipality, ACTOR);
            heardInsideTheTransaction = heard.changes.size();
            return alliance;
        }

        @Transactional
        public Alliance registerThenFail(MunicipalityCode municipality) {
            alliances.create(FederationCode.DBU, municipality, ACTOR);
            throw new IllegalStateException("the grant was refused");
        }
    }
}
