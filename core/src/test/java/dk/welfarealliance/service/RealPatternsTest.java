package dk.welfarealliance.service;

import static dk.welfarealliance.testing.Fixtures.ACTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Phase;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The patterns real alliances follow (docs/model.md), each told as a short story through the lifecycle. */
class RealPatternsTest {
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");
    private static final FocusAreaCode SCHOOL = FocusAreaCode.of("SKOLE_OG_DAGTILBUD");

    private final AllianceStory story = AllianceStory.inAarhus();

    private List<HistoryEvent> eventsSince(int seq) {
        return story.alliance().getHistory().stream().filter(e -> e.getSeq() > seq).map(HistoryEntry::getEvent).toList();
    }

    private int lastSeq() {
        return story.alliance().getHistory().size();
    }

    @Test
    void an_agreement_can_be_signed_long_after_the_date_it_took_effect() {
        AgreementId id = story.open("Velfærdsalliance 2020-2023");
        AgreementPeriod period = AgreementPeriod.throughYear(LocalDate.of(2020, 4, 1), 2023);

        story.apply(story.signing(id, period).signingDate(LocalDate.of(2021, 9, 15)).build());

        Agreement signed = story.agreement(id);
        assertThat(signed.getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(signed.getPeriod()).contains(period);
        assertThat(signed.getSigningDate()).contains(PartialDate.day(2021, 9, 15));
        assertThat(signed.phaseOn(LocalDate.of(2020, 4, 1))).isEqualTo(Phase.IN_FORCE);
        assertThat(story.alliance().agreementInForceOn(LocalDate.of(2021, 1, 1))).contains(signed);
    }

    @Test
    void an_agreement_can_be_signed_before_it_takes_effect() {
        AgreementId id = story.open("Velfærdsalliance 2025-2028");
        AgreementPeriod period = AgreementPeriod.throughYear(LocalDate.of(2025, 1, 1), 2028);

        story.apply(story.signing(id, period).signingDate(LocalDate.of(2024, 11, 20)).build());

        assertThat(story.agreement(id).phaseOn(LocalDate.of(2024, 12, 1))).isEqualTo(Phase.UPCOMING);
    }

    @Test
    void an_agreement_signed_by_only_the_mayor_and_the_dbu_chair_is_signed() {
        AgreementId id = story.open("Velfærdsalliance");
        Signatory mayor = Fixtures.mayor(story.ids());
        Signatory chair = Fixtures.dbuChair(story.ids());

        story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024)
                .signingDate(LocalDate.of(2021, 2, 1)).addSignatories(mayor, chair).build());

        assertThat(story.agreement(id).getSignatories()).containsExactly(mayor, chair);
        assertThat(story.agreement(id).getSignatories()).extracting(Signatory::getParty)
                .containsExactly(SignatoryParty.MUNICIPALITY, SignatoryParty.FEDERATION);
    }

    @Test
    void an_agreement_signed_by_the_mayor_the_local_union_and_a_club_is_signed() {
        AgreementId id = story.open("Velfærdsalliance");

        story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024)
                .signingDate(LocalDate.of(2021, 2, 1))
                .addSignatories(Fixtures.mayor(story.ids()), Fixtures.localUnionChair(story.ids()),
                        Fixtures.clubChair(story.ids()))
                .build());

        assertThat(story.agreement(id).getSignatories()).hasSize(3);
    }

    @Test
    void signing_without_a_municipality_signatory_is_rejected() {
        AgreementId id = story.open("Velfærdsalliance");
        Alliance before = story.alliance();

        Rejected.with(() -> story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024)
                        .signingDate(LocalDate.of(2021, 2, 1))
                        .addSignatories(Fixtures.dbuChair(story.ids()), Fixtures.clubChair(story.ids())).build()),
                "SignAgreement", "signatories", "lifecycle.sign.municipality-signatory-required");
        assertThat(story.alliance()).isEqualTo(before);
    }

    @Test
    void signing_without_a_federation_or_local_union_signatory_is_rejected() {
        AgreementId id = story.open("Velfærdsalliance");

        Rejected.with(() -> story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024)
                        .signingDate(LocalDate.of(2021, 2, 1))
                        .addSignatories(Fixtures.mayor(story.ids()), Fixtures.clubChair(story.ids())).build()),
                "SignAgreement", "signatories", "lifecycle.sign.football-signatory-required");
    }

    @Test
    void focus_areas_and_initiatives_can_be_chosen_with_the_clubs_after_signing() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        Agreement signed = story.agreement(id);
        assertThat(signed.getFocusAreas()).isEmpty();
        int seq = lastSeq();
        Initiative fitness = Fixtures.initiativeWithGoal(story.ids(), Optional.of(HEALTH));

        story.apply(AmendAgreement.of(Agreement.builder().from(signed)
                .addFocusAreas(HEALTH, FocusAreaCode.custom("fc-demens"))
                .addInitiatives(fitness)
                .build()));

        Agreement amended = story.agreement(id);
        assertThat(amended.getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(amended.getFocusAreas()).containsExactly(HEALTH, FocusAreaCode.custom("fc-demens"));
        assertThat(amended.getInitiatives()).containsExactly(fitness);
        assertThat(story.alliance().getHistory().subList(seq, lastSeq()))
                .extracting(HistoryEntry::getSeq, HistoryEntry::getEvent, HistoryEntry::getAgreement)
                .containsExactly(tuple(seq + 1L, HistoryEvent.AMENDED, Optional.of(id)));
    }

    @Test
    void adding_a_focus_area_that_is_neither_in_the_catalogue_nor_custom_is_rejected() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);

        Rejected.with(() -> story.apply(AmendAgreement.of(Agreement.builder().from(story.agreement(id))
                        .addFocusAreas(FocusAreaCode.of("PADEL")).build())),
                "AmendAgreement", "revised.focusAreas", "catalogue.focus-area.unknown");
    }

    @Test
    void an_amendment_may_extend_the_end_but_not_move_it_earlier() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        Agreement signed = story.agreement(id);

        story.apply(AmendAgreement.of(signed.withPeriod(AgreementPeriod.throughYear(LocalDate.of(2021, 1, 1), 2025))));
        assertThat(story.agreement(id).effectiveEnd()).contains(LocalDate.of(2025, 12, 31));

        Rejected.with(() -> story.apply(AmendAgreement.of(signed)),
                "AmendAgreement", "revised.period.end", "lifecycle.amend.end-earlier");
    }

    @Test
    void a_five_year_renewal_starts_the_day_after_the_previous_term() {
        AgreementId first = story.signedTerm("Velfærdsalliance 2021-2024", Fixtures.TERM_2021_2024);
        story.apply(AmendAgreement.of(Agreement.builder().from(story.agreement(first)).addFocusAreas(SCHOOL).build()));
        int seq = lastSeq();

        AgreementId renewal = story.renew(first, "Velfærdsalliance 2025-2029");
        assertThat(story.agreement(renewal).getRenews()).contains(first);
        assertThat(story.agreement(renewal).getState()).isEqualTo(AgreementState.IN_DIALOGUE);
        assertThat(story.agreement(renewal).getFocusAreas()).containsExactly(SCHOOL);

        AgreementPeriod fiveYears = AgreementPeriod.throughYear(LocalDate.of(2025, 1, 1), 2029);
        story.approve(renewal).sign(renewal, fiveYears);

        Alliance alliance = story.alliance();
        assertThat(story.agreement(first).getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(story.agreement(renewal).getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(alliance.agreementInForceOn(LocalDate.of(2024, 12, 31)).map(Agreement::getId)).contains(first);
        assertThat(alliance.agreementInForceOn(LocalDate.of(2025, 1, 1)).map(Agreement::getId)).contains(renewal);
        assertThat(alliance.latestSignedEnd()).contains(LocalDate.of(2029, 12, 31));
        assertThat(eventsSince(seq)).containsExactly(HistoryEvent.RENEWAL_OPENED, HistoryEvent.APPROVED,
                HistoryEvent.SIGNED);
    }

    @Test
    void a_renewal_overlapping_the_current_term_without_superseding_it_is_rejected() {
        AgreementId first = story.signedTerm("Velfærdsalliance 2022-2025", AgreementPeriod.throughYear(LocalDate.of(2022, 1, 1), 2025));
        AgreementId renewal = story.renew(first, "Velfærdsalliance 2024-2028");

        Violation v = Rejected.with(() -> story.sign(renewal, AgreementPeriod.throughYear(LocalDate.of(2024, 7, 1), 2028)),
                "SignAgreement", "period", "lifecycle.sign.overlap");
        assertThat(v.getAttributes()).containsEntry("other", first);
    }

    @Test
    void a_renewal_signed_while_the_current_term_is_in_force_supersedes_it() {
        AgreementId first = story.signedTerm("Velfærdsalliance 2022-2025", AgreementPeriod.throughYear(LocalDate.of(2022, 1, 1), 2025));
        AgreementId renewal = story.renew(first, "Velfærdsalliance 2024-2028");
        int seq = lastSeq();
        AgreementPeriod newTerm = AgreementPeriod.throughYear(LocalDate.of(2024, 7, 1), 2028);

        story.apply(story.signing(renewal, newTerm).signingDate(LocalDate.of(2024, 5, 14)).supersedes(first).build());

        Agreement old = story.agreement(first);
        assertThat(old.getState()).isEqualTo(AgreementState.TERMINATED);
        assertThat(old.getTerminationDate()).contains(LocalDate.of(2024, 6, 30));
        assertThat(old.getTerminationReason()).isPresent();
        assertThat(old.getPeriod()).contains(AgreementPeriod.throughYear(LocalDate.of(2022, 1, 1), 2025));
        assertThat(story.agreement(renewal).getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(story.alliance().getHistory().subList(seq, lastSeq()))
                .extracting(HistoryEntry::getSeq, HistoryEntry::getEvent, HistoryEntry::getAgreement)
                .containsExactly(
                        tuple(seq + 1L, HistoryEvent.SIGNED, Optional.of(renewal)),
                        tuple(seq + 2L, HistoryEvent.SUPERSEDED, Optional.of(first)));
        assertThat(story.alliance().agreementInForceOn(LocalDate.of(2024, 6, 30)).map(Agreement::getId)).contains(first);
        assertThat(story.alliance().agreementInForceOn(LocalDate.of(2024, 7, 1)).map(Agreement::getId)).contains(renewal);
    }

    @Test
    void a_term_that_ends_the_day_before_the_new_start_may_be_named_as_superseded() {
        AgreementId first = story.signedTerm("Velfærdsalliance 2021-2024", Fixtures.TERM_2021_2024);
        AgreementId renewal = story.renew(first, "Velfærdsalliance 2025-2028");

        story.apply(story.signing(renewal, AgreementPeriod.throughYear(LocalDate.of(2025, 1, 1), 2028))
                .supersedes(first).build());

        assertThat(story.agreement(first).getState()).isEqualTo(AgreementState.TERMINATED);
        assertThat(story.agreement(first).getTerminationDate()).contains(LocalDate.of(2024, 12, 31));
    }

    @Test
    void superseding_a_term_that_starts_on_the_same_day_is_rejected() {
        AgreementId first = story.signedTerm("Velfærdsalliance 2022-2025", AgreementPeriod.throughYear(LocalDate.of(2022, 1, 1), 2025));
        AgreementId renewal = story.renew(first, "Ny aftale");

        Rejected.with(() -> story.apply(story.signing(renewal, AgreementPeriod.throughYear(LocalDate.of(2022, 1, 1), 2026))
                        .supersedes(first).build()),
                "SignAgreement", "supersedes", "lifecycle.sign.supersede-invalid");
        assertThat(story.agreement(first).getState()).isEqualTo(AgreementState.SIGNED);
    }

    @Test
    void a_renewal_can_be_put_on_hold_and_then_abandoned() {
        AgreementId first = story.signedTerm("Velfærdsalliance 2021-2024", Fixtures.TERM_2021_2024);
        AgreementId renewal = story.renew(first, "Velfærdsalliance 2025-2028");
        int seq = lastSeq();

        story.hold(renewal);
        assertThat(story.agreement(renewal).getState()).isEqualTo(AgreementState.ON_HOLD);
        assertThat(story.agreement(renewal).getHeldFrom()).contains(AgreementState.IN_DIALOGUE);

        story.abandon(renewal, "Kommunen prioriterer andre indsatser efter budgetforliget");

        Agreement abandoned = story.agreement(renewal);
        assertThat(abandoned.getState()).isEqualTo(AgreementState.ABANDONED);
        assertThat(abandoned.getHeldFrom()).isEmpty();
        assertThat(abandoned.getAbandonReason()).contains("Kommunen prioriterer andre indsatser efter budgetforliget");
        assertThat(abandoned.phaseOn(LocalDate.of(2025, 6, 1))).isEqualTo(Phase.ABANDONED);
        assertThat(story.agreement(first).getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(eventsSince(seq)).containsExactly(HistoryEvent.PUT_ON_HOLD, HistoryEvent.ABANDONED);
        assertThat(story.alliance().getHistory().get(lastSeq() - 1).getReason())
                .contains("Kommunen prioriterer andre indsatser efter budgetforliget");
        assertThat(story.alliance().openAgreement()).isEmpty();
    }

    @Test
    void an_agreement_can_end_early() {
        AgreementId id = story.signedTerm("Velfærdsalliance 2021-2024", Fixtures.TERM_2021_2024);
        int seq = lastSeq();

        story.terminate(id, LocalDate.of(2023, 6, 30), "Kommunen udtræder efter ny strategi");

        Agreement ended = story.agreement(id);
        assertThat(ended.getState()).isEqualTo(AgreementState.TERMINATED);
        assertThat(ended.effectiveEnd()).contains(LocalDate.of(2023, 6, 30));
        assertThat(ended.phaseOn(LocalDate.of(2023, 6, 30))).isEqualTo(Phase.IN_FORCE);
        assertThat(ended.phaseOn(LocalDate.of(2023, 7, 1))).isEqualTo(Phase.ENDED);
        assertThat(story.alliance().getHistory().subList(seq, lastSeq()))
                .extracting(HistoryEntry::getEvent, HistoryEntry::getAgreement, HistoryEntry::getReason)
                .containsExactly(tuple(HistoryEvent.TERMINATED, Optional.of(id),
                        Optional.of("Kommunen udtræder efter ny strategi")));
    }

    @Test
    void terminating_after_the_end_is_rejected() {
        AgreementId id = story.signedTerm("Velfærdsalliance 2021-2024", Fixtures.TERM_2021_2024);

        Violation v = Rejected.with(() -> story.terminate(id, LocalDate.of(2025, 1, 1), "For sent"),
                "TerminateAgreement", "lastDayInForce", "lifecycle.terminate.date-range");
        assertThat(v.getAttributes()).containsEntry("earliest", LocalDate.of(2020, 12, 31))
                .containsEntry("latest", LocalDate.of(2024, 12, 31));
    }

    @Test
    void an_agreement_terminated_the_day_before_its_start_never_came_into_force() {
        AgreementId id = story.signedTerm("Velfærdsalliance 2021-2024", Fixtures.TERM_2021_2024);

        story.terminate(id, LocalDate.of(2020, 12, 31), "Trukket tilbage før start");

        assertThat(story.alliance().agreementInForceOn(LocalDate.of(2021, 1, 1))).isEmpty();
        assertThat(story.agreement(id).phaseOn(LocalDate.of(2020, 6, 1))).isEqualTo(Phase.ENDED);
    }

    @Test
    void a_put_on_hold_agreement_resumes_in_the_state_it_left() {
        AgreementId id = story.open("Velfærdsalliance");
        story.hold(id).resume(id);
        assertThat(story.agreement(id).getState()).isEqualTo(AgreementState.IN_DIALOGUE);
        assertThat(story.agreement(id).getHeldFrom()).isEmpty();

        story.approve(id).hold(id).resume(id);
        assertThat(story.agreement(id).getState()).isEqualTo(AgreementState.APPROVED);
    }

    @Test
    void an_evaluation_can_be_recorded_after_the_term_has_ended() {
        AgreementId id = story.signedTerm("Velfærdsalliance 2021-2024", Fixtures.TERM_2021_2024);
        story.terminate(id, LocalDate.of(2022, 12, 31), "Sluttet tidligt");

        story.apply(RecordEvaluation.of(id, Fixtures.evaluation(story.ids(), LocalDate.of(2023, 3, 1))));

        assertThat(story.agreement(id).getEvaluations()).hasSize(1);
        assertThat(story.agreement(id).getState()).isEqualTo(AgreementState.TERMINATED);
    }

    @Test
    void an_edit_that_changes_nothing_appends_no_history_and_returns_the_same_alliance() {
        AgreementId id = story.open("Velfærdsalliance");
        Alliance before = story.alliance();

        Alliance after = story.lifecycle().apply(before, EditAgreement.of(story.agreement(id)), ACTOR);

        assertThat(after).isEqualTo(before);
        assertThat(after.getHistory()).hasSameSizeAs(before.getHistory());
    }

    @Test
    void an_edit_may_not_change_the_state_and_names_the_field() {
        AgreementId id = story.open("Velfærdsalliance");

        Violation v = Rejected.with(() -> story.apply(EditAgreement.of(
                        story.agreement(id).withState(AgreementState.APPROVED))),
                "EditAgreement", "revised.state", "lifecycle.change.not-allowed");
        assertThat(v.getAttributes()).containsEntry("command", "edit");
    }

    @Test
    void a_second_agreement_cannot_be_opened_while_one_is_open() {
        AgreementId open = story.open("Velfærdsalliance");

        Violation v = Rejected.with(() -> story.open("Endnu en aftale"),
                "OpenAgreement", "", "lifecycle.open-agreement.exists");
        assertThat(v.getAttributes()).containsEntry("agreement", open);
    }
}
