package dk.welfarealliance.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Phase;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.memory.InMemoryAllianceStore;
import dk.welfarealliance.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A test suite of an application's own, on the in-memory store: the pattern to copy. Each test gets a fresh store
 * and service in {@link #freshStore()} (JUnit makes a new instance of the class for every test, so no test sees
 * another's alliances), a fixed clock so that "today" is a known Danish day, and seeded ids so that a failure
 * replays with the same ids. The memory store passes the same contract as the JDBC store, so what these tests
 * show holds on PostgreSQL too.
 */
class InMemoryStoreSuiteTest {
    /** 29 November 2026, 23:30 UTC: already 30 November in Copenhagen, the business zone. */
    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), ZoneOffset.UTC);
    private static final ActorRef ACTOR = ActorRef.of("test:suite");
    private static final MunicipalityCode AARHUS = MunicipalityCode.of("751");

    private InMemoryAllianceStore store;
    private AllianceService alliances;

    @BeforeEach
    void freshStore() {
        store = new InMemoryAllianceStore();
        alliances = new AllianceService(new Lifecycle(ReferenceCatalogue.bundled(), LATE_EVENING_UTC,
                Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(42)), store);
    }

    @Test
    void today_is_the_danish_day_even_when_the_clock_reads_the_evening_before_in_utc() {
        assertThat(alliances.lifecycle().today()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void a_term_signed_from_today_is_in_force_today_and_found_by_the_in_force_query() {
        Alliance aarhus = alliances.create(FederationCode.DBU, AARHUS, ACTOR);
        Agreement signed = sign(aarhus, alliances.lifecycle().today());

        assertThat(alliances.lifecycle().phaseOf(signed)).isEqualTo(Phase.IN_FORCE);
        assertThat(store.count(AllianceCriteria.builder()
                .agreement(AgreementFilter.builder().inForceOn(alliances.lifecycle().today()).build()).build()))
                .isEqualTo(1);
    }

    @Test
    void a_second_open_agreement_is_rejected_and_nothing_is_stored() {
        // this test creates Aarhus again: it would be a duplicate natural key if the store were shared
        Alliance aarhus = alliances.create(FederationCode.DBU, AARHUS, ACTOR);
        alliances.execute(aarhus.getId(), OpenAgreement.builder().title("Velfærdsalliance Aarhus").build(), ACTOR);
        long version = alliances.find(aarhus.getId()).orElseThrow().getVersion();

        assertThatThrownBy(() -> alliances.execute(aarhus.getId(),
                OpenAgreement.builder().title("Endnu en aftale").build(), ACTOR))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getRules()).containsExactly("lifecycle.open-agreement.exists"));
        assertThat(alliances.find(aarhus.getId()).orElseThrow().getVersion()).isEqualTo(version);
    }

    private Agreement sign(Alliance alliance, LocalDate start) {
        Agreement draft = alliances.execute(alliance.getId(),
                OpenAgreement.builder().title("Velfærdsalliance Aarhus").build(), ACTOR).agreement();
        return alliances.execute(alliance.getId(), SignAgreement.builder()
                .agreement(draft.getId())
                .period(AgreementPeriod.forYears(start, 4))
                .signingDate(start)
                .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.of(SignatoryParty.FEDERATION, "Formand, DBU"))
                .build(), ACTOR).agreement();
    }
}
