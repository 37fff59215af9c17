package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Track;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference semantics of an agreement filter: each predicate on its own, with an agreement that matches and one
 * that differs only in what that predicate reads; predicates not given always hold; the canonical text equal for
 * equal filters and different for different ones; and the typed errors for bad values.
 */
class AgreementFilterTest {
    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);
    private static final AgreementPeriod TERM = AgreementPeriod.of(START, END);
    private static final LocalDate MID_TERM = LocalDate.of(2022, 6, 1);
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");
    private static final FocusAreaCode SCHOOL = FocusAreaCode.of("SKOLE");

    private final Lifecycle lifecycle = Fixtures.lifecycle(21);
    private final IdGenerator ids = lifecycle.ids();
    private final Alliance base = lifecycle.createAlliance(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);

    private Agreement signed(AgreementPeriod period) {
        return Fixtures.signedAgreement(ids, period);
    }

    private boolean matches(AgreementFilter filter, Agreement agreement) {
        Alliance alliance = base.withAgreements(agreement);
        boolean byAgreement = filter.matches(alliance, agreement);
        assertThat(filter.matches(AgreementKeys.of(alliance, agreement))).as("the same answer from the keys alone")
                .isEqualTo(byAgreement);
        return byAgreement;
    }

    private static AgreementFilter.Builder filter() {
        return AgreementFilter.builder();
    }

    @Test
    void a_filter_without_predicates_matches_every_agreement() {
        AgreementFilter any = filter().build();

        assertThat(matches(any, signed(TERM))).isTrue();
        assertThat(matches(any, Fixtures.agreementIn(ids, AgreementState.ABANDONED, TERM, START))).isTrue();
        assertThat(matches(any, Agreement.builder().id(ids.newAgreementId()).title("Udkast")
                .state(AgreementState.IN_DIALOGUE).build())).isTrue();
        assertThat(any.titleSearchKey()).isEmpty();
    }

    @Test
    void a_state_predicate_matches_an_agreement_in_one_of_its_states_and_no_other() {
        AgreementFilter signedOnly = filter().addStates(AgreementState.SIGNED).build();
        AgreementFilter signedOrTerminated =
                filter().addStates(AgreementState.TERMINATED, AgreementState.SIGNED).build();
        Agreement signed = signed(TERM);
        Agreement terminated = Fixtures.agreementIn(ids, AgreementState.TERMINATED, TERM, END);

        assertThat(matches(signedOnly, signed)).isTrue();
        assertThat(matches(signedOnly, terminated)).isFalse();
        assertThat(matches(signedOrTerminated, signed)).isTrue();
        assertThat(matches(signedOrTerminated, terminated)).isTrue();
    }

    @Test
    void an_in_force_predicate_matches_a_term_in_force_on_the_day_and_not_one_ended_the_day_before() {
        AgreementFilter inForceOnLastDay = filter().inForceOn(END).build();

        assertThat(matches(inForceOnLastDay, signed(TERM))).isTrue();
        assertThat(matches(inForceOnLastDay, signed(AgreementPeriod.of(START, END.minusDays(1))))).isFalse();
    }

    @Test
    void a_possibly_in_force_predicate_matches_a_term_whose_end_is_not_recorded_and_not_a_dated_one() {
        AgreementFilter possibly = filter().possiblyInForceOn(MID_TERM).build();

        assertThat(matches(possibly, signed(AgreementPeriod.endNotRecorded(START)))).isTrue();
        assertThat(matches(possibly, signed(TERM))).isFalse();
    }

    @Test
    void a_possibly_in_force_predicate_knows_that_the_next_term_ends_a_term_whose_end_is_not_recorded() {
        Agreement unrecorded = signed(AgreementPeriod.endNotRecorded(START));
        LocalDate nextStart = LocalDate.of(2023, 1, 1);
        Alliance alliance = base.withAgreements(unrecorded, signed(AgreementPeriod.of(nextStart, END)));

        assertThat(filter().possiblyInForceOn(nextStart.minusDays(1)).build().matches(alliance, unrecorded)).isTrue();
        assertThat(filter().possiblyInForceOn(nextStart).build().matches(alliance, unrecorded)).isFalse();
    }

    @Test
    void an_ends_between_predicate_includes_both_of_its_days() {
        Agreement term = signed(TERM);

        assertThat(matches(filter().endsBetween(DateRange.of(END, END.plusDays(5))).build(), term)).isTrue();
        assertThat(matches(filter().endsBetween(DateRange.of(END.minusDays(5), END)).build(), term)).isTrue();
        assertThat(matches(filter().endsBetween(DateRange.of(END.plusDays(1), END.plusDays(5))).build(), term))
                .isFalse();
        assertThat(matches(filter().endsBetween(DateRange.of(END.minusDays(5), END.minusDays(1))).build(), term))
                .isFalse();
    }

    @Test
    void a_focus_area_predicate_matches_an_agreement_with_that_focus_area_only() {
        AgreementFilter health = filter().focusArea(HEALTH).build();

        assertThat(matches(health, signed(TERM).withFocusAreas(SCHOOL, HEALTH))).isTrue();
        assertThat(matches(health, signed(TERM).withFocusAreas(SCHOOL))).isFalse();
        assertThat(matches(health, signed(TERM))).isFalse();
    }

    @Test
    void a_track_predicate_matches_an_agreement_whose_content_belongs_to_the_track() {
        Agreement grassroots = signed(TERM).withFocusAreas(HEALTH);
        Agreement elite = signed(TERM).withEliteCommitments(
                EliteCommitment.atLeast(1, EliteEventKind.YOUTH_INTERNATIONAL).withId(ids.newEliteCommitmentId()));

        assertThat(matches(filter().track(Track.GRASSROOTS).build(), grassroots)).isTrue();
        assertThat(matches(filter().track(Track.GRASSROOTS).build(), elite)).isFalse();
        assertThat(matches(filter().track(Track.ELITE).build(), elite)).isTrue();
        assertThat(matches(filter().track(Track.ELITE).build(), grassroots)).isFalse();
    }

    @Test
    void a_title_predicate_matches_titles_containing_the_text_in_any_case() {
        AgreementFilter aeroe = filter().titleContains("ÆRØ").build();

        assertThat(aeroe.titleSearchKey()).contains("ærø");
        assertThat(matches(aeroe, signed(TERM).withTitle("Velfærdsalliance Ærø"))).isTrue();
        assertThat(matches(aeroe, signed(TERM).withTitle("Velfærdsalliance Odense"))).isFalse();
    }

    @Test
    void a_title_predicate_matches_percent_and_underscore_literally() {
        AgreementFilter percent = filter().titleContains("100%").build();

        assertThat(matches(percent, signed(TERM).withTitle("100% fodbold"))).isTrue();
        assertThat(matches(percent, signed(TERM).withTitle("1000 fodbold"))).isFalse();
        assertThat(matches(filter().titleContains("a_b").build(), signed(TERM).withTitle("axb"))).isFalse();
    }

    @Test
    void every_predicate_given_must_hold_for_the_agreement() {
        Agreement match = signed(TERM).withFocusAreas(HEALTH).withTitle("Velfærdsalliance Ærø");
        AgreementFilter all = filter().addStates(AgreementState.SIGNED).inForceOn(MID_TERM)
                .endsBetween(DateRange.of(END, END)).focusArea(HEALTH).track(Track.GRASSROOTS).titleContains("ærø")
                .build();

        assertThat(matches(all, match)).isTrue();
        assertThat(matches(all, match.withTitle("Velfærdsalliance"))).isFalse();
        assertThat(matches(all.withFocusArea(SCHOOL), match)).isFalse();
        assertThat(matches(all.withInForceOn(END.plusDays(1)), match)).isFalse();
    }

    @Test
    void equal_filters_have_equal_canonical_texts_however_they_were_built() {
        AgreementFilter one = filter().addStates(AgreementState.SIGNED, AgreementState.TERMINATED)
                .inForceOn(MID_TERM).focusArea(HEALTH).titleContains("Skole").build();
        AgreementFilter same = filter().titleContains("Skole").focusArea(HEALTH).inForceOn(MID_TERM)
                .addStates(AgreementState.TERMINATED).addStates(AgreementState.SIGNED).build();

        assertThat(same).isEqualTo(one);
        assertThat(same.canonical()).isEqualTo(one.canonical());
        assertThat(filter().build().canonical()).isEqualTo(filter().build().canonical());
    }

    @Test
    void titles_with_the_same_search_key_give_the_same_canonical_text() {
        assertThat(filter().titleContains("SKOLE").build().canonical())
                .isEqualTo(filter().titleContains("skole").build().canonical());
    }

    @Test
    void filters_that_differ_in_any_predicate_have_different_canonical_texts() {
        DateRange range = DateRange.of(MID_TERM, END);
        List<AgreementFilter> filters = new ArrayList<>(List.of(
                filter().build(),
                filter().addStates(AgreementState.SIGNED).build(),
                filter().addStates(AgreementState.SIGNED, AgreementState.TERMINATED).build(),
                filter().inForceOn(MID_TERM).build(),
                filter().inForceOn(END).build(),
                filter().possiblyInForceOn(MID_TERM).build(),
                filter().endsBetween(range).build(),
                filter().endsBetween(DateRange.of(MID_TERM, MID_TERM)).build(),
                filter().endsBetween(DateRange.of(END, END)).build(),
                filter().focusArea(HEALTH).build(),
                filter().focusArea(SCHOOL).build(),
                filter().track(Track.GRASSROOTS).build(),
                filter().track(Track.ELITE).build(),
                filter().titleContains("skole").build(),
                filter().titleContains("sundhed").build()));

        List<String> texts = filters.stream().map(AgreementFilter::canonical).toList();

        assertThat(texts).doesNotHaveDuplicates();
    }

    @Test
    void the_canonical_text_holds_each_value_given() {
        AgreementFilter f = filter().addStates(AgreementState.TERMINATED).possiblyInForceOn(MID_TERM)
                .endsBetween(DateRange.of(START, END)).focusArea(HEALTH).track(Track.ELITE).titleContains("Ærø")
                .build();

        assertThat(f.canonical()).contains("TERMINATED").contains(MID_TERM.toString()).contains(START.toString())
                .contains(END.toString()).contains("SUNDHED").contains("ELITE").contains("ærø");
    }

    @Test
    void a_title_of_the_longest_short_text_is_accepted_and_one_unit_longer_is_rejected() {
        assertThat(filter().titleContains("a".repeat(200)).build().getTitleContains()).hasValue("a".repeat(200));
        Rejected.with(() -> filter().titleContains("a".repeat(201)).build(), "AgreementFilter", "titleContains",
                "text.too-long");
    }

    @Test
    void a_blank_title_is_rejected() {
        Rejected.with(() -> filter().titleContains("  ").build(), "AgreementFilter", "titleContains", "text.blank");
    }

    @Test
    void a_day_outside_the_supported_years_is_rejected() {
        Rejected.with(() -> filter().inForceOn(LocalDate.of(1899, 12, 31)).build(), "AgreementFilter", "inForceOn",
                "date.range");
        Rejected.with(() -> filter().possiblyInForceOn(LocalDate.of(10000, 1, 1)).build(), "AgreementFilter",
                "possiblyInForceOn", "date.range");
    }

    @Test
    void null_arguments_of_matches_are_rejected_naming_the_argument() {
        AgreementFilter any = filter().build();
        Agreement agreement = signed(TERM);
        Alliance alliance = base.withAgreements(agreement);

        Rejected.with(() -> any.matches(null, agreement), "AgreementFilter", "alliance", "value.null");
        Rejected.with(() -> any.matches(alliance, null), "AgreementFilter", "agreement", "value.null");
        Rejected.with(() -> any.matches((AgreementKeys) null), "AgreementFilter", "keys", "value.null");
    }
}
