package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.CapturedOutput;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards of the lifecycle and the service that hold only when the alliance already has other children: an
 * unknown reference is refused even beside known ones, a measurement is checked against the goal it names, focus
 * areas are checked when opened and edited, history keeps an erased contact in use; and the service's pauses,
 * log and listener isolation at their edges.
 */
class LifecycleGuardsTest {
    private static final IdGenerator STRANGERS = IdGenerator.seeded(4711);

    private final AllianceStory story = AllianceStory.inAarhus();

    @Test
    void a_club_signatory_naming_a_club_the_alliance_lacks_is_refused_even_when_it_has_other_clubs() {
        story.apply(PutClub.of(Club.builder().name("AGF").build()));
        AgreementId id = story.open("Velfærdsalliance");
        Signatory stranger = Signatory.builder().party(SignatoryParty.CLUB).role("Formand")
                .club(STRANGERS.newClubId()).build();

        Rejected.with(() -> story.apply(story.signing(id, Fixtures.TERM_2021_2024).addSignatories(stranger).build()),
                "SignAgreement", "signatories[2].club", "lifecycle.child.unknown");
    }

    @Test
    void a_partner_signatory_naming_a_partner_the_alliance_lacks_is_refused_even_when_it_has_other_partners() {
        story.apply(PutPartner.of(Partner.builder().name("AU").kind(PartnerKind.UNIVERSITY).build()));
        AgreementId id = story.open("Velfærdsalliance");
        Signatory stranger = Signatory.builder().party(SignatoryParty.PARTNER).role("Rektor")
                .partner(STRANGERS.newPartnerId()).build();

        Rejected.with(() -> story.apply(story.signing(id, Fixtures.TERM_2021_2024).addSignatories(stranger).build()),
                "SignAgreement", "signatories[2].partner", "lifecycle.child.unknown");
    }

    @Test
    void a_signatory_naming_a_contact_the_alliance_lacks_is_refused_even_when_it_has_other_contacts() {
        story.apply(PutContact.of(ContactPerson.builder().name("Konsulent").build()));
        AgreementId id = story.open("Velfærdsalliance");

        Rejected.with(() -> story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024)
                        .addSignatories(Fixtures.mayor(story.ids(), STRANGERS.newContactId()),
                                Fixtures.dbuChair(story.ids())).build()),
                "SignAgreement", "signatories[0].contact", "lifecycle.contact.unknown");
    }

    @Test
    void an_elite_event_naming_a_commitment_the_agreement_lacks_is_refused_even_beside_other_commitments() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        story.apply(AmendAgreement.of(story.agreement(id).withEliteCommitments(
                EliteCommitment.atLeast(1, EliteEventKind.YOUTH_INTERNATIONAL))));

        Rejected.with(() -> story.apply(RecordEliteEvent.of(id, Fixtures.youthInternational(AgeGroup.U17,
                        LocalDate.of(2022, 5, 3)).withCommitment(STRANGERS.newEliteCommitmentId()))),
                "RecordEliteEvent", "event.commitment", "lifecycle.child.unknown");
    }

    @Test
    void a_measurement_is_checked_against_the_goal_it_names_not_another() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        Goal count = Goal.builder().metric("Deltagere").target(new BigDecimal("100")).unit(GoalUnit.COUNT).build();
        Goal share = Goal.builder().metric("Andel piger").target(new BigDecimal("40")).unit(GoalUnit.PERCENT).build();
        story.apply(AmendAgreement.of(story.agreement(id).withInitiatives(
                Initiative.builder().name("Fodbold Fitness").addGoals(count).build(),
                Initiative.builder().name("Pigefodbold").addGoals(share).build())));
        Goal girls = story.agreement(id).getInitiatives().get(1).getGoals().get(0);

        Measurement recorded = story.execute(RecordMeasurement.of(id, Measurement.builder().goal(girls.getId())
                .date(LocalDate.of(2022, 6, 1)).value(new BigDecimal("35")).unit(GoalUnit.PERCENT).build()))
                .created(Measurement.class);

        assertThat(recorded.getGoal()).isEqualTo(girls.getId());
        Rejected.with(() -> story.apply(RecordMeasurement.of(id, Measurement.builder().goal(girls.getId())
                        .date(LocalDate.of(2022, 7, 1)).value(new BigDecimal("35")).unit(GoalUnit.COUNT).build())),
                "RecordMeasurement", "measurement.unit", "agreement.measurement.unit-mismatch");
    }

    @Test
    void opening_an_agreement_with_a_focus_area_outside_the_catalogue_is_refused() {
        Rejected.with(() -> story.apply(OpenAgreement.builder().title("Velfærdsalliance")
                        .addFocusAreas(FocusAreaCode.of("SUNDHED"), FocusAreaCode.of("UKENDT_OMRAADE")).build()),
                "OpenAgreement", "focusAreas", "catalogue.focus-area.unknown");
    }

    @Test
    void editing_a_draft_to_add_a_focus_area_outside_the_catalogue_is_refused() {
        AgreementId id = story.open("Udkast");

        Rejected.with(() -> story.apply(EditAgreement.of(story.agreement(id)
                        .withFocusAreas(FocusAreaCode.of("UKENDT_OMRAADE")))),
                "EditAgreement", "revised.focusAreas", "catalogue.focus-area.unknown");
    }

    @Test
    void the_tombstone_of_an_erased_contact_cannot_be_removed_because_history_names_it() {
        ContactPerson contact = story.execute(PutContact.of(ContactPerson.builder().name("Konsulent").build()))
                .created(ContactPerson.class);
        story.apply(EraseContact.of(contact.getId()));

        Rejected.with(() -> story.apply(RemoveContact.of(contact.getId())), "RemoveContact", "contact",
                "lifecycle.contact.in-use");
        Rejected.with(() -> story.apply(EditAlliance.builder().build()), "EditAlliance", "contacts",
                "lifecycle.contact.in-use");
    }

    @Test
    void a_partner_named_only_by_an_initiative_is_in_use() {
        Partner au = story.execute(PutPartner.of(Partner.builder().name("AU").kind(PartnerKind.UNIVERSITY).build()))
                .created(Partner.class);
        AgreementId id = story.open("Udkast");
        story.apply(PutInitiative.of(id, Initiative.builder().name("Forskning").addPartners(au.getId()).build()));
        Alliance before = story.alliance();

        Rejected.with(() -> story.apply(RemovePartner.of(au.getId())), "RemovePartner", "partner",
                "lifecycle.party.in-use");
        assertThat(story.alliance()).isEqualTo(before);
    }

    @Test
    void an_initiative_under_a_focus_area_the_agreement_has_is_put() {
        AgreementId id = story.open("Udkast");
        story.apply(EditAgreement.of(story.agreement(id).withFocusAreas(FocusAreaCode.of("SUNDHED"))));

        Initiative put = story.execute(PutInitiative.of(id, Initiative.builder().name("Fodbold Fitness")
                .focusArea(FocusAreaCode.of("SUNDHED")).build())).created(Initiative.class);

        assertThat(story.agreement(id).getInitiatives()).containsExactly(put);
    }

    @Test
    void a_conflict_without_retries_is_thrown_without_a_warning_of_giving_up() {
        MapStore store = new MapStore();
        AllianceService service = new AllianceService(Fixtures.lifecycle(5), store, RetryPolicy.noRetry(),
                Listeners.none());
        AllianceId id = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR).getId();
        store.interfereWithNextUpdates(1);

        String log;
        try (CapturedOutput output = CapturedOutput.start()) {
            assertThatThrownBy(() -> service.execute(id, OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR))
                    .isInstanceOf(OptimisticLockException.class);
            log = output.text();
        }

        assertThat(log).doesNotContain("gave up");
    }

    @Test
    void a_listener_failure_is_logged_with_where_it_was_thrown() {
        AllianceListener failing = change -> {
            throw new IllegalStateException("mail server down");
        };
        AllianceService service = new AllianceService(Fixtures.lifecycle(5), new MapStore(), Listeners.of(failing));

        String log;
        try (CapturedOutput output = CapturedOutput.start()) {
            service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);
            log = output.text();
        }

        assertThat(log).contains("thrown at " + LifecycleGuardsTest.class.getName());
    }

    @Test
    void a_listener_failure_without_a_stack_trace_is_isolated_too() {
        List<String> heard = new ArrayList<>();
        AllianceListener failing = change -> {
            throw new RuntimeException("no trace", null, false, false) { };
        };
        AllianceService service = new AllianceService(Fixtures.lifecycle(5), new MapStore(),
                Listeners.of(failing, change -> heard.add("audit")));

        Alliance created;
        try (CapturedOutput output = CapturedOutput.start()) {
            created = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);
            assertThat(output.text()).contains("WARN").doesNotContain("thrown at");
        }

        assertThat(created.getVersion()).isEqualTo(1);
        assertThat(heard).containsExactly("audit");
    }

    @Test
    void every_pause_is_exactly_the_capped_doubling_of_the_base_for_any_attempt() {
        RetryPolicy p = RetryPolicy.defaults().withJitter(0).withSleeperAndRandom(pause -> { }, () -> 0);
        BigInteger cap = BigInteger.valueOf(RetryPolicy.DEFAULT_MAX_BACKOFF.toNanos());
        BigInteger base = BigInteger.valueOf(RetryPolicy.DEFAULT_BASE_BACKOFF.toNanos());

        for (int attempt = 2; attempt <= 100; attempt++) {
            long expected = base.shiftLeft(attempt - 2).min(cap).longValueExact();
            assertThat(p.pauseBefore(attempt)).as("attempt %d", attempt).isEqualTo(Duration.ofNanos(expected));
        }
    }

    @Test
    void an_odd_base_and_cap_double_exactly_until_capped() {
        RetryPolicy p = RetryPolicy.defaults().withJitter(0).withSleeperAndRandom(pause -> { }, () -> 0)
                .withBackoff(Duration.ofNanos(3), Duration.ofNanos(1_000_000_007));
        BigInteger cap = BigInteger.valueOf(1_000_000_007);

        for (int attempt = 2; attempt <= 100; attempt++) {
            long expected = BigInteger.valueOf(3).shiftLeft(attempt - 2).min(cap).longValueExact();
            assertThat(p.pauseBefore(attempt)).as("attempt %d", attempt).isEqualTo(Duration.ofNanos(expected));
        }
    }

    @Test
    void the_default_random_source_spreads_the_pauses() {
        RetryPolicy p = RetryPolicy.defaults().withJitter(1);
        Set<Duration> pauses = new HashSet<>();

        for (int i = 0; i < 20; i++) {
            pauses.add(p.pauseBefore(2));
        }

        assertThat(pauses).hasSizeGreaterThan(1)
                .allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, RetryPolicy.DEFAULT_BASE_BACKOFF));
    }
}
