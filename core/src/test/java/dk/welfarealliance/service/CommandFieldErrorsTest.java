package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A rejected command names its own field, as the caller wrote it, not a field of the model it would have built. */
class CommandFieldErrorsTest {
    private final AllianceStory story = AllianceStory.inAarhus();

    private AgreementId signed() {
        AgreementId id = story.open("Velfærdsalliance Aarhus");
        story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024)
                .signingDate(LocalDate.of(2021, 1, 1)).signatories(Fixtures.mayorAndDbuChair()).build());
        return id;
    }

    @Test
    void renewing_an_unknown_agreement_names_the_previous_field() {
        AgreementId unknown = story.ids().newAgreementId();

        Violation v = Rejected.with(() -> story.apply(RenewAgreement.builder().previous(unknown).title("Fornyelse").build()),
                "RenewAgreement", "previous", "lifecycle.agreement.unknown");
        assertThat(v.getAttributes()).containsEntry("agreement", unknown);
    }

    @Test
    void measuring_an_unknown_goal_names_the_goal_of_the_measurement() {
        AgreementId id = signed();
        Goal notInTheAgreement = Fixtures.participantsGoal(story.ids());

        Rejected.with(() -> story.apply(RecordMeasurement.of(id, Measurement.builder().goal(notInTheAgreement.getId())
                        .date(LocalDate.of(2022, 1, 1)).value(BigDecimal.ONE).unit(GoalUnit.COUNT).build())),
                "RecordMeasurement", "measurement.goal", "lifecycle.child.unknown");
    }

    @Test
    void an_event_outside_the_term_names_the_event() {
        AgreementId id = signed();

        Violation v = Rejected.with(() -> story.apply(RecordEliteEvent.of(id,
                        Fixtures.youthInternational(AgeGroup.U21, LocalDate.of(2030, 6, 1)))),
                "RecordEliteEvent", "event", "lifecycle.elite-event.outside-period");
        assertThat(v.getAttributes()).containsEntry("start", LocalDate.of(2021, 1, 1));
    }

    @Test
    void an_event_naming_a_commitment_the_agreement_lacks_names_the_commitment_of_the_event() {
        AgreementId id = signed();
        EliteEvent event = EliteEvent.builder().from(Fixtures.youthInternational(AgeGroup.U21, LocalDate.of(2022, 6, 1)))
                .commitment(story.ids().newEliteCommitmentId()).build();

        Rejected.with(() -> story.apply(RecordEliteEvent.of(id, event)), "RecordEliteEvent", "event.commitment",
                "lifecycle.child.unknown");
    }

    @Test
    void an_initiative_naming_a_club_the_alliance_lacks_names_the_clubs_of_the_initiative() {
        AgreementId id = story.open("Velfærdsalliance Aarhus");

        Rejected.with(() -> story.apply(PutInitiative.of(id, Initiative.builder().name("Fodbold Fitness")
                        .addClubs(story.ids().newClubId()).build())),
                "PutInitiative", "initiative.clubs", "lifecycle.child.unknown");
    }

    @Test
    void removing_a_note_no_one_holds_names_the_note() {
        Rejected.with(() -> story.apply(RemoveNote.of(story.ids().newNoteId())), "RemoveNote", "note",
                "lifecycle.child.unknown");
    }

    @Test
    void removing_an_event_the_agreement_lacks_names_the_event() {
        AgreementId id = signed();

        Rejected.with(() -> story.apply(RemoveEliteEvent.of(id, story.ids().newEliteEventId())), "RemoveEliteEvent",
                "event", "lifecycle.child.unknown");
    }
}
