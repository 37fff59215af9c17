package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.InitiativeId;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Money;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.UnrecordedTerm;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Recording partial facts relaxes no invariant: the impossible states stay rejected, with their rule
 * codes, whoever tries to build them, and a rejected command changes nothing.
 */
class ImpossibleStatesTest {
    private static final AgreementPeriod TERM_2021_2024 = Fixtures.TERM_2021_2024;

    private final AllianceStory story = AllianceStory.inAarhus();

    private IdGenerator ids() {
        return story.ids();
    }

    private AgreementId signed(AgreementPeriod period) {
        AgreementId id = story.open("Velfærdsalliance Aarhus");
        story.apply(SignAgreement.builder().agreement(id).period(period).signingDate(period.getStart())
                .signatories(Fixtures.mayorAndDbuChair()).build());
        return id;
    }

    private SignAgreement signing(AgreementId id, AgreementPeriod period) {
        return SignAgreement.builder().agreement(id).period(period).signingDate(period.getStart())
                .signatories(Fixtures.mayorAndDbuChair()).build();
    }

    /** Asserts the command is rejected with exactly that violation and the story's alliance is unchanged. */
    private void rejected(ThrowingCallable call, String type, String path, String rule) {
        Alliance before = story.alliance();
        Rejected.with(call, type, path, rule);
        assertThat(story.alliance()).isSameAs(before);
    }

    // ---- overlapping terms ---------------------------------------------------------------------------------------

    @Test
    void signing_a_term_that_overlaps_a_signed_term_is_rejected() {
        signed(TERM_2021_2024);
        AgreementId next = story.open("Velfærdsalliance Aarhus 2024-2027");

        rejected(() -> story.apply(signing(next, AgreementPeriod.throughYear(LocalDate.of(2024, 12, 31), 2027))),
                "SignAgreement", "period", "lifecycle.sign.overlap");
    }

    @Test
    void signing_any_later_term_after_an_open_ended_term_is_rejected() {
        signed(AgreementPeriod.openEnded(LocalDate.of(2018, 1, 1)));
        AgreementId next = story.open("Velfærdsalliance Aarhus 2040");

        rejected(() -> story.apply(signing(next, AgreementPeriod.throughYear(LocalDate.of(2040, 1, 1), 2043))),
                "SignAgreement", "period", "lifecycle.sign.overlap");
    }

    @Test
    void an_alliance_holding_two_overlapping_terms_cannot_be_built() {
        Alliance alliance = story.alliance();
        Agreement first = Fixtures.signedAgreement(ids(), TERM_2021_2024);
        Agreement second = Fixtures.signedAgreement(ids(), AgreementPeriod.throughYear(LocalDate.of(2024, 6, 1), 2027));

        Rejected.with(() -> Alliance.builder().from(alliance).addAgreements(first, second).build(),
                "Alliance", "agreements[1].period", "alliance.terms.overlap");
    }

    @Test
    void an_alliance_holding_an_open_ended_term_and_a_later_term_cannot_be_built() {
        Alliance alliance = story.alliance();
        Agreement later = Fixtures.signedAgreement(ids(), AgreementPeriod.throughYear(LocalDate.of(2040, 1, 1), 2043));
        Agreement openEnded = Fixtures.signedAgreement(ids(), AgreementPeriod.openEnded(LocalDate.of(2018, 1, 1)));

        Rejected.with(() -> Alliance.builder().from(alliance).addAgreements(later, openEnded).build(),
                "Alliance", "agreements[0].period", "alliance.terms.overlap");
    }

    @Test
    void an_alliance_holding_a_term_whose_end_is_not_recorded_and_a_later_term_can_be_built() {
        Alliance alliance = story.alliance();
        Agreement unrecordedEnd = Fixtures.signedAgreement(ids(), AgreementPeriod.endNotRecorded(LocalDate.of(2018, 1, 1)));
        Agreement later = Fixtures.signedAgreement(ids(), TERM_2021_2024);

        assertThat(Alliance.builder().from(alliance).addAgreements(unrecordedEnd, later).build().getAgreements())
                .hasSize(2);
    }

    @Test
    void recording_an_unrecorded_end_that_runs_into_the_next_term_is_rejected() {
        AgreementId first = signed(AgreementPeriod.endNotRecorded(LocalDate.of(2018, 1, 1)));
        AgreementId next = story.renew(first, "Velfærdsalliance Aarhus 2021-2024");
        story.apply(signing(next, TERM_2021_2024));
        Alliance before = story.alliance();
        Agreement withEnd = story.agreement(first).withPeriod(AgreementPeriod.of(LocalDate.of(2018, 1, 1),
                LocalDate.of(2021, 6, 30)));

        assertThat(Rejected.by(() -> story.apply(AmendAgreement.of(withEnd))).getRules())
                .containsExactly("alliance.terms.overlap");
        assertThat(story.alliance()).isSameAs(before);
    }

    // ---- elite events ----------------------------------------------------------------------------------------------

    @Test
    void an_event_after_the_end_of_its_term_is_rejected() {
        AgreementId id = signed(TERM_2021_2024);

        rejected(() -> story.apply(RecordEliteEvent.of(id, Fixtures.youthInternational(AgeGroup.U21, LocalDate.of(2030, 6, 1)))),
                "RecordEliteEvent", "event", "lifecycle.elite-event.outside-period");
    }

    @Test
    void an_event_before_the_start_that_is_not_on_the_signing_day_is_rejected() {
        AgreementId id = story.open("Velfærdsalliance Aarhus");
        story.apply(story.signing(id, TERM_2021_2024).signingDate(LocalDate.of(2020, 11, 20)).build());

        rejected(() -> story.apply(RecordEliteEvent.of(id, Fixtures.youthInternational(AgeGroup.U17, LocalDate.of(2020, 11, 21)))),
                "RecordEliteEvent", "event", "lifecycle.elite-event.outside-period");
    }

    @Test
    void an_event_on_the_signing_day_before_the_start_is_accepted() {
        AgreementId id = story.open("Velfærdsalliance Aarhus");
        story.apply(story.signing(id, TERM_2021_2024).signingDate(LocalDate.of(2020, 11, 20)).build());

        story.apply(RecordEliteEvent.of(id, Fixtures.youthInternational(AgeGroup.U17, LocalDate.of(2020, 11, 20))));

        assertThat(story.agreement(id).getEliteEvents()).hasSize(1);
    }

    // ---- signatories -----------------------------------------------------------------------------------------------

    @Test
    void signing_with_signatories_none_of_whom_signs_for_the_municipality_is_rejected() {
        AgreementId id = story.open("Velfærdsalliance Aarhus");

        rejected(() -> story.apply(SignAgreement.builder().agreement(id).period(TERM_2021_2024)
                        .signingDate(LocalDate.of(2021, 1, 1))
                        .addSignatories(Signatory.of(SignatoryParty.FEDERATION, "Formand for DBU")).build()),
                "SignAgreement", "signatories", "lifecycle.sign.municipality-signatory-required");
    }

    @Test
    void signing_with_signatories_while_saying_they_are_not_recorded_is_rejected() {
        AgreementId id = story.open("Velfærdsalliance Aarhus");

        rejected(() -> story.apply(SignAgreement.builder().from(signing(id, TERM_2021_2024))
                        .signatoriesNotRecorded(true).build()),
                "SignAgreement", "signatoriesNotRecorded", "agreement.signatories.not-recorded-with-signatories");
    }

    @Test
    void an_agreement_with_signatories_that_says_they_are_not_recorded_cannot_be_built() {
        Agreement signed = Fixtures.signedAgreement(ids(), TERM_2021_2024);

        Rejected.with(() -> Agreement.builder().from(signed).signatoriesNotRecorded(true).build(),
                "Agreement", "signatoriesNotRecorded", "agreement.signatories.not-recorded-with-signatories");
    }

    @Test
    void a_signatory_for_a_non_club_party_cannot_name_a_club() {
        ClubId agf = ids().newClubId();

        Rejected.with(() -> Signatory.builder().party(SignatoryParty.MUNICIPALITY).role("Borgmester").club(agf).build(),
                "Signatory", "club", "party.reference-kind");
    }

    @Test
    void a_payer_that_is_not_a_club_cannot_name_a_club() {
        ClubId agf = ids().newClubId();

        Rejected.with(() -> Party.builder().kind(SignatoryParty.FEDERATION).club(agf).build(),
                "Party", "club", "party.reference-kind");
    }

    // ---- renewals ----------------------------------------------------------------------------------------------------

    @Test
    void an_agreement_that_renews_both_a_recorded_and_an_unrecorded_term_is_rejected() {
        AgreementId first = signed(TERM_2021_2024);
        Alliance before = story.alliance();

        assertThat(Rejected.by(() -> story.apply(OpenAgreement.builder().title("Velfærdsalliance Aarhus 2025-2028")
                .renews(first).renewsUnrecorded(UnrecordedTerm.unknown()).build())).getRules())
                .containsExactly("agreement.renews.both");
        assertThat(story.alliance()).isSameAs(before);
    }

    @Test
    void editing_a_draft_to_renew_an_agreement_that_was_never_signed_is_rejected() {
        AgreementId abandoned = story.open("Velfærdsalliance Aarhus");
        story.abandon(abandoned, "Kommunen sagde nej");
        AgreementId draft = story.open("Velfærdsalliance Aarhus, nyt forsøg");

        rejected(() -> story.apply(EditAgreement.of(story.agreement(draft).withRenews(abandoned))),
                "EditAgreement", "revised.renews", "lifecycle.renews.invalid");
    }

    // ---- ids, goals ----------------------------------------------------------------------------------------------------

    @Test
    void an_alliance_holding_a_child_without_an_assigned_id_cannot_be_built() {
        Alliance alliance = story.alliance();

        Rejected.with(() -> Alliance.builder().from(alliance).addClubs(Club.builder().name("AGF").build()).build(),
                "Alliance", "clubs[0].id", "alliance.id.unassigned");
    }

    @Test
    void a_change_target_without_a_baseline_is_rejected() {
        Rejected.with(() -> Goal.builder().metric("Deltagere").target(GoalTarget.change(new BigDecimal("100")))
                .unit(GoalUnit.COUNT).build(), "Goal", "target", "goal.target.baseline-required");
    }

    @Test
    void a_per_cent_change_target_without_a_baseline_is_rejected() {
        Rejected.with(() -> Goal.builder().metric("Piger i klubberne").target(GoalTarget.percentChange(new BigDecimal("20")))
                .unit(GoalUnit.COUNT).build(), "Goal", "target", "goal.target.baseline-required");
    }

    // ---- removing what is referred to ------------------------------------------------------------------------------------

    @Test
    void removing_a_club_a_signatory_signs_for_is_rejected() {
        ClubId agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class).getId();
        AgreementId id = story.open("Velfærdsalliance Aarhus");
        story.apply(SignAgreement.builder().from(signing(id, TERM_2021_2024))
                .addSignatories(Signatory.builder().party(SignatoryParty.CLUB).role("Formand").club(agf).build()).build());

        rejected(() -> story.apply(RemoveClub.of(agf)), "RemoveClub", "club", "lifecycle.party.in-use");
    }

    @Test
    void removing_a_club_a_payment_goes_to_is_rejected() {
        ClubId agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class).getId();
        story.apply(OpenAgreement.builder().title("Velfærdsalliance Aarhus").addPayments(Payment.builder()
                .kind(PaymentKind.ONE_OFF).amount(Money.dkk(10_000)).payee(Party.club(agf)).build()).build());

        rejected(() -> story.apply(RemoveClub.of(agf)), "RemoveClub", "club", "lifecycle.party.in-use");
    }

    @Test
    void removing_a_club_no_one_refers_to_is_accepted() {
        ClubId agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class).getId();

        story.apply(RemoveClub.of(agf));

        assertThat(story.alliance().getClubs()).isEmpty();
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.ALLIANCE_EDITED);
    }

    @Test
    void removing_an_initiative_whose_goal_has_measurements_is_rejected() {
        AgreementId id = signed(TERM_2021_2024);
        Initiative initiative = story.execute(PutInitiative.of(id, Initiative.builder().name("Fodbold Fitness")
                .addGoals(Goal.builder().metric("Deltagere").unit(GoalUnit.COUNT).build()).build()))
                .created(Initiative.class);
        story.apply(RecordMeasurement.of(id, Measurement.builder().goal(initiative.getGoals().get(0).getId())
                .date(LocalDate.of(2022, 6, 1)).value(BigDecimal.TEN).unit(GoalUnit.COUNT).build()));
        InitiativeId measured = initiative.getId();

        rejected(() -> story.apply(RemoveInitiative.of(id, measured)), "RemoveInitiative", "initiative",
                "lifecycle.initiative.measured");
    }

    // ---- amending the end --------------------------------------------------------------------------------------------------

    @Test
    void amending_a_recorded_end_into_an_unrecorded_one_is_rejected() {
        AgreementId id = signed(TERM_2021_2024);
        Agreement forgotten = story.agreement(id).withPeriod(AgreementPeriod.endNotRecorded(LocalDate.of(2021, 1, 1)));

        rejected(() -> story.apply(AmendAgreement.of(forgotten)), "AmendAgreement", "revised.period.end",
                "lifecycle.amend.end-forgotten");
    }

    @Test
    void amending_an_open_ended_term_to_end_on_a_date_is_rejected() {
        AgreementId id = signed(AgreementPeriod.openEnded(LocalDate.of(2018, 1, 1)));
        Agreement shortened = story.agreement(id).withPeriod(AgreementPeriod.throughYear(LocalDate.of(2018, 1, 1), 2030));

        rejected(() -> story.apply(AmendAgreement.of(shortened)), "AmendAgreement", "revised.period.end",
                "lifecycle.amend.end-earlier");
    }

    @Test
    void amending_a_term_to_end_earlier_is_rejected() {
        AgreementId id = signed(TERM_2021_2024);
        Agreement shortened = story.agreement(id).withPeriod(AgreementPeriod.throughYear(LocalDate.of(2021, 1, 1), 2023));

        rejected(() -> story.apply(AmendAgreement.of(shortened)), "AmendAgreement", "revised.period.end",
                "lifecycle.amend.end-earlier");
    }

    @Test
    void recording_an_end_that_was_not_recorded_by_amendment_is_accepted() {
        AgreementId id = signed(AgreementPeriod.endNotRecorded(LocalDate.of(2021, 1, 1)));
        AgreementPeriod stated = AgreementPeriod.throughYear(LocalDate.of(2021, 1, 1), 2024);

        story.apply(AmendAgreement.of(story.agreement(id).withPeriod(stated)));

        assertThat(story.agreement(id).getPeriod()).contains(stated);
        assertThat(stated.endKind()).isEqualTo(EndKind.DATE);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.AMENDED);
    }

    @Test
    void amending_a_dated_term_to_run_until_terminated_is_accepted() {
        AgreementId id = signed(TERM_2021_2024);
        AgreementPeriod openEnded = AgreementPeriod.openEnded(LocalDate.of(2021, 1, 1));

        story.apply(AmendAgreement.of(story.agreement(id).withPeriod(openEnded)));

        assertThat(story.agreement(id).getPeriod()).contains(openEnded);
    }
}
