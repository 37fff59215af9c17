package dk.welfarealliance.spring.boot;

import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.service.AllianceListener;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.CommitHook;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Listeners;
import dk.welfarealliance.service.RetryPolicy;
import dk.welfarealliance.spring.SpringCommitHook;
import dk.welfarealliance.spring.SpringJdbcAllianceStore;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.memory.InMemoryAllianceStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of welfare-alliance. Every bean backs off when the application defines one of its type:
 *
 * <ul>
 *   <li>{@link ReferenceCatalogue}: the bundled one; {@link Clock}: the system clock (UTC); {@link IdGenerator}:
 *       random ids;
 *   <li>{@link Lifecycle}: over those, in the zone {@code welfare-alliance.business-zone} (Europe/Copenhagen);
 *   <li>{@link AllianceStore}: with a single {@link DataSource} bean, a {@link SpringJdbcAllianceStore} over it
 *       (which joins the application's Spring transactions), configured by the {@code welfare-alliance.*}
 *       properties and built after Flyway or Liquibase has migrated the database; without a {@code DataSource},
 *       an {@link InMemoryAllianceStore};
 *   <li>{@link CommitHook}: with the JDBC store a {@link SpringCommitHook} (listeners hear a write after its
 *       Spring transaction commits), with the memory store {@link CommitHook#immediately()};
 *   <li>{@link AllianceService}: over the lifecycle and the store, notifying every {@link AllianceListener} bean
 *       (in their {@code @Order}) through the hook, retrying as the {@link RetryPolicy} bean says
 *       ({@link RetryPolicy#defaults()} without one);
 *   <li>{@link Reports}: over the service's store, catalogue, clock and zone.
 * </ul>
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration"})
@EnableConfigurationProperties(WelfareAllianceProperties.class)
public class WelfareAllianceAutoConfiguration {

    /** Created by Spring Boot. */
    public WelfareAllianceAutoConfiguration() {}

    /** @return the bundled catalogue of municipalities, regions, local unions and focus areas */
    @Bean
    @ConditionalOnMissingBean
    public ReferenceCatalogue welfareAllianceReferenceCatalogue() {
        return ReferenceCatalogue.bundled();
    }

    /** @return the system clock, in UTC (the business zone decides the day, not the clock's zone) */
    @Bean
    @ConditionalOnMissingBean
    public Clock welfareAllianceClock() {
        return Clock.systemUTC();
    }

    /** @return random ids for the children commands create */
    @Bean
    @ConditionalOnMissingBean
    public IdGenerator welfareAllianceIdGenerator() {
        return IdGenerator.random();
    }

    /** @return the lifecycle over the catalogue, the clock, the configured business zone and the ids */
    @Bean
    @ConditionalOnMissingBean
    public Lifecycle welfareAllianceLifecycle(ReferenceCatalogue catalogue, Clock clock, IdGenerator ids,
            WelfareAllianceProperties properties) {
        return new Lifecycle(catalogue, clock, properties.businessZone(), ids);
    }

    /** @return the service, notifying the application's listeners through the commit hook */
    @Bean
    @ConditionalOnMissingBean
    public AllianceService welfareAllianceService(Lifecycle lifecycle, AllianceStore store, CommitHook commitHook,
            ObjectProvider<AllianceListener> listeners, ObjectProvider<RetryPolicy> retry) {
        Listeners all = Listeners.none().withCommitHook(commitHook);
        for (AllianceListener listener : (Iterable<AllianceListener>) listeners.orderedStream()::iterator) {
            all = all.withListener(listener);
        }
        return new AllianceService(lifecycle, store, retry.getIfAvailable(RetryPolicy::defaults), all);
    }

    /** @return the reports over the service's store, catalogue, clock and business zone */
    @Bean
    @ConditionalOnMissingBean
    public Reports welfareAllianceReports(AllianceService service) {
        return Reports.of(service);
    }

    /** The JDBC store over the application's one {@link DataSource}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSingleCandidate(DataSource.class)
    static class JdbcStoreConfiguration {

        @Bean
        @ConditionalOnMissingBean(AllianceStore.class)
        @DependsOnDatabaseInitialization
        SpringJdbcAllianceStore welfareAllianceStore(DataSource dataSource, WelfareAllianceProperties properties) {
            return SpringJdbcAllianceStore.create(dataSource, properties.toStoreConfig());
        }

        @Bean
        @ConditionalOnMissingBean
        CommitHook welfareAllianceCommitHook() {
            return new SpringCommitHook();
        }
    }

    /** The memory store, when the application has no {@link DataSource}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(DataSource.class)
    static class MemoryStoreConfiguration {

        @Bean
        @ConditionalOnMissingBean(AllianceStore.class)
        InMemoryAllianceStore welfareAllianceStore() {
            return new InMemoryAllianceStore();
        }

        @Bean
        @ConditionalOnMissingBean
        CommitHook welfareAllianceCommitHook() {
            return CommitHook.immediately();
        }
    }
}
