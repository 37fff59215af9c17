package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Track;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The keys a backend stores of an agreement: each derived as its table in the Javadoc says, and the three
 * predicates over them ({@code isInForceOn}, {@code isPossiblyInForceOn}, {@code endsWithin}) at the exact days
 * where their answer changes.
 */
class AgreementKeysTest {
    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);
    private static final AgreementPeriod TERM = AgreementPeriod.of(START, END);
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");

    private final Lifecycle lifecycle = Fixtures.lifecycle(11);
    private final IdGenerator ids = lifecycle.ids();
    private final Alliance base = lifecycle.createAlliance(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);

    private AgreementKeys keysOf(Agreement agreement) {
        return AgreementKeys.of(base.withAgreements(agreement), agreement);
    }

    private Agreement signed(AgreementPeriod period) {
        return Fixtures.signedAgreement(ids, period);
    }

    private Agreement terminated(LocalDate lastDay) {
        return Fixtures.agreementIn(ids, AgreementState.TERMINATED, TERM, lastDay);
    }

    private Agreement draftWithoutPeriod() {
        return Agreement.builder().id(ids.newAgreementId()).title("Udkast").state(AgreementState.IN_DIALOGUE).build();
    }

    @Test
    void the_keys_of_a_signed_term_carry_its_id_state_start_end_and_title_search_key() {
        Agreement agreement = signed(TERM).withTitle("Velfærdsalliance ÆRØ");

        AgreementKeys keys = keysOf(agreement);

        assertThat(keys.getAgreementId()).isEqualTo(agreement.getId());
        assertThat(keys.getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(keys.getPeriodStart()).contains(START);
        assertThat(keys.getEndKind()).contains(EndKind.DATE);
        assertThat(keys.getEffectiveEnd()).contains(END);
        assertThat(keys.getEndAtLatest()).contains(END);
        assertThat(keys.getTitleSearchKey()).isEqualTo("velfærdsalliance ærø");
        assertThat(keys.getFocusAreas()).isEmpty();
        assertThat(keys.getTracks()).isEmpty();
    }

    @Test
    void the_effective_end_of_a_terminated_term_is_its_termination_date() {
        AgreementKeys keys = keysOf(terminated(LocalDate.of(2023, 6, 30)));

        assertThat(keys.getState()).isEqualTo(AgreementState.TERMINATED);
        assertThat(keys.getEffectiveEnd()).contains(LocalDate.of(2023, 6, 30));
        assertThat(keys.getEndKind()).contains(EndKind.DATE);
    }

    @Test
    void a_draft_without_a_period_has_no_start_end_kind_or_end() {
        AgreementKeys keys = keysOf(draftWithoutPeriod());

        assertThat(keys.getState()).isEqualTo(AgreementState.IN_DIALOGUE);
        assertThat(keys.getPeriodStart()).isEmpty();
        assertThat(keys.getEndKind()).isEmpty();
        assertThat(keys.getEffectiveEnd()).isEmpty();
        assertThat(keys.getEndAtLatest()).isEmpty();
    }

    @Test
    void the_end_at_latest_of_a_term_whose_end_is_not_recorded_is_the_day_before_the_next_term() {
        Agreement unrecorded = signed(AgreementPeriod.endNotRecorded(START));
        Agreement next = signed(AgreementPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)));
        Alliance alliance = base.withAgreements(unrecorded, next);

        AgreementKeys keys = AgreementKeys.of(alliance, unrecorded);

        assertThat(keys.getEndKind()).contains(EndKind.NOT_RECORDED);
        assertThat(keys.getEffectiveEnd()).isEmpty();
        assertThat(keys.getEndAtLatest()).contains(LocalDate.of(2022, 12, 31));
    }

    @Test
    void focus_areas_and_an_initiative_put_an_agreement_on_the_grassroots_track() {
        AgreementKeys withFocusArea = keysOf(signed(TERM).withFocusAreas(HEALTH));
        AgreementKeys withInitiative = keysOf(signed(TERM)
                .withInitiatives(Fixtures.initiativeWithGoal(ids, Optional.empty())));

        assertThat(withFocusArea.getFocusAreas()).containsExactly(HEALTH);
        assertThat(withFocusArea.getTracks()).containsExactly(Track.GRASSROOTS);
        assertThat(withInitiative.getFocusAreas()).isEmpty();
        assertThat(withInitiative.getTracks()).containsExactly(Track.GRASSROOTS);
    }

    @Test
    void an_elite_commitment_or_event_puts_an_agreement_on_the_elite_track() {
        EliteCommitment commitment = EliteCommitment.atLeast(2, EliteEventKind.YOUTH_INTERNATIONAL)
                .withId(ids.newEliteCommitmentId());
        AgreementKeys withCommitment = keysOf(signed(TERM).withEliteCommitments(commitment));
        AgreementKeys withEvent = keysOf(signed(TERM).withEliteEvents(
                Fixtures.youthInternational(AgeGroup.U17, LocalDate.of(2022, 5, 1)).withId(ids.newEliteEventId())));
        AgreementKeys both = keysOf(signed(TERM).withFocusAreas(HEALTH).withEliteCommitments(commitment));

        assertThat(withCommitment.getTracks()).containsExactly(Track.ELITE);
        assertThat(withEvent.getTracks()).containsExactly(Track.ELITE);
        assertThat(both.getTracks()).containsExactlyInAnyOrder(Track.GRASSROOTS, Track.ELITE);
    }

    @Test
    void the_keys_of_an_alliance_are_those_of_each_agreement_in_order() {
        Agreement first = signed(AgreementPeriod.of(START, LocalDate.of(2021, 12, 31)));
        Agreement second = signed(AgreementPeriod.of(LocalDate.of(2022, 1, 1), END));
        Agreement draft = draftWithoutPeriod();
        Alliance alliance = base.withAgreements(second, first, draft);

        assertThat(AgreementKeys.of(alliance)).containsExactly(AgreementKeys.of(alliance, second),
                AgreementKeys.of(alliance, first), AgreementKeys.of(alliance, draft));
        assertThat(AgreementKeys.of(base)).isEmpty();
    }

    @Test
    void keys_of_the_same_agreement_are_equal_and_keys_of_different_agreements_are_not() {
        Agreement agreement = signed(TERM);
        AgreementKeys keys = keysOf(agreement);

        assertThat(keys).isEqualTo(keysOf(agreement)).hasSameHashCodeAs(keysOf(agreement));
        assertThat(keys).isNotEqualTo(keysOf(signed(TERM))).isNotEqualTo(agreement);
        assertThat(keys).isNotEqualTo(keysOf(agreement.withTitle("Anden titel")));
    }

    @Test
    void the_keys_describe_the_agreement_they_belong_to() {
        Agreement agreement = signed(TERM);

        assertThat(keysOf(agreement).toString()).contains(agreement.getId().toString()).contains("SIGNED")
                .contains(START.toString()).contains(END.toString());
    }

    @Test
    void a_signed_term_is_in_force_from_its_first_to_its_last_day() {
        AgreementKeys keys = keysOf(signed(TERM));

        assertThat(keys.isInForceOn(START.minusDays(1))).isFalse();
        assertThat(keys.isInForceOn(START)).isTrue();
        assertThat(keys.isInForceOn(END)).isTrue();
        assertThat(keys.isInForceOn(END.plusDays(1))).isFalse();
    }

    @Test
    void a_terminated_term_is_in_force_up_to_and_including_its_termination_date() {
        LocalDate lastDay = LocalDate.of(2023, 6, 30);
        AgreementKeys keys = keysOf(terminated(lastDay));

        assertThat(keys.isInForceOn(START.minusDays(1))).isFalse();
        assertThat(keys.isInForceOn(START)).isTrue();
        assertThat(keys.isInForceOn(lastDay)).isTrue();
        assertThat(keys.isInForceOn(lastDay.plusDays(1))).isFalse();
    }

    @Test
    void an_open_ended_signed_term_is_in_force_for_ever_from_its_start() {
        AgreementKeys keys = keysOf(signed(AgreementPeriod.openEnded(START)));

        assertThat(keys.isInForceOn(START.minusDays(1))).isFalse();
        assertThat(keys.isInForceOn(START)).isTrue();
        assertThat(keys.isInForceOn(FAR_FUTURE)).isTrue();
    }

    @Test
    void a_term_whose_end_is_not_recorded_is_never_known_to_be_in_force() {
        AgreementKeys keys = keysOf(signed(AgreementPeriod.endNotRecorded(START)));

        assertThat(keys.isInForceOn(START)).isFalse();
        assertThat(keys.isInForceOn(START.plusYears(1))).isFalse();
    }

    @Test
    void drafts_and_abandoned_agreements_are_never_in_force_whatever_their_period() {
        AgreementKeys draft = keysOf(Fixtures.agreementIn(ids, AgreementState.APPROVED, TERM, START));
        AgreementKeys abandoned = keysOf(Fixtures.agreementIn(ids, AgreementState.ABANDONED, TERM, START));
        AgreementKeys withoutPeriod = keysOf(draftWithoutPeriod());

        assertThat(draft.isInForceOn(START)).isFalse();
        assertThat(abandoned.isInForceOn(START)).isFalse();
        assertThat(withoutPeriod.isInForceOn(START)).isFalse();
    }

    @Test
    void a_signed_term_whose_end_is_not_recorded_is_possibly_in_force_from_its_start_when_no_term_follows() {
        AgreementKeys keys = keysOf(signed(AgreementPeriod.endNotRecorded(START)));

        assertThat(keys.isPossiblyInForceOn(START.minusDays(1))).isFalse();
        assertThat(keys.isPossiblyInForceOn(START)).isTrue();
        assertThat(keys.isPossiblyInForceOn(FAR_FUTURE)).isTrue();
    }

    @Test
    void a_term_whose_end_is_not_recorded_is_possibly_in_force_only_until_the_day_before_the_next_term() {
        Agreement unrecorded = signed(AgreementPeriod.endNotRecorded(START));
        LocalDate nextStart = LocalDate.of(2023, 1, 1);
        Alliance alliance = base.withAgreements(unrecorded, signed(AgreementPeriod.of(nextStart, END)));

        AgreementKeys keys = AgreementKeys.of(alliance, unrecorded);

        assertThat(keys.isPossiblyInForceOn(START)).isTrue();
        assertThat(keys.isPossiblyInForceOn(nextStart.minusDays(1))).isTrue();
        assertThat(keys.isPossiblyInForceOn(nextStart)).isFalse();
    }

    @Test
    void only_a_signed_term_whose_end_is_not_recorded_is_possibly_in_force() {
        AgreementKeys dated = keysOf(signed(TERM));
        AgreementKeys openEnded = keysOf(signed(AgreementPeriod.openEnded(START)));
        AgreementKeys terminated = keysOf(Fixtures.agreementIn(ids, AgreementState.TERMINATED,
                AgreementPeriod.endNotRecorded(START), LocalDate.of(2023, 6, 30)));
        AgreementKeys draft = keysOf(Fixtures.agreementIn(ids, AgreementState.APPROVED,
                AgreementPeriod.endNotRecorded(START), START));
        AgreementKeys withoutPeriod = keysOf(draftWithoutPeriod());

        assertThat(terminated.getEndKind()).contains(EndKind.NOT_RECORDED);
        assertThat(draft.getEndKind()).contains(EndKind.NOT_RECORDED);
        for (AgreementKeys keys : new AgreementKeys[] {dated, openEnded, terminated, draft, withoutPeriod}) {
            assertThat(keys.isPossiblyInForceOn(LocalDate.of(2022, 1, 1))).as(keys.toString()).isFalse();
        }
    }

    @Test
    void a_signed_term_ends_within_a_range_that_includes_its_end_at_either_edge() {
        AgreementKeys keys = keysOf(signed(TERM));

        assertThat(keys.endsWithin(DateRange.of(END, END))).isTrue();
        assertThat(keys.endsWithin(DateRange.of(END.minusDays(10), END))).isTrue();
        assertThat(keys.endsWithin(DateRange.of(END, END.plusDays(10)))).isTrue();
        assertThat(keys.endsWithin(DateRange.of(END.plusDays(1), END.plusDays(10)))).isFalse();
        assertThat(keys.endsWithin(DateRange.of(END.minusDays(10), END.minusDays(1)))).isFalse();
    }

    @Test
    void only_a_signed_term_with_an_end_date_ends_within_a_range() {
        DateRange always = DateRange.of(LocalDate.of(1900, 1, 1), FAR_FUTURE);

        assertThat(keysOf(terminated(LocalDate.of(2023, 6, 30))).endsWithin(always)).isFalse();
        assertThat(keysOf(signed(AgreementPeriod.openEnded(START))).endsWithin(always)).isFalse();
        assertThat(keysOf(signed(AgreementPeriod.endNotRecorded(START))).endsWithin(always)).isFalse();
        assertThat(keysOf(Fixtures.agreementIn(ids, AgreementState.APPROVED, TERM, START)).endsWithin(always))
                .isFalse();
        assertThat(keysOf(signed(TERM)).endsWithin(always)).isTrue();
    }

    @Test
    void keys_of_an_agreement_the_alliance_does_not_hold_are_rejected() {
        Agreement elsewhere = signed(TERM);

        Rejected.by(() -> AgreementKeys.of(base, elsewhere));
    }

    @Test
    void null_arguments_are_rejected_naming_the_argument() {
        Agreement agreement = signed(TERM);
        AgreementKeys keys = keysOf(agreement);

        Rejected.with(() -> AgreementKeys.of(null, agreement), "AgreementKeys", "alliance", "value.null");
        Rejected.with(() -> AgreementKeys.of(base, null), "AgreementKeys", "agreement", "value.null");
        Rejected.with(() -> AgreementKeys.of(null), "AgreementKeys", "alliance", "value.null");
        Rejected.with(() -> keys.isInForceOn(null), "AgreementKeys", "day", "value.null");
        Rejected.with(() -> keys.isPossiblyInForceOn(null), "AgreementKeys", "day", "value.null");
        Rejected.with(() -> keys.endsWithin(null), "AgreementKeys", "range", "value.null");
    }
}
