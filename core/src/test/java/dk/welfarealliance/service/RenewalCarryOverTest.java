package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.EliteCommitmentId;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalId;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.InitiativeId;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.Money;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentId;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.UnrecordedTerm;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What {@link RenewAgreement} carries into the renewal (its Javadoc): focus areas, initiatives with their goals,
 * elite commitments and payments, all under new ids; and what it does not carry: signatories, the signing date,
 * the period, elite events, evaluations, measurements and notes. Also the references to a renewed agreement.
 */
class RenewalCarryOverTest {
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");
    private static final FocusAreaCode SCHOOL = FocusAreaCode.of("SKOLE_OG_DAGTILBUD");

    private final AllianceStory story = AllianceStory.inAarhus();

    /** @return a signed term with two initiatives (one with a goal), a commitment, two payments and history */
    private AgreementId richSignedTerm() {
        AgreementId id = story.open("Velfærdsalliance 2021-2024");
        Initiative withGoal = Fixtures.initiativeWithGoal(story.ids(), Optional.of(HEALTH));
        Initiative second = Initiative.builder().name("Skolefodbold").concept("Skolefodbold")
                .focusArea(SCHOOL).build();
        story.apply(EditAgreement.of(story.agreement(id)
                .withFocusAreas(HEALTH, SCHOOL)
                .withInitiatives(withGoal, second)
                .withEliteCommitments(EliteCommitment.atLeast(2, EliteEventKind.YOUTH_INTERNATIONAL))
                .withPayments(
                        Payment.builder().kind(PaymentKind.ANNUAL_FEE).amount(Money.dkk("86500"))
                                .payer(Party.municipality()).payee(Party.localUnion()).build(),
                        Payment.builder().kind(PaymentKind.ANNUAL_FEE).amount(Money.dkk("10000"))
                                .payer(Party.municipality()).payee(Party.federation()).build())));
        story.approve(id).sign(id, Fixtures.TERM_2021_2024);
        Goal goal = story.agreement(id).getInitiatives().get(0).getGoals().get(0);
        story.apply(AmendAgreement.of(story.agreement(id).withEliteEvents(
                Fixtures.youthInternational(AgeGroup.U17, LocalDate.of(2022, 5, 3)))));
        story.apply(RecordEvaluation.of(id, Fixtures.evaluation(story.ids(), LocalDate.of(2023, 6, 1))));
        story.apply(RecordMeasurement.of(id, Fixtures.measurement(story.ids(), goal, LocalDate.of(2023, 6, 1))));
        story.apply(RecordNote.on(id, Note.of(NoteKind.MEETING, PartialDate.day(2023, 9, 1), "Statusmøde")));
        return id;
    }

    private Agreement renewalOf(AgreementId previous) {
        return story.execute(RenewAgreement.builder().previous(previous).title("Velfærdsalliance 2025-2028")
                .build()).agreement();
    }

    @Test
    void a_renewal_carries_the_focus_areas() {
        AgreementId previous = richSignedTerm();

        assertThat(renewalOf(previous).getFocusAreas()).containsExactly(SCHOOL, HEALTH);
    }

    @Test
    void a_renewal_carries_the_initiatives_and_their_goals_under_new_ids() {
        AgreementId previous = richSignedTerm();
        List<Initiative> before = story.agreement(previous).getInitiatives();

        List<Initiative> carried = renewalOf(previous).getInitiatives();

        assertThat(carried).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Initiative copy = carried.get(i);
            Initiative original = before.get(i);
            assertThat(copy.getId()).isNotEqualTo(original.getId());
            assertThat(copy.getId().isAssigned()).isTrue();
            assertThat(copy.getName()).isEqualTo(original.getName());
            assertThat(copy.getFocusArea()).isEqualTo(original.getFocusArea());
            assertThat(copy.getGoals()).hasSameSizeAs(original.getGoals());
            for (int g = 0; g < original.getGoals().size(); g++) {
                Goal goalCopy = copy.getGoals().get(g);
                assertThat(goalCopy.getId()).isNotEqualTo(original.getGoals().get(g).getId());
                assertThat(goalCopy.withId(original.getGoals().get(g).getId())).isEqualTo(original.getGoals().get(g));
            }
            assertThat(copy.withId(original.getId()).withGoals(original.getGoals())).isEqualTo(original);
        }
        assertThat(carried.get(0).getGoals()).hasSize(1);
    }

    @Test
    void a_renewal_carries_the_elite_commitments_under_new_ids() {
        AgreementId previous = richSignedTerm();
        List<EliteCommitment> before = story.agreement(previous).getEliteCommitments();

        List<EliteCommitment> carried = renewalOf(previous).getEliteCommitments();

        assertThat(carried).hasSize(1);
        assertThat(carried.get(0).getId()).isNotEqualTo(before.get(0).getId());
        assertThat(carried.get(0).withId(before.get(0).getId())).isEqualTo(before.get(0));
    }

    @Test
    void a_renewal_carries_the_payments_under_new_ids() {
        AgreementId previous = richSignedTerm();
        List<Payment> before = story.agreement(previous).getPayments();

        List<Payment> carried = renewalOf(previous).getPayments();

        assertThat(carried).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(carried.get(i).getId()).isNotEqualTo(before.get(i).getId());
            assertThat(carried.get(i).withId(before.get(i).getId())).isEqualTo(before.get(i));
        }
    }

    @Test
    void every_carried_child_gets_an_id_of_its_own() {
        AgreementId previous = richSignedTerm();

        Agreement renewal = renewalOf(previous);

        List<Object> ids = new java.util.ArrayList<>();
        renewal.getInitiatives().forEach(i -> {
            ids.add(i.getId());
            i.getGoals().forEach(g -> ids.add(g.getId()));
        });
        renewal.getEliteCommitments().forEach(c -> ids.add(c.getId()));
        renewal.getPayments().forEach(p -> ids.add(p.getId()));
        assertThat(ids).hasSize(6).doesNotHaveDuplicates()
                .doesNotContain(InitiativeId.UNASSIGNED, GoalId.UNASSIGNED, EliteCommitmentId.UNASSIGNED,
                        PaymentId.UNASSIGNED);
    }

    @Test
    void a_renewal_does_not_carry_signatories_signing_date_period_events_evaluations_measurements_or_notes() {
        AgreementId previous = richSignedTerm();
        Agreement old = story.agreement(previous);
        assertThat(old.getEliteEvents()).hasSize(1);
        assertThat(old.getEvaluations()).hasSize(1);
        assertThat(old.getMeasurements()).hasSize(1);
        assertThat(old.getNotes()).hasSize(1);

        Agreement renewal = renewalOf(previous);

        assertThat(renewal.getSignatories()).isEmpty();
        assertThat(renewal.getSigningDate()).isEmpty();
        assertThat(renewal.getPeriod()).isEmpty();
        assertThat(renewal.getEliteEvents()).isEmpty();
        assertThat(renewal.getEvaluations()).isEmpty();
        assertThat(renewal.getMeasurements()).isEmpty();
        assertThat(renewal.getNotes()).isEmpty();
        assertThat(renewal.getTerminationDate()).isEmpty();
    }

    @Test
    void a_renewal_is_a_new_agreement_in_dialogue_that_names_the_previous_one() {
        AgreementId previous = richSignedTerm();
        AgreementPeriod planned = AgreementPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31));

        Outcome outcome = story.execute(RenewAgreement.builder().previous(previous).title("Fornyelse")
                .plannedPeriod(planned).reason("Flere piger i klubberne").build());

        Agreement renewal = outcome.agreement();
        assertThat(renewal.getId()).isNotEqualTo(previous);
        assertThat(renewal.getTitle()).isEqualTo("Fornyelse");
        assertThat(renewal.getState()).isEqualTo(AgreementState.IN_DIALOGUE);
        assertThat(renewal.getRenews()).contains(previous);
        assertThat(renewal.getPeriod()).contains(planned);
        assertThat(story.agreement(previous).getState()).as("the previous term stays in force")
                .isEqualTo(AgreementState.SIGNED);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.RENEWAL_OPENED);
        assertThat(story.lastEntry().getAgreement()).contains(renewal.getId());
        assertThat(story.lastEntry().getReason()).contains("Flere piger i klubberne");
    }

    @Test
    void a_terminated_agreement_can_be_renewed() {
        AgreementId previous = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        story.terminate(previous, LocalDate.of(2023, 12, 31), "Opsagt");

        assertThat(renewalOf(previous).getRenews()).contains(previous);
    }

    @Test
    void a_renewal_takes_the_local_union_covering_the_municipality_now() {
        AgreementId previous = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        assertThat(story.agreement(previous).getLocalUnion()).contains(LocalUnionCode.of("DBU_JYLLAND"));
        ReferenceCatalogue bundled = ReferenceCatalogue.bundled();
        Map<MunicipalityCode, LocalUnionCode> coverage = new HashMap<>(bundled.getCoverage());
        coverage.put(Fixtures.AARHUS, LocalUnionCode.of("DBU_FYN"));
        Lifecycle later = new Lifecycle(bundled.withCoverage(coverage), Fixtures.clock(),
                Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(99));

        Outcome outcome = later.execute(story.alliance(),
                RenewAgreement.builder().previous(previous).title("Anden").build(), Fixtures.ACTOR);

        assertThat(outcome.agreement().getLocalUnion()).contains(LocalUnionCode.of("DBU_FYN"));
    }

    @Test
    void a_renewal_has_no_local_union_when_none_covers_the_municipality_now() {
        AgreementId previous = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        ReferenceCatalogue bundled = ReferenceCatalogue.bundled();
        Map<MunicipalityCode, LocalUnionCode> coverage = new HashMap<>(bundled.getCoverage());
        coverage.remove(Fixtures.AARHUS);
        Lifecycle later = new Lifecycle(bundled.withCoverage(coverage), Fixtures.clock(),
                Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(99));

        Outcome outcome = later.execute(story.alliance(),
                RenewAgreement.builder().previous(previous).title("Anden").build(), Fixtures.ACTOR);

        assertThat(outcome.agreement().getLocalUnion()).isEmpty();
    }

    @Test
    void renewing_while_another_agreement_is_open_is_refused() {
        AgreementId previous = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        AgreementId open = story.open("Åben");
        Alliance before = story.alliance();

        var v = Rejected.with(() -> story.apply(RenewAgreement.builder().previous(previous).title("Anden").build()),
                "RenewAgreement", "", "lifecycle.open-agreement.exists");

        assertThat(v.getAttributes()).containsEntry("agreement", open);
        assertThat(story.alliance()).isEqualTo(before);
    }

    @Test
    void an_agreement_still_in_dialogue_cannot_be_renewed() {
        AgreementId draft = story.open("Udkast");

        Rejected.with(() -> story.apply(RenewAgreement.builder().previous(draft).title("Anden").build()),
                "RenewAgreement", "", "lifecycle.command.not-allowed");
    }

    @Test
    void renewing_an_unknown_agreement_is_refused_at_previous() {
        AgreementId stranger = Fixtures.lifecycle(4711).ids().newAgreementId();

        Rejected.with(() -> story.apply(RenewAgreement.builder().previous(stranger).title("Anden").build()),
                "RenewAgreement", "previous", "lifecycle.agreement.unknown");
    }

    @Test
    void opening_an_agreement_that_renews_a_signed_one_is_accepted() {
        AgreementId previous = story.signedTerm("Første", Fixtures.TERM_2021_2024);

        Agreement opened = story.execute(OpenAgreement.builder().title("Anden").renews(previous).build()).agreement();

        assertThat(opened.getRenews()).contains(previous);
    }

    @Test
    void opening_an_agreement_that_renews_an_unsigned_one_is_refused() {
        AgreementId abandoned = story.open("Opgivet");
        story.abandon(abandoned, "Nej tak");

        var v = Rejected.with(() -> story.apply(OpenAgreement.builder().title("Anden").renews(abandoned).build()),
                "OpenAgreement", "renews", "lifecycle.renews.invalid");

        assertThat(v.getAttributes()).containsEntry("agreement", abandoned);
    }

    @Test
    void opening_an_agreement_that_renews_an_unknown_one_is_refused() {
        AgreementId stranger = Fixtures.lifecycle(4711).ids().newAgreementId();

        Rejected.with(() -> story.apply(OpenAgreement.builder().title("Anden").renews(stranger).build()),
                "OpenAgreement", "renews", "lifecycle.renews.invalid");
    }

    @Test
    void opening_an_agreement_that_both_renews_one_and_an_unrecorded_term_is_refused() {
        AgreementId previous = story.signedTerm("Første", Fixtures.TERM_2021_2024);

        Rejected.with(() -> story.apply(OpenAgreement.builder().title("Anden").renews(previous)
                        .renewsUnrecorded(UnrecordedTerm.unknown()).build()),
                "OpenAgreement", "renewsUnrecorded", "agreement.renews.both");
    }

    @Test
    void editing_a_draft_to_renew_a_signed_agreement_is_accepted() {
        AgreementId previous = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        AgreementId draft = story.open("Anden");

        story.apply(EditAgreement.of(story.agreement(draft).withRenews(previous)));

        assertThat(story.agreement(draft).getRenews()).contains(previous);
    }

    @Test
    void editing_a_draft_to_renew_an_unsigned_agreement_is_refused_at_revised_renews() {
        AgreementId abandoned = story.open("Opgivet");
        story.abandon(abandoned, "Nej tak");
        AgreementId draft = story.open("Anden");

        Rejected.with(() -> story.apply(EditAgreement.of(story.agreement(draft).withRenews(abandoned))),
                "EditAgreement", "revised.renews", "lifecycle.renews.invalid");
    }

    @Test
    void editing_a_draft_to_renew_nothing_is_accepted() {
        AgreementId previous = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        AgreementId draft = story.execute(OpenAgreement.builder().title("Anden").renews(previous).build())
                .agreement().getId();

        story.apply(EditAgreement.of(story.agreement(draft).withRenews(Optional.empty())));

        assertThat(story.agreement(draft).getRenews()).isEmpty();
    }
}
