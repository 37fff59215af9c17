package dk.welfarealliance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.memory.InMemoryAllianceStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelfareAllianceExampleTest {
    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private static AllianceService service(AllianceStore store, long seed) {
        return new AllianceService(new Lifecycle(ReferenceCatalogue.bundled(), NOVEMBER_2026,
                Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(seed)), store);
    }

    private static String run(AllianceService service) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WelfareAllianceExample.run(service, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<AgreementState> states(AllianceService service, String municipality) {
        Alliance alliance = service.find(FederationCode.DBU, MunicipalityCode.of(municipality)).orElseThrow();
        return alliance.getAgreements().stream().map(Agreement::getState).toList();
    }

    @Test
    void the_tour_walks_three_alliances_through_signing_amendment_renewal_and_termination() {
        AllianceService service = service(new InMemoryAllianceStore(), 1);
        String output = run(service);

        assertThat(output).contains("Stored before this run: 0 alliances")
                .contains("Aarhus (751)", "Odense (461)", "Esbjerg (561)")
                .contains("IN_FORCE", "ENDED", "ABANDONED")
                .contains("AMENDED", "RENEWAL_OPENED", "TERMINATED", "PUT_ON_HOLD");
        assertThat(states(service, "751")).containsExactly(AgreementState.SIGNED, AgreementState.SIGNED);
        assertThat(states(service, "461")).containsExactly(AgreementState.SIGNED, AgreementState.ABANDONED);
        assertThat(states(service, "561")).containsExactly(AgreementState.TERMINATED);
    }

    @Test
    void the_run_writes_the_portfolio_page_and_prints_where(@TempDir Path folder) throws java.io.IOException {
        Path page = folder.resolve("report").resolve("portfolio.html");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        WelfareAllianceExample.run(service(new InMemoryAllianceStore(), 1),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), page, java.util.Locale.ENGLISH);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Wrote the portfolio page",
                page.toUri().toString());
        assertThat(java.nio.file.Files.readString(page)).startsWith("<!DOCTYPE html>")
                .contains("Welfare alliances of DBU", "data-code=\"751\"", "Renewal pipeline");
    }

    @Test
    void a_second_run_on_the_same_h2_file_shows_what_the_first_stored_and_adds_to_it(@TempDir Path folder) {
        String first = run(service(WelfareAllianceExample.h2FileStore(folder), 1));
        AllianceService again = service(WelfareAllianceExample.h2FileStore(folder), 2);
        long odense = version(again, "461");
        long esbjerg = version(again, "561");
        long aarhus = version(again, "751");

        String second = run(again);

        assertThat(first).contains("Stored before this run: 0 alliances");
        assertThat(second)
                .contains("Stored before this run: 3 alliances")
                .contains("Odense (461), version " + odense + ": 2 agreements, last change #" + odense + " ABANDONED")
                .contains("Esbjerg (561), version " + esbjerg + ": 1 agreements")
                .contains("Aarhus (751), version " + aarhus + ": 2 agreements")
                .contains("recorded this run's evaluation for 751", "recorded this run's evaluation for 461",
                        "recorded this run's evaluation for 561")
                .doesNotContain("created the alliance");
        assertThat(version(again, "751")).isEqualTo(aarhus + 1);
        Alliance aarhusAfter = again.find(FederationCode.DBU, MunicipalityCode.of("751")).orElseThrow();
        assertThat(aarhusAfter.getAgreements().get(1).getEvaluations()).hasSize(1);
    }

    private static long version(AllianceService service, String municipality) {
        return service.find(FederationCode.DBU, MunicipalityCode.of(municipality)).orElseThrow().getVersion();
    }
}
