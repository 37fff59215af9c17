package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The agreement rules that tie its content together and to its state, each broken alone: an initiative's focus
 * area must be one of the agreement's, a measurement must measure one of its goals in that goal's unit, and what
 * only a signed or terminated agreement can have is refused on one that is not.
 */
class AgreementContentRulesTest {
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");
    private static final FocusAreaCode SCHOOL = FocusAreaCode.of("SKOLE");
    private static final LocalDate DAY = LocalDate.of(2022, 5, 1);

    private final IdGenerator ids = IdGenerator.seeded(7);
    private final Agreement signed = Fixtures.signedAgreement(ids, Fixtures.TERM_2021_2024);
    private final Agreement inDialogue = Fixtures.agreementIn(ids, AgreementState.IN_DIALOGUE,
            Fixtures.TERM_2021_2024, DAY);

    @Test
    void an_initiative_may_name_a_focus_area_of_its_agreement() {
        Agreement agreement = signed.withFocusAreas(List.of(HEALTH))
                .withInitiatives(Fixtures.initiativeWithGoal(ids, Optional.of(HEALTH)));

        assertThat(agreement.getInitiatives().get(0).getFocusArea()).contains(HEALTH);
    }

    @Test
    void an_initiative_naming_a_focus_area_its_agreement_does_not_have_is_rejected() {
        Agreement withHealth = signed.withFocusAreas(List.of(HEALTH));
        Initiative forSchools = Fixtures.initiativeWithGoal(ids, Optional.of(SCHOOL));

        Rejected.with(() -> withHealth.withInitiatives(forSchools),
                "Agreement", "initiatives[0].focusArea", "agreement.initiative.focus-area");
    }

    @Test
    void a_measurement_of_one_of_the_agreements_goals_in_its_unit_is_accepted() {
        Initiative initiative = Fixtures.initiativeWithGoal(ids, Optional.empty());
        Goal goal = initiative.getGoals().get(0);

        Agreement measured = signed.withInitiatives(initiative).withMeasurements(Fixtures.measurement(ids, goal, DAY));

        assertThat(measured.getMeasurements()).extracting(Measurement::getGoal).containsExactly(goal.getId());
    }

    @Test
    void a_measurement_of_a_goal_the_agreement_does_not_have_is_rejected() {
        Goal elsewhere = Fixtures.participantsGoal(ids);
        Agreement withInitiative = signed.withInitiatives(Fixtures.initiativeWithGoal(ids, Optional.empty()));

        Rejected.with(() -> withInitiative.withMeasurements(Fixtures.measurement(ids, elsewhere, DAY)),
                "Agreement", "measurements[0].goal", "agreement.measurement.goal-unknown");
    }

    @Test
    void a_measurement_in_another_unit_than_its_goal_is_rejected() {
        Initiative initiative = Fixtures.initiativeWithGoal(ids, Optional.empty());
        Goal goal = initiative.getGoals().get(0);
        Measurement inPercent = Measurement.builder().from(Fixtures.measurement(ids, goal, DAY))
                .unit(goal.getUnit() == GoalUnit.PERCENT ? GoalUnit.COUNT : GoalUnit.PERCENT)
                .value(new BigDecimal("50")).build();
        Agreement withInitiative = signed.withInitiatives(initiative);

        Rejected.with(() -> withInitiative.withMeasurements(inPercent),
                "Agreement", "measurements[0].unit", "agreement.measurement.unit-mismatch");
    }

    @Test
    void an_agreement_not_yet_signed_has_no_signing_date() {
        Rejected.with(() -> inDialogue.withSigningDate(PartialDate.day(DAY)),
                "Agreement", "signingDate", "agreement.state.field-not-allowed");
    }

    @Test
    void only_a_terminated_agreement_has_a_termination_date() {
        Rejected.with(() -> inDialogue.withTerminationDate(DAY),
                "Agreement", "terminationDate", "agreement.state.field-not-allowed");
        Rejected.with(() -> signed.withTerminationDate(DAY),
                "Agreement", "terminationDate", "agreement.state.field-not-allowed");
    }

    @Test
    void an_agreement_not_yet_signed_has_no_elite_events() {
        Rejected.with(() -> inDialogue.withEliteEvents(Fixtures.youthInternational(AgeGroup.U17, DAY)),
                "Agreement", "eliteEvents", "agreement.state.field-not-allowed");
    }

    @Test
    void an_agreement_not_yet_signed_has_no_evaluations() {
        Rejected.with(() -> inDialogue.withEvaluations(Fixtures.evaluation(ids, DAY)),
                "Agreement", "evaluations", "agreement.state.field-not-allowed");
    }

    @Test
    void an_agreement_not_yet_signed_has_no_measurements() {
        Initiative initiative = Fixtures.initiativeWithGoal(ids, Optional.empty());
        Agreement planned = inDialogue.withInitiatives(initiative);

        Rejected.with(() -> planned.withMeasurements(Fixtures.measurement(ids, initiative.getGoals().get(0), DAY)),
                "Agreement", "measurements", "agreement.state.field-not-allowed");
    }

    @Test
    void a_signed_agreement_may_have_elite_events_evaluations_and_measurements() {
        Initiative initiative = Fixtures.initiativeWithGoal(ids, Optional.empty());

        Agreement delivered = signed.withInitiatives(initiative)
                .withEliteEvents(Fixtures.youthInternational(AgeGroup.U17, DAY))
                .withEvaluations(Fixtures.evaluation(ids, DAY))
                .withMeasurements(Fixtures.measurement(ids, initiative.getGoals().get(0), DAY));

        assertThat(delivered.getEliteEvents()).hasSize(1);
        assertThat(delivered.getEvaluations()).hasSize(1);
        assertThat(delivered.getMeasurements()).hasSize(1);
    }
}
