package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Money;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Children a command brings without an id get one from the lifecycle, at every depth (a goal inside an
 * initiative), and children that have an id keep it (IdAssignment's contract).
 */
class IdAssignmentRulesTest {
    private final AllianceStory story = AllianceStory.inAarhus();

    private static Goal goalWithoutId() {
        return Goal.builder().metric("Deltagere").baseline(new BigDecimal("1")).target(new BigDecimal("2"))
                .unit(GoalUnit.COUNT).build();
    }

    @Test
    void an_edit_gives_ids_to_new_children_at_every_depth_and_keeps_the_ids_given() {
        AgreementId id = story.open("Udkast");
        Initiative withId = Fixtures.initiativeWithGoal(story.ids(), Optional.empty());
        Initiative withoutId = Initiative.builder().name("Ny").addGoals(goalWithoutId()).build();
        Initiative withIdButNewGoal = Fixtures.initiativeWithGoal(story.ids(), Optional.empty())
                .withGoals(goalWithoutId());

        story.apply(EditAgreement.of(story.agreement(id)
                .withInitiatives(withId, withoutId, withIdButNewGoal)
                .withEliteCommitments(EliteCommitment.atLeast(1, EliteEventKind.TRAINING_CAMP))
                .withPayments(Payment.builder().kind(PaymentKind.ANNUAL_FEE).amount(Money.dkk("100")).build())));

        Agreement edited = story.agreement(id);
        assertThat(edited.getInitiatives().get(0)).isEqualTo(withId);
        assertThat(edited.getInitiatives().get(1).getId().isAssigned()).isTrue();
        assertThat(edited.getInitiatives().get(1).getGoals().get(0).getId().isAssigned()).isTrue();
        assertThat(edited.getInitiatives().get(2).getId()).isEqualTo(withIdButNewGoal.getId());
        assertThat(edited.getInitiatives().get(2).getGoals().get(0).getId().isAssigned()).isTrue();
        assertThat(edited.getEliteCommitments().get(0).getId().isAssigned()).isTrue();
        assertThat(edited.getPayments().get(0).getId().isAssigned()).isTrue();
    }

    @Test
    void a_commitment_and_a_payment_given_with_ids_keep_them() {
        AgreementId id = story.open("Udkast");
        EliteCommitment commitment = EliteCommitment.atLeast(1, EliteEventKind.TRAINING_CAMP)
                .withId(story.ids().newEliteCommitmentId());
        Payment payment = Payment.builder().id(story.ids().newPaymentId()).kind(PaymentKind.ANNUAL_FEE)
                .amount(Money.dkk("100")).build();

        story.apply(EditAgreement.of(story.agreement(id).withEliteCommitments(commitment).withPayments(payment)));

        assertThat(story.agreement(id).getEliteCommitments()).containsExactly(commitment);
        assertThat(story.agreement(id).getPayments()).containsExactly(payment);
    }

    @Test
    void evaluations_and_measurements_recorded_without_ids_get_them_and_with_ids_keep_them() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        story.apply(AmendAgreement.of(story.agreement(id).withInitiatives(
                Fixtures.initiativeWithGoal(story.ids(), Optional.empty()))));
        Goal goal = story.agreement(id).getInitiatives().get(0).getGoals().get(0);
        Evaluation given = Fixtures.evaluation(story.ids(), LocalDate.of(2022, 1, 1));
        Measurement measured = Fixtures.measurement(story.ids(), goal, LocalDate.of(2022, 1, 1));

        Evaluation assigned = story.execute(RecordEvaluation.of(id, Evaluation.builder().date(LocalDate.of(2023, 1, 1))
                .summary("Godt").build())).created(Evaluation.class);
        Measurement assignedMeasurement = story.execute(RecordMeasurement.of(id, Measurement.builder()
                .goal(goal.getId()).date(LocalDate.of(2023, 1, 1)).value(BigDecimal.ONE).unit(GoalUnit.COUNT).build()))
                .created(Measurement.class);
        story.apply(RecordEvaluation.of(id, given));
        story.apply(RecordMeasurement.of(id, measured));

        assertThat(assigned.getId().isAssigned()).isTrue();
        assertThat(assignedMeasurement.getId().isAssigned()).isTrue();
        assertThat(story.agreement(id).getEvaluations()).containsExactly(assigned, given);
        assertThat(story.agreement(id).getMeasurements()).containsExactly(assignedMeasurement, measured);
    }

    @Test
    void partners_and_contacts_put_without_ids_get_them() {
        Partner partner = story.execute(PutPartner.of(Partner.builder().name("AU").kind(PartnerKind.UNIVERSITY)
                .build())).created(Partner.class);
        ContactPerson contact = story.execute(PutContact.of(ContactPerson.builder().name("Konsulent").build()))
                .created(ContactPerson.class);

        assertThat(partner.getId().isAssigned()).isTrue();
        assertThat(contact.getId().isAssigned()).isTrue();
        assertThat(story.alliance().getPartners()).containsExactly(partner);
        assertThat(story.alliance().getContacts()).containsExactly(contact);
    }
}
