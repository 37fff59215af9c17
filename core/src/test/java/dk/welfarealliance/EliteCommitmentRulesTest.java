package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which elite events count towards which commitment: an event fits a commitment of its kind (a home-base
 * commitment takes internationals and camps), of its age group and gender where the commitment names one, up to
 * its deadline; an event naming a commitment counts towards that one only, and must name one of its agreement's;
 * an event counts towards at most one commitment. And the tracks an agreement's content puts it on.
 */
class EliteCommitmentRulesTest {
    private static final LocalDate DAY = LocalDate.of(2022, 5, 1);

    private final IdGenerator ids = IdGenerator.seeded(13);

    private EliteCommitment commitment(EliteEventKind kind) {
        return EliteCommitment.builder().id(ids.newEliteCommitmentId()).kind(kind).build();
    }

    private EliteEvent event(EliteEventKind kind) {
        return EliteEvent.builder().id(ids.newEliteEventId()).kind(kind).date(DAY).title("Danmark – Norge").build();
    }

    @Test
    void a_commitment_naming_a_gender_is_met_only_by_an_event_of_that_gender() {
        EliteCommitment women = commitment(EliteEventKind.YOUTH_INTERNATIONAL).withGender(TeamGender.WOMEN);
        EliteEvent u19Women = event(EliteEventKind.YOUTH_INTERNATIONAL).withGender(TeamGender.WOMEN);

        assertThat(women.isMetBy(u19Women)).isTrue();
        assertThat(women.isMetBy(u19Women.withGender(TeamGender.MEN))).isFalse();
        assertThat(women.isMetBy(event(EliteEventKind.YOUTH_INTERNATIONAL))).as("an event of no recorded gender")
                .isFalse();
    }

    @Test
    void a_commitment_without_a_gender_is_met_by_an_event_of_either_gender() {
        EliteCommitment any = commitment(EliteEventKind.YOUTH_INTERNATIONAL);

        assertThat(any.isMetBy(event(EliteEventKind.YOUTH_INTERNATIONAL).withGender(TeamGender.MEN))).isTrue();
        assertThat(any.isMetBy(event(EliteEventKind.YOUTH_INTERNATIONAL).withGender(TeamGender.WOMEN))).isTrue();
    }

    @Test
    void a_commitment_naming_an_age_group_is_met_only_by_an_event_of_that_age_group() {
        EliteCommitment u17 = commitment(EliteEventKind.YOUTH_INTERNATIONAL).withAgeGroup(AgeGroup.U17);

        assertThat(u17.isMetBy(event(EliteEventKind.YOUTH_INTERNATIONAL).withAgeGroup(AgeGroup.U17))).isTrue();
        assertThat(u17.isMetBy(event(EliteEventKind.YOUTH_INTERNATIONAL).withAgeGroup(AgeGroup.U19))).isFalse();
    }

    @Test
    void a_commitment_with_a_deadline_is_met_by_an_event_on_the_deadline_not_after_it() {
        EliteCommitment byDay = commitment(EliteEventKind.TRAINING_CAMP).withDeadline(DAY);

        assertThat(byDay.isMetBy(event(EliteEventKind.TRAINING_CAMP))).isTrue();
        assertThat(byDay.isMetBy(event(EliteEventKind.TRAINING_CAMP).withDate(DAY.plusDays(1)))).isFalse();
    }

    @Test
    void a_home_base_commitment_takes_internationals_and_camps_but_not_oldboys_internationals() {
        EliteCommitment homeBase = commitment(EliteEventKind.HOME_BASE);

        assertThat(homeBase.isMetBy(event(EliteEventKind.YOUTH_INTERNATIONAL))).isTrue();
        assertThat(homeBase.isMetBy(event(EliteEventKind.WOMENS_INTERNATIONAL))).isTrue();
        assertThat(homeBase.isMetBy(event(EliteEventKind.MENS_INTERNATIONAL))).isTrue();
        assertThat(homeBase.isMetBy(event(EliteEventKind.TRAINING_CAMP))).isTrue();
        assertThat(homeBase.isMetBy(event(EliteEventKind.OLDBOYS_INTERNATIONAL))).isFalse();
        assertThat(commitment(EliteEventKind.TRAINING_CAMP).isMetBy(event(EliteEventKind.YOUTH_INTERNATIONAL)))
                .as("only a home-base commitment takes other kinds").isFalse();
    }

    @Test
    void an_event_naming_a_commitment_counts_towards_that_one_even_if_an_earlier_one_fits() {
        EliteCommitment first = commitment(EliteEventKind.YOUTH_INTERNATIONAL);
        EliteCommitment second = commitment(EliteEventKind.YOUTH_INTERNATIONAL);
        EliteEvent naming = event(EliteEventKind.YOUTH_INTERNATIONAL).withCommitment(second.getId());
        EliteEvent unnamed = event(EliteEventKind.YOUTH_INTERNATIONAL);
        Agreement a = Fixtures.signedAgreement(ids, Fixtures.TERM_2021_2024).withEliteCommitments(first, second)
                .withEliteEvents(naming, unnamed);

        assertThat(a.commitmentOf(naming)).contains(second);
        assertThat(a.commitmentOf(unnamed)).as("the first that fits, in list order").contains(first);
        assertThat(a.eventsCountingTowards(second)).containsExactly(naming);
        assertThat(a.eventsCountingTowards(first)).containsExactly(unnamed);
    }

    @Test
    void an_event_no_commitment_fits_counts_towards_none() {
        Agreement a = Fixtures.signedAgreement(ids, Fixtures.TERM_2021_2024)
                .withEliteCommitments(commitment(EliteEventKind.TRAINING_CAMP))
                .withEliteEvents(event(EliteEventKind.OLDBOYS_INTERNATIONAL));

        assertThat(a.commitmentOf(a.getEliteEvents().get(0))).isEmpty();
        assertThat(a.eventsCountingTowards(a.getEliteCommitments().get(0))).isEmpty();
    }

    @Test
    void an_event_naming_a_commitment_its_agreement_does_not_have_is_rejected() {
        EliteCommitment held = commitment(EliteEventKind.YOUTH_INTERNATIONAL);
        EliteCommitmentId elsewhere = ids.newEliteCommitmentId();
        Agreement a = Fixtures.signedAgreement(ids, Fixtures.TERM_2021_2024).withEliteCommitments(held);

        Violation v = Rejected.with(() -> a.withEliteEvents(event(EliteEventKind.YOUTH_INTERNATIONAL),
                        event(EliteEventKind.YOUTH_INTERNATIONAL).withCommitment(elsewhere)),
                "Agreement", "eliteEvents[1].commitment", "agreement.elite-event.commitment-unknown");

        assertThat(v.getAttributes()).containsEntry("commitment", elsewhere);
        assertThat(a.withEliteEvents(event(EliteEventKind.YOUTH_INTERNATIONAL).withCommitment(held.getId()))
                .getEliteEvents()).hasSize(1);
    }

    @Test
    void an_agreement_is_on_the_grassroots_track_with_a_focus_area_or_an_initiative() {
        Agreement bare = Fixtures.signedAgreement(ids, Fixtures.TERM_2021_2024);

        assertThat(bare.tracks()).isEmpty();
        assertThat(bare.withFocusAreas(List.of(FocusAreaCode.of("SUNDHED"))).tracks()).containsExactly(Track.GRASSROOTS);
        assertThat(bare.withInitiatives(Fixtures.initiativeWithGoal(ids, Optional.empty())).tracks())
                .containsExactly(Track.GRASSROOTS);
    }

    @Test
    void an_agreement_is_on_the_elite_track_with_a_commitment_or_an_event() {
        Agreement bare = Fixtures.signedAgreement(ids, Fixtures.TERM_2021_2024);

        assertThat(bare.withEliteCommitments(commitment(EliteEventKind.TRAINING_CAMP)).tracks())
                .containsExactly(Track.ELITE);
        assertThat(bare.withEliteEvents(event(EliteEventKind.TRAINING_CAMP)).tracks()).containsExactly(Track.ELITE);
        assertThat(bare.withEliteEvents(event(EliteEventKind.TRAINING_CAMP))
                .withFocusAreas(List.of(FocusAreaCode.of("SUNDHED"))).tracks())
                .containsExactlyInAnyOrder(Track.GRASSROOTS, Track.ELITE);
    }
}
