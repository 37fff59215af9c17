package dk.welfarealliance.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.CommitHook;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.spring.SpringCommitHook;
import dk.welfarealliance.spring.SpringJdbcAllianceStore;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.SchemaException;
import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import dk.welfarealliance.storage.memory.InMemoryAllianceStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WelfareAllianceAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WelfareAllianceAutoConfiguration.class));

    private static DataSource h2(String init) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + init);
        return dataSource;
    }

    private ApplicationContextRunner withH2() {
        return runner.withBean(DataSource.class, () -> h2(""))
                .withPropertyValues("welfare-alliance.schema-mode=create-if-missing");
    }

    @Test
    void with_a_data_source_every_bean_is_there_and_the_store_joins_spring_transactions() {
        withH2().run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(ReferenceCatalogue.class)
                    .hasSingleBean(Clock.class)
                    .hasSingleBean(IdGenerator.class)
                    .hasSingleBean(Lifecycle.class)
                    .hasSingleBean(AllianceService.class)
                    .hasSingleBean(Reports.class);
            assertThat(context.getBean(AllianceStore.class)).isInstanceOf(SpringJdbcAllianceStore.class);
            assertThat(context.getBean(CommitHook.class)).isInstanceOf(SpringCommitHook.class);
            assertThat(context.getBean(Lifecycle.class).businessZone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
            assertThat(context.getBean(AllianceService.class).store()).isSameAs(context.getBean(AllianceStore.class));
        });
    }

    @Test
    void without_a_data_source_the_store_is_in_memory_and_listeners_hear_at_once() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(AllianceService.class).hasSingleBean(Reports.class);
            assertThat(context.getBean(AllianceStore.class)).isInstanceOf(InMemoryAllianceStore.class);
            assertThat(context.getBean(CommitHook.class)).isNotInstanceOf(SpringCommitHook.class);
        });
    }

    @Test
    void the_default_schema_mode_validates_and_fails_the_start_on_a_database_without_the_tables() {
        runner.withBean(DataSource.class, () -> h2("")).run(context ->
                assertThat(context).getFailure().rootCause().isInstanceOf(SchemaException.class));
    }

    @Test
    void the_properties_configure_the_store_and_the_business_zone() throws SQLException {
        DataSource dataSource = h2(";INIT=CREATE SCHEMA IF NOT EXISTS ALLIANCES");
        runner.withBean(DataSource.class, () -> dataSource)
                .withPropertyValues(
                        "welfare-alliance.schema-mode=create-if-missing",
                        "welfare-alliance.schema=alliances",
                        "welfare-alliance.table-prefix=acme_wa_",
                        "welfare-alliance.remembered-alliances=0",
                        "welfare-alliance.business-zone=America/Nuuk")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    SpringJdbcAllianceStore store = context.getBean(SpringJdbcAllianceStore.class);
                    assertThat(store.getConfig()).isEqualTo(JdbcStoreConfig.builder()
                            .schemaMode(SchemaMode.CREATE_IF_MISSING)
                            .schema("alliances")
                            .tablePrefix("acme_wa_")
                            .rememberedAlliances(0)
                            .build());
                    assertThat(store.getDialect()).isEqualTo(Dialect.H2);
                    assertThat(context.getBean(Lifecycle.class).businessZone()).isEqualTo(ZoneId.of("America/Nuuk"));
                });
        try (Connection c = dataSource.getConnection();
                ResultSet tables = c.getMetaData().getTables(null, "ALLIANCES", "ACME_WA_ALLIANCE", null)) {
            assertThat(tables.next()).as("the prefixed table in the configured schema").isTrue();
        }
    }

    @Test
    void a_bad_table_prefix_fails_the_start_naming_the_rule() {
        withH2().withPropertyValues("welfare-alliance.table-prefix=Acme-").run(context ->
                assertThat(context).getFailure().rootCause()
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("[a-z][a-z0-9_]{0,15}"));
    }

    @Test
    void an_application_store_replaces_the_jdbc_store() {
        InMemoryAllianceStore own = new InMemoryAllianceStore();
        withH2().withBean(AllianceStore.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(AllianceStore.class).doesNotHaveBean(SpringJdbcAllianceStore.class);
            assertThat(context.getBean(AllianceService.class).store()).isSameAs(own);
        });
    }

    @Test
    void an_application_clock_catalogue_and_id_generator_are_the_ones_the_lifecycle_uses() {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        ReferenceCatalogue catalogue = ReferenceCatalogue.bundled();
        IdGenerator ids = IdGenerator.seeded(42);
        runner.withBean(Clock.class, () -> fixed)
                .withBean(ReferenceCatalogue.class, () -> catalogue)
                .withBean(IdGenerator.class, () -> ids)
                .run(context -> {
                    assertThat(context).hasSingleBean(Clock.class).hasSingleBean(ReferenceCatalogue.class);
                    Lifecycle lifecycle = context.getBean(Lifecycle.class);
                    assertThat(lifecycle.clock()).isSameAs(fixed);
                    assertThat(lifecycle.catalogue()).isSameAs(catalogue);
                    assertThat(lifecycle.ids()).isSameAs(ids);
                    assertThat(context.getBean(Reports.class).today()).hasToString("2027-01-01");
                });
    }

    @Test
    void an_application_lifecycle_service_reports_and_hook_replace_the_defaults() {
        Lifecycle lifecycle = Lifecycle.withDefaults();
        AllianceService service = new AllianceService(lifecycle, new InMemoryAllianceStore());
        Reports reports = Reports.of(service);
        CommitHook hook = Runnable::run;
        withH2().withBean(Lifecycle.class, () -> lifecycle)
                .withBean(AllianceService.class, () -> service)
                .withBean(Reports.class, () -> reports)
                .withBean(CommitHook.class, () -> hook)
                .run(context -> {
                    assertThat(context.getBean(Lifecycle.class)).isSameAs(lifecycle);
                    assertThat(context.getBean(AllianceService.class)).isSameAs(service);
                    assertThat(context.getBean(Reports.class)).isSameAs(reports);
                    assertThat(context.getBean(CommitHook.class)).isSameAs(hook);
                });
    }
}
