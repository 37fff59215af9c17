package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every step of the lifecycle is dated with the day it happened ({@code on}), separately from the instant it was
 * recorded ({@code at}), so an alliance can say what state an agreement was in on any past day.
 */
class DatedStepsTest {
    private static final LocalDate TERMINATED_ON = LocalDate.of(2023, 6, 30);

    private final AllianceStory story = AllianceStory.inAarhus();

    /** Opened 2019-05, approved 2019-12-12, on hold 2020-02, resumed 2020-03-01, signed 2020-09-24, terminated 2023-06-30. */
    private AgreementId aWholeLife() {
        AgreementId id = story.execute(OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .on(PartialDate.month(2019, 5)).build()).agreement().getId();
        story.apply(ApproveAgreement.of(id, PartialDate.day(2019, 12, 12)));
        story.apply(HoldAgreement.builder().agreement(id).reason("Afventer budgetforhandlinger")
                .on(PartialDate.month(2020, 2)).build());
        story.apply(ResumeAgreement.builder().agreement(id).on(PartialDate.day(2020, 3, 1)).build());
        story.apply(SignAgreement.builder().agreement(id)
                .period(AgreementPeriod.throughYear(LocalDate.of(2020, 10, 1), 2023))
                .signingDate(LocalDate.of(2020, 9, 24)).signatories(Fixtures.mayorAndDbuChair()).build());
        story.apply(TerminateAgreement.builder().agreement(id).lastDayInForce(TERMINATED_ON)
                .reason("Kommunen trak sig").on(PartialDate.day(TERMINATED_ON)).build());
        return id;
    }

    @Test
    void the_state_of_an_agreement_on_a_past_day_is_read_from_its_dated_steps() {
        AgreementId id = aWholeLife();
        Alliance alliance = story.alliance();

        assertThat(alliance.stateOn(id, LocalDate.of(2019, 4, 30))).as("before it was opened").isEmpty();
        assertThat(alliance.stateOn(id, LocalDate.of(2019, 6, 1))).contains(AgreementState.IN_DIALOGUE);
        assertThat(alliance.stateOn(id, LocalDate.of(2020, 1, 15))).contains(AgreementState.APPROVED);
        assertThat(alliance.stateOn(id, LocalDate.of(2020, 2, 29))).contains(AgreementState.ON_HOLD);
        assertThat(alliance.stateOn(id, LocalDate.of(2020, 3, 1))).as("resumed to the state it left")
                .contains(AgreementState.APPROVED);
        assertThat(alliance.stateOn(id, LocalDate.of(2021, 1, 1))).contains(AgreementState.SIGNED);
        assertThat(alliance.stateOn(id, LocalDate.of(2023, 7, 1))).contains(AgreementState.TERMINATED);
    }

    @Test
    void a_step_known_only_to_the_month_counts_once_that_month_is_over_never_on_a_guess() {
        AgreementId id = aWholeLife();

        assertThat(story.alliance().stateOn(id, LocalDate.of(2019, 5, 30))).as("opened in May 2019, not certainly yet")
                .isEmpty();
        assertThat(story.alliance().stateOn(id, LocalDate.of(2019, 5, 31))).contains(AgreementState.IN_DIALOGUE);
        assertThat(story.alliance().stateOn(id, LocalDate.of(2020, 2, 1))).as("put on hold in February, not certainly yet")
                .contains(AgreementState.APPROVED);
        assertThat(story.alliance().stateOn(id, LocalDate.of(2020, 2, 29))).contains(AgreementState.ON_HOLD);
    }

    @Test
    void steps_entered_years_after_the_fact_give_the_state_of_each_past_day_even_after_an_undated_open() {
        AgreementId id = story.execute(OpenAgreement.titled("Velfærdsalliance Aarhus")).agreement().getId();
        story.apply(ApproveAgreement.of(id, PartialDate.day(2019, 12, 12)));
        story.apply(SignAgreement.builder().agreement(id)
                .period(AgreementPeriod.throughYear(LocalDate.of(2020, 10, 1), 2023))
                .signingDate(LocalDate.of(2020, 9, 24)).signatories(Fixtures.mayorAndDbuChair()).build());

        assertThat(story.alliance().stateOn(id, LocalDate.of(2020, 1, 1))).contains(AgreementState.APPROVED);
        assertThat(story.alliance().stateOn(id, LocalDate.of(2021, 1, 1))).contains(AgreementState.SIGNED);
    }

    @Test
    void history_keeps_the_day_of_each_step_and_the_instant_it_was_recorded() {
        AgreementId id = aWholeLife();

        assertThat(story.alliance().getHistory()).filteredOn(e -> e.getAgreement().equals(Optional.of(id)))
                .extracting(HistoryEntry::getEvent, HistoryEntry::getOn, HistoryEntry::getAt)
                .containsExactly(
                        tuple(HistoryEvent.OPENED, Optional.of(PartialDate.month(2019, 5)), Fixtures.NOW_IN_MICROS),
                        tuple(HistoryEvent.APPROVED, Optional.of(PartialDate.day(2019, 12, 12)), Fixtures.NOW_IN_MICROS),
                        tuple(HistoryEvent.PUT_ON_HOLD, Optional.of(PartialDate.month(2020, 2)), Fixtures.NOW_IN_MICROS),
                        tuple(HistoryEvent.RESUMED, Optional.of(PartialDate.day(2020, 3, 1)), Fixtures.NOW_IN_MICROS),
                        tuple(HistoryEvent.SIGNED, Optional.of(PartialDate.day(2020, 9, 24)), Fixtures.NOW_IN_MICROS),
                        tuple(HistoryEvent.TERMINATED, Optional.of(PartialDate.day(TERMINATED_ON)), Fixtures.NOW_IN_MICROS));
    }

    @Test
    void a_step_given_no_day_is_dated_today_in_copenhagen_even_when_it_is_still_the_old_year_in_utc() {
        Instant newYearsEveUtc = Instant.parse("2023-12-31T23:30:00Z");
        Lifecycle lifecycle = new Lifecycle(ReferenceCatalogue.bundled(), Clock.fixed(newYearsEveUtc, ZoneOffset.UTC),
                Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(7));
        AllianceStory late = AllianceStory.on(lifecycle, Fixtures.AARHUS);

        late.open("Velfærdsalliance Aarhus");

        assertThat(lifecycle.today()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(late.lastEntry().getOn()).contains(PartialDate.day(2024, 1, 1));
        assertThat(late.lastEntry().getAt()).isEqualTo(newYearsEveUtc);
    }

    @Test
    void the_state_on_a_day_is_unknown_when_the_history_carries_no_step_days() {
        AgreementId id = aWholeLife();
        Alliance dated = story.alliance();
        Alliance undated = Alliance.builder().from(dated).history(dated.getHistory().stream()
                .map(e -> HistoryEntry.builder().from(e).on(Optional.empty()).build()).toList()).build();

        assertThat(undated.stateOn(id, LocalDate.of(2021, 1, 1))).isEmpty();
    }

    @Test
    void the_state_on_a_day_of_an_agreement_the_alliance_does_not_hold_is_rejected() {
        AgreementId unknown = story.ids().newAgreementId();

        Rejected.with(() -> story.alliance().stateOn(unknown, LocalDate.of(2021, 1, 1)), "Alliance", "id",
                "lifecycle.agreement.unknown");
    }
}
