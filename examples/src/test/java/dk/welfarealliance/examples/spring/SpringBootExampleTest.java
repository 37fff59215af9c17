package dk.welfarealliance.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.report.CoverageStatus;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.spring.SpringJdbcAllianceStore;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class SpringBootExampleTest {

    @Test
    void the_boot_application_registers_three_alliances_rolls_back_the_fourth_and_reports_them_in_force() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (ConfigurableApplicationContext context = SpringBootExample.start(
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=32")) {
            AllianceStore store = context.getBean(AllianceStore.class);
            Reports reports = context.getBean(Reports.class);

            assertThat(store).isInstanceOf(SpringJdbcAllianceStore.class);
            assertThat(store.count(AllianceCriteria.all())).isEqualTo(3);
            assertThat(store.findByNaturalKey(FederationCode.DBU, MunicipalityCode.of("851"))).isEmpty();
            assertThat(context.getBean(SpringBootExample.AuditLog.class).heard).hasSize(9);
            assertThat(reports.coverage(reports.today()).totals().count(CoverageStatus.IN_FORCE)).isEqualTo(3);
            assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                    .queryForObject("SELECT MAX(\"version\") FROM \"flyway_schema_history\"", String.class))
                    .as("the scripts Flyway applied").isEqualTo("3");
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("registered 751: version 3, 1 agreement", "registered 461", "registered 561")
                .contains("851 not registered, its transaction rolled back")
                .contains("the audit log heard 9 committed writes")
                .contains("In force");
    }
}
