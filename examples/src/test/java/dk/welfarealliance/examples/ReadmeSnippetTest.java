package dk.welfarealliance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's "Using it" snippet, line for line, so that it keeps compiling and doing what it says. */
class ReadmeSnippetTest {

    @Test
    void the_readme_snippet_creates_opens_signs_and_finds_an_alliance_in_force() {
        AllianceStore store = new InMemoryAllianceStore();            // or JdbcAllianceStore.create(dataSource)
        AllianceService alliances = new AllianceService(Lifecycle.withDefaults(), store);
        ActorRef actor = ActorRef.of("user:4711");                     // opaque, never a person's name

        Alliance aarhus = alliances.create(FederationCode.DBU, MunicipalityCode.of("751"), actor);
        aarhus = alliances.execute(aarhus.getId(), OpenAgreement.titled("Velfærdsalliance Aarhus"), actor);
        AgreementId id = aarhus.openAgreement().orElseThrow().getId();
        IdGenerator ids = alliances.lifecycle().ids();
        aarhus = alliances.execute(aarhus.getId(), SignAgreement.builder()
                .agreement(id)
                .period(AgreementPeriod.throughYear(LocalDate.of(2024, 1, 1), 2027))   // "to and including 2027"
                .signingDate(LocalDate.of(2023, 11, 20))
                .addSignatories(Signatory.builder().id(ids.newSignatoryId())
                        .party(SignatoryParty.MUNICIPALITY).role("Borgmester").build())
                .addSignatories(Signatory.builder().id(ids.newSignatoryId())
                        .party(SignatoryParty.FEDERATION).role("Formand, DBU").build())
                .build(), actor);
        Phase phase = alliances.lifecycle().phaseOf(aarhus.agreement(id).orElseThrow());

        Page inForce = store.query(AllianceCriteria.builder()
                        .agreement(AgreementFilter.builder().inForceOn(LocalDate.of(2025, 6, 1)).build()).build(),
                PageRequest.first(50));

        assertThat(aarhus.getVersion()).isEqualTo(3);
        LocalDate today = LocalDate.now(Lifecycle.DEFAULT_BUSINESS_ZONE);
        Phase expected = today.isBefore(LocalDate.of(2024, 1, 1)) ? Phase.UPCOMING
                : today.isAfter(LocalDate.of(2027, 12, 31)) ? Phase.ENDED : Phase.IN_FORCE;
        assertThat(phase).isEqualTo(expected);
        assertThat(inForce.getItems()).containsExactly(aarhus);
    }
}
