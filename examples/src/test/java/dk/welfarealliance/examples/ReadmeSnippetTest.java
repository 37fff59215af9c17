package dk.welfarealliance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Phase;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.report.CommitmentDelivery;
import dk.welfarealliance.report.CommitmentStatus;
import dk.welfarealliance.report.CoverageReport;
import dk.welfarealliance.report.CoverageStatus;
import dk.welfarealliance.report.EliteDelivery;
import dk.welfarealliance.report.ExpiringTerm;
import dk.welfarealliance.report.MunicipalityCoverage;
import dk.welfarealliance.report.RenewalPipeline;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.memory.InMemoryAllianceStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Using it" snippet, line for line, so that it keeps compiling and doing what it says. */
class ReadmeSnippetTest {

    @Test
    void the_readme_snippet_enters_a_typical_signed_term_without_hand_made_ids_and_finds_it_in_force() {
        AllianceStore store = new InMemoryAllianceStore();            // or JdbcAllianceStore.create(dataSource)
        AllianceService alliances = new AllianceService(Lifecycle.withDefaults(), store);
        ActorRef actor = ActorRef.of("user:4711");                     // opaque, never a person's name
        FocusAreaCode health = FocusAreaCode.of("SUNDHED");

        Alliance aarhus = alliances.create(FederationCode.DBU, MunicipalityCode.of("751"), actor);
        Agreement draft = alliances.execute(aarhus.getId(), OpenAgreement.builder()
                .title("Velfærdsalliance Aarhus")
                .addFocusAreas(health, FocusAreaCode.of("SKOLE_OG_DAGTILBUD"))
                .addInitiatives(Initiative.builder().name("Fodbold Fitness").focusArea(health)
                        .addGoals(Goal.builder().metric("Deltagere").target(BigDecimal.valueOf(200)).unit(GoalUnit.COUNT).build())
                        .build())
                .addEliteCommitments(EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL))
                .build(), actor).agreement();
        Agreement signed = alliances.execute(aarhus.getId(), SignAgreement.builder()
                .agreement(draft.getId())
                .period(AgreementPeriod.throughYear(LocalDate.of(2024, 1, 1), 2027))   // "to and including 2027"
                .signingDate(LocalDate.of(2023, 11, 20))
                .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.of(SignatoryParty.FEDERATION, "Formand, DBU"))
                .build(), actor).agreement();
        Phase phase = alliances.lifecycle().phaseOf(signed);          // IN_FORCE, UPCOMING, POSSIBLY_IN_FORCE, ...

        Page inForce = store.query(AllianceCriteria.builder()
                        .agreement(AgreementFilter.builder().inForceOn(LocalDate.of(2025, 6, 1)).build()).build(),
                PageRequest.first(50));

        Alliance stored = alliances.find(aarhus.getId()).orElseThrow();
        assertThat(stored.getVersion()).isEqualTo(3);
        assertThat(signed.getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(signed.getSignatories()).allSatisfy(s -> assertThat(s.getId().isAssigned()).isTrue());
        assertThat(signed.getInitiatives().get(0).getGoals().get(0).getId().isAssigned()).isTrue();
        assertThat(signed.getEliteCommitments().get(0).getId().isAssigned()).isTrue();
        assertThat(signed.getFocusAreas()).hasSize(2);
        LocalDate today = alliances.lifecycle().today();
        Phase expected = today.isBefore(LocalDate.of(2024, 1, 1)) ? Phase.UPCOMING
                : today.isAfter(LocalDate.of(2027, 12, 31)) ? Phase.ENDED : Phase.IN_FORCE;
        assertThat(phase).isEqualTo(expected);
        assertThat(inForce.getItems()).containsExactly(stored);
    }

    @Test
    void the_readme_reports_snippet_answers_the_three_daily_questions() {
        AllianceService alliances = new AllianceService(Lifecycle.withDefaults(), new InMemoryAllianceStore());
        ActorRef actor = ActorRef.of("user:4711");
        LocalDate start = alliances.lifecycle().today().minusYears(1);
        Alliance aarhus = alliances.create(FederationCode.DBU, MunicipalityCode.of("751"), actor);
        Agreement draft = alliances.execute(aarhus.getId(), OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .addEliteCommitments(EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL)).build(), actor)
                .agreement();
        alliances.execute(aarhus.getId(), SignAgreement.builder().agreement(draft.getId())
                .period(AgreementPeriod.of(start, start.plusYears(1).plusMonths(3)))
                .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.of(SignatoryParty.FEDERATION, "Formand, DBU"))
                .build(), actor);

        Reports reports = Reports.of(alliances);
        LocalDate today = reports.today();

        // 1. Which municipalities have an alliance in force today, and which do not?
        CoverageReport coverage = reports.coverage(today);
        List<MunicipalityCoverage> inForce = coverage.getMunicipalities().stream()
                .filter(m -> m.getStatus() == CoverageStatus.IN_FORCE).toList();
        List<MunicipalityCoverage> without = coverage.nothingInForce();

        // 2. Which terms end in the next six months, and where does their renewal stand?
        RenewalPipeline endingSoon = reports.renewalPipeline(today, Period.ofMonths(6));
        List<ExpiringTerm> atRisk = endingSoon.atRisk();          // no successor, or a successor on hold

        // 3. Are the elite events promised being delivered?
        EliteDelivery elite = reports.eliteDelivery(today);
        List<CommitmentDelivery> behind = elite.withStatus(CommitmentStatus.AT_RISK);

        String table = coverage.byLocalUnionTable().toText();     // or .toCsv(';') for Excel

        assertThat(inForce).extracting(m -> m.getMunicipality().getName()).containsExactly("Aarhus");
        assertThat(without).hasSize(97);
        assertThat(atRisk).extracting(t -> t.getMunicipality().getName()).containsExactly("Aarhus");
        assertThat(behind).as("0 of 3 with 3 of 15 months left").hasSize(1);
        assertThat(table).contains("DBU Jylland");
    }
}
