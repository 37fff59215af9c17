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
}
