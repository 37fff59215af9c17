package dk.welfarealliance.service;

import static dk.welfarealliance.testing.Fixtures.ACTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.DatePrecision;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.ExtensionOption;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Money;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Phase;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TeamGender;
import dk.welfarealliance.UnrecordedTerm;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The partial, dated facts real sources give, each entered through the lifecycle as the source states
 * it, with nothing invented, and read back: values, phases, and the history entries with their step days.
 */
class PartialFactsPatternsTest {
    /** A term as an agreement states it, for stories in which the term itself is not the point. */
    private static final AgreementPeriod TERM_2021_2024 = Fixtures.TERM_2021_2024;

    private final AllianceStory story = AllianceStory.inAarhus();

    private static PartialDate day(int year, int month, int dayOfMonth) {
        return PartialDate.day(year, month, dayOfMonth);
    }

    private void assertLastEntry(HistoryEvent event, Optional<AgreementId> agreement, PartialDate on) {
        HistoryEntry last = story.lastEntry();
        assertThat(last.getEvent()).as("event").isEqualTo(event);
        assertThat(last.getAgreement()).as("agreement").isEqualTo(agreement);
        assertThat(last.getOn()).as("step day").contains(on);
        assertThat(last.getAt()).as("recorded").isEqualTo(Fixtures.NOW_IN_MICROS);
    }

    private AgreementId signed(AgreementPeriod period) {
        AgreementId id = story.open("Velfærdsalliance Aarhus");
        story.apply(SignAgreement.builder().agreement(id).period(period).signingDate(period.getStart())
                .signatories(Fixtures.mayorAndDbuChair()).build());
        return id;
    }

    // ---- dated steps: approval, signing, effective date -----------------------------------------------------

    @Test
    void a_council_approval_months_before_signing_is_kept_with_both_days_in_a_stored_alliance() {
        MapStore store = new MapStore();
        AllianceService service = new AllianceService(Fixtures.lifecycle(1), store);
        Alliance created = service.create(FederationCode.DBU, Fixtures.AARHUS, ACTOR);
        AgreementId id = service.execute(created.getId(), OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .on(PartialDate.month(2019, 5)).build(), ACTOR).agreement().getId();

        service.execute(created.getId(), ApproveAgreement.of(id, day(2019, 12, 12)), ACTOR);
        service.execute(created.getId(), SignAgreement.builder().agreement(id).period(TERM_2021_2024)
                .signingDate(LocalDate.of(2020, 9, 24)).signatories(Fixtures.mayorAndDbuChair()).build(), ACTOR);

        Alliance stored = store.findById(created.getId()).orElseThrow();
        assertThat(stored.getHistory()).extracting(HistoryEntry::getEvent, HistoryEntry::getOn).endsWith(
                tuple(HistoryEvent.APPROVED, Optional.of(day(2019, 12, 12))),
                tuple(HistoryEvent.SIGNED, Optional.of(day(2020, 9, 24))));
        assertThat(stored.agreement(id).orElseThrow().getSigningDate()).contains(day(2020, 9, 24));
        assertThat(stored.stateOn(id, LocalDate.of(2020, 6, 1))).contains(AgreementState.APPROVED);
        assertThat(stored.stateOn(id, LocalDate.of(2020, 9, 24))).contains(AgreementState.SIGNED);
    }

    @Test
    void an_effective_date_seventeen_months_before_a_signing_known_only_to_the_month_is_kept() {
        AgreementId id = story.open("Velfærdsalliance Aarhus");
        AgreementPeriod fromApril2020 = AgreementPeriod.endNotRecorded(LocalDate.of(2020, 4, 1));

        story.apply(SignAgreement.builder().agreement(id).period(fromApril2020).signingDate(PartialDate.month(2021, 9))
                .signatories(Fixtures.mayorAndDbuChair()).build());

        Agreement signed = story.agreement(id);
        assertThat(signed.getPeriod()).contains(fromApril2020);
        assertThat(signed.getSigningDate()).contains(PartialDate.month(2021, 9));
        assertThat(signed.getSigningDate().orElseThrow().getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertLastEntry(HistoryEvent.SIGNED, Optional.of(id), PartialDate.month(2021, 9));
        assertThat(story.alliance().phaseOn(id, LocalDate.of(2020, 4, 1))).isEqualTo(Phase.POSSIBLY_IN_FORCE);
    }

    @Test
    void an_agreement_whose_signatories_are_not_recorded_is_signed_without_any() {
        AgreementId id = story.open("Velfærdsalliance Aarhus");

        story.apply(SignAgreement.builder().agreement(id).period(TERM_2021_2024).signingDate(PartialDate.year(2021))
                .signatoriesNotRecorded(true).build());

        Agreement signed = story.agreement(id);
        assertThat(signed.getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(signed.isSignatoriesNotRecorded()).isTrue();
        assertThat(signed.getSignatories()).isEmpty();
        assertLastEntry(HistoryEvent.SIGNED, Optional.of(id), PartialDate.year(2021));
    }

    // ---- ends: not stated, open-ended -------------------------------------------------------------------------

    @Test
    void a_term_whose_end_is_not_stated_is_possibly_in_force_and_never_in_force() {
        AgreementId id = signed(AgreementPeriod.endNotRecorded(LocalDate.of(2019, 1, 1)));
        Alliance alliance = story.alliance();
        Agreement agreement = story.agreement(id);

        assertThat(agreement.getPeriod().orElseThrow().endKind()).isEqualTo(EndKind.NOT_RECORDED);
        assertThat(alliance.phaseOn(id, LocalDate.of(2018, 12, 31))).isEqualTo(Phase.UPCOMING);
        assertThat(alliance.phaseOn(id, LocalDate.of(2019, 1, 1))).isEqualTo(Phase.POSSIBLY_IN_FORCE);
        assertThat(alliance.phaseOn(id, LocalDate.of(2040, 1, 1))).isEqualTo(Phase.POSSIBLY_IN_FORCE);
        assertThat(agreement.isInForceOn(LocalDate.of(2020, 6, 1))).isFalse();
        assertThat(alliance.agreementInForceOn(LocalDate.of(2020, 6, 1))).isEmpty();
        assertThat(agreement.effectiveEnd()).isEmpty();
        assertThat(alliance.endAtLatest(id)).isEmpty();
        assertThat(story.lifecycle().phaseOf(alliance, id)).isEqualTo(Phase.POSSIBLY_IN_FORCE);
    }

    @Test
    void a_term_whose_end_is_not_stated_has_ended_from_the_start_of_the_next_term_on() {
        AgreementId first = signed(AgreementPeriod.endNotRecorded(LocalDate.of(2019, 1, 1)));
        AgreementId next = story.renew(first, "Velfærdsalliance Aarhus 2023-2026");
        story.apply(SignAgreement.builder().agreement(next).period(AgreementPeriod.throughYear(LocalDate.of(2023, 1, 1), 2026))
                .signingDate(LocalDate.of(2022, 11, 30)).signatories(Fixtures.mayorAndDbuChair()).build());

        Alliance alliance = story.alliance();
        assertThat(alliance.phaseOn(first, LocalDate.of(2022, 12, 31))).isEqualTo(Phase.POSSIBLY_IN_FORCE);
        assertThat(alliance.phaseOn(first, LocalDate.of(2023, 1, 1))).isEqualTo(Phase.ENDED);
        assertThat(alliance.endAtLatest(first)).contains(LocalDate.of(2022, 12, 31));
        assertThat(alliance.agreement(first).orElseThrow().getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(alliance.phaseOn(next, LocalDate.of(2023, 1, 1))).isEqualTo(Phase.IN_FORCE);
    }

    @Test
    void an_open_ended_term_is_in_force_on_every_day_from_its_start() {
        AgreementId id = signed(AgreementPeriod.openEnded(LocalDate.of(2018, 1, 1)));
        Alliance alliance = story.alliance();
        Agreement agreement = story.agreement(id);

        assertThat(agreement.getPeriod().orElseThrow().endKind()).isEqualTo(EndKind.OPEN_ENDED);
        assertThat(alliance.phaseOn(id, LocalDate.of(2017, 12, 31))).isEqualTo(Phase.UPCOMING);
        assertThat(alliance.phaseOn(id, LocalDate.of(2018, 1, 1))).isEqualTo(Phase.IN_FORCE);
        assertThat(alliance.phaseOn(id, LocalDate.of(2099, 12, 31))).isEqualTo(Phase.IN_FORCE);
        assertThat(alliance.agreementInForceOn(LocalDate.of(2050, 1, 1))).contains(agreement);
        assertThat(agreement.effectiveEnd()).isEmpty();
        assertThat(alliance.endAtLatest(id)).isEmpty();
    }

    @Test
    void an_open_ended_term_ends_on_the_day_it_is_terminated() {
        AgreementId id = signed(AgreementPeriod.openEnded(LocalDate.of(2018, 1, 1)));

        story.terminate(id, LocalDate.of(2024, 6, 30), "Kommunen opsagde aftalen");

        Alliance alliance = story.alliance();
        assertThat(alliance.phaseOn(id, LocalDate.of(2024, 6, 30))).isEqualTo(Phase.IN_FORCE);
        assertThat(alliance.phaseOn(id, LocalDate.of(2024, 7, 1))).isEqualTo(Phase.ENDED);
        assertThat(alliance.endAtLatest(id)).contains(LocalDate.of(2024, 6, 30));
        assertThat(story.agreement(id).effectiveEnd()).contains(LocalDate.of(2024, 6, 30));
    }

    // ---- renewals ---------------------------------------------------------------------------------------------

    @Test
    void a_renewal_of_a_term_the_registry_does_not_hold_names_that_term_with_its_period_and_a_note() {
        UnrecordedTerm earlier = UnrecordedTerm.builder()
                .period(AgreementPeriod.throughYear(LocalDate.of(2016, 1, 1), 2019))
                .note("Første aftale 2016–2019, indgået før registret blev oprettet").build();

        AgreementId id = story.execute(OpenAgreement.builder().title("Velfærdsalliance Aarhus 2020-2023")
                .renewsUnrecorded(earlier).build()).agreement().getId();

        Agreement renewal = story.agreement(id);
        assertThat(renewal.getRenewsUnrecorded()).contains(earlier);
        assertThat(renewal.getRenews()).isEmpty();
        assertLastEntry(HistoryEvent.OPENED, Optional.of(id), PartialDate.day(story.lifecycle().today()));
    }

    @Test
    void the_period_of_an_unrecorded_earlier_term_takes_no_part_in_the_overlap_rules() {
        UnrecordedTerm earlier = UnrecordedTerm.builder()
                .period(AgreementPeriod.throughYear(LocalDate.of(2016, 1, 1), 2019)).build();
        AgreementId id = story.execute(OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .renewsUnrecorded(earlier).build()).agreement().getId();

        story.apply(SignAgreement.builder().agreement(id).period(AgreementPeriod.throughYear(LocalDate.of(2019, 7, 1), 2022))
                .signingDate(LocalDate.of(2019, 6, 20)).signatories(Fixtures.mayorAndDbuChair()).build());

        assertThat(story.agreement(id).getState()).isEqualTo(AgreementState.SIGNED);
    }

    @Test
    void renews_can_be_set_by_editing_an_agreement_while_it_is_a_draft() {
        AgreementId first = signed(TERM_2021_2024);
        AgreementId draft = story.open("Velfærdsalliance Aarhus 2025-2028");

        story.apply(EditAgreement.builder().revised(story.agreement(draft).withRenews(first))
                .on(PartialDate.month(2024, 10)).build());

        assertThat(story.agreement(draft).getRenews()).contains(first);
        assertThat(story.agreement(draft).getState()).isEqualTo(AgreementState.IN_DIALOGUE);
        assertLastEntry(HistoryEvent.EDITED, Optional.of(draft), PartialDate.month(2024, 10));
    }

    // ---- notes and options --------------------------------------------------------------------------------------

    @Test
    void a_dialogue_meeting_after_signing_known_to_the_month_is_a_note_on_the_agreement() {
        AgreementId id = signed(TERM_2021_2024);
        Note meeting = Note.of(NoteKind.MEETING, PartialDate.month(2021, 11), "Dialogmøde med klubberne om indsatsområder");

        Note recorded = story.execute(RecordNote.on(id, meeting)).created(Note.class);

        assertThat(recorded.getId().isAssigned()).isTrue();
        assertThat(recorded).isEqualTo(meeting.withId(recorded.getId()));
        assertThat(story.agreement(id).getNotes()).containsExactly(recorded);
        assertThat(story.agreement(id).getState()).isEqualTo(AgreementState.SIGNED);
        assertLastEntry(HistoryEvent.NOTE_RECORDED, Optional.of(id), PartialDate.month(2021, 11));
    }

    @Test
    void an_option_to_extend_is_kept_on_the_draft_and_on_the_signed_agreement() {
        ExtensionOption option = ExtensionOption.builder().years(2)
                .text("Aftalen kan forlænges med op til 2 år").build();
        AgreementId id = story.execute(OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .extensionOption(option).build()).agreement().getId();
        assertThat(story.agreement(id).getExtensionOption()).contains(option);

        story.apply(story.signing(id, TERM_2021_2024).build());

        assertThat(story.agreement(id).getExtensionOption()).contains(option);
        assertThat(option.getYears()).hasValue(2);
        assertThat(option.getUntil()).isEmpty();
    }

    // ---- elite events and commitments ------------------------------------------------------------------------------

    @Test
    void an_event_two_municipalities_host_together_carries_the_same_shared_reference_in_both_alliances() {
        AllianceStory randers = AllianceStory.on(story.lifecycle(), MunicipalityCode.of("730"));
        AgreementId aarhusTerm = signed(TERM_2021_2024);
        AgreementId randersTerm = randers.open("Velfærdsalliance Randers");
        randers.apply(SignAgreement.builder().agreement(randersTerm).period(TERM_2021_2024)
                .signingDate(LocalDate.of(2021, 1, 1)).signatories(Fixtures.mayorAndDbuChair()).build());
        EliteEvent match = EliteEvent.builder().kind(EliteEventKind.YOUTH_INTERNATIONAL).ageGroup(AgeGroup.U19)
                .gender(TeamGender.WOMEN).date(LocalDate.of(2022, 10, 6)).title("U19 kvinder: Danmark – Sverige")
                .sharedReference("dbu-2022-u19w-dk-se").build();

        EliteEvent inAarhus = story.execute(RecordEliteEvent.of(aarhusTerm, match)).created(EliteEvent.class);
        EliteEvent inRanders = randers.execute(RecordEliteEvent.of(randersTerm, match)).created(EliteEvent.class);

        assertThat(inAarhus.getSharedReference()).contains("dbu-2022-u19w-dk-se");
        assertThat(inRanders.getSharedReference()).isEqualTo(inAarhus.getSharedReference());
        assertThat(inRanders.getId()).isNotEqualTo(inAarhus.getId());
        assertThat(story.agreement(aarhusTerm).getEliteEvents()).containsExactly(inAarhus);
        assertThat(randers.agreement(randersTerm).getEliteEvents()).containsExactly(inRanders);
        assertLastEntry(HistoryEvent.ELITE_EVENT_RECORDED, Optional.of(aarhusTerm), PartialDate.day(2022, 10, 6));
    }

    @Test
    void a_tournament_of_several_days_is_recorded_with_its_end_and_venue() {
        AgreementId id = signed(TERM_2021_2024);
        EliteEvent tournament = EliteEvent.builder().kind(EliteEventKind.TOURNAMENT).ageGroup(AgeGroup.U16)
                .date(LocalDate.of(2023, 8, 1)).endDate(LocalDate.of(2023, 8, 6)).title("U16 Nordisk Turnering")
                .venue("Ceres Park").build();

        EliteEvent recorded = story.execute(RecordEliteEvent.of(id, tournament)).created(EliteEvent.class);

        assertThat(recorded.getDate()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(recorded.getEndDate()).contains(LocalDate.of(2023, 8, 6));
        assertThat(recorded.lastDay()).isEqualTo(LocalDate.of(2023, 8, 6));
        assertThat(recorded.getVenue()).contains("Ceres Park");
        assertThat(story.agreement(id).getEliteEvents()).containsExactly(recorded);
    }

    @Test
    void a_home_base_commitment_with_a_deadline_is_met_by_matches_until_the_deadline_only() {
        EliteCommitment homeBase = EliteCommitment.builder().kind(EliteEventKind.HOME_BASE).ageGroup(AgeGroup.U21)
                .deadline(LocalDate.of(2024, 12, 31)).description("U21-landsholdets hjemmebane til og med 2024").build();
        AgreementId id = story.execute(OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .addEliteCommitments(homeBase).build()).agreement().getId();
        story.apply(story.signing(id, AgreementPeriod.throughYear(LocalDate.of(2022, 1, 1), 2026)).build());
        EliteCommitment commitment = story.agreement(id).getEliteCommitments().get(0);

        EliteEvent before = story.execute(RecordEliteEvent.of(id,
                Fixtures.youthInternational(AgeGroup.U21, LocalDate.of(2023, 3, 24)))).created(EliteEvent.class);
        EliteEvent onDeadline = story.execute(RecordEliteEvent.of(id,
                Fixtures.youthInternational(AgeGroup.U21, LocalDate.of(2024, 12, 31)))).created(EliteEvent.class);
        EliteEvent after = story.execute(RecordEliteEvent.of(id,
                Fixtures.youthInternational(AgeGroup.U21, LocalDate.of(2025, 6, 10)))).created(EliteEvent.class);

        Agreement agreement = story.agreement(id);
        assertThat(commitment.getMinimumCount()).isEmpty();
        assertThat(agreement.eventsCountingTowards(commitment)).containsExactly(before, onDeadline);
        assertThat(agreement.commitmentOf(after)).isEmpty();
        assertThat(commitment.isMetWith(agreement.eventsCountingTowards(commitment).size())).isTrue();
    }

    @Test
    void a_home_base_commitment_for_u21_is_not_met_by_a_match_of_another_age_group() {
        EliteCommitment homeBase = EliteCommitment.builder().kind(EliteEventKind.HOME_BASE).ageGroup(AgeGroup.U21)
                .deadline(LocalDate.of(2024, 12, 31)).build();

        assertThat(homeBase.isMetBy(Fixtures.youthInternational(AgeGroup.U21, LocalDate.of(2023, 3, 24)))).isTrue();
        assertThat(homeBase.isMetBy(Fixtures.youthInternational(AgeGroup.U19, LocalDate.of(2023, 3, 24)))).isFalse();
    }

    @Test
    void a_commitment_without_a_minimum_is_kept_without_one_and_met_by_one_event() {
        EliteCommitment heldHere = EliteCommitment.builder().kind(EliteEventKind.YOUTH_INTERNATIONAL)
                .description("Der afholdes ungdomslandskampe i kommunen").build();
        AgreementId id = story.execute(OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .addEliteCommitments(heldHere).build()).agreement().getId();
        story.apply(story.signing(id, TERM_2021_2024).build());
        EliteCommitment commitment = story.agreement(id).getEliteCommitments().get(0);

        story.apply(RecordEliteEvent.of(id, Fixtures.youthInternational(AgeGroup.U17, LocalDate.of(2022, 9, 20))));

        assertThat(commitment.getMinimumCount()).isEmpty();
        assertThat(commitment.isMetWith(0)).isFalse();
        assertThat(commitment.isMetWith(story.agreement(id).eventsCountingTowards(commitment).size())).isTrue();
    }

    // ---- goals, results, parties -------------------------------------------------------------------------------------

    @Test
    void a_result_can_be_recorded_against_a_goal_that_has_no_target() {
        Goal noTarget = Goal.builder().metric("Deltagere i Gå Fodbold").unit(GoalUnit.COUNT).build();
        AgreementId id = signed(TERM_2021_2024);
        Initiative initiative = story.execute(PutInitiative.of(id, Initiative.builder().name("Gå Fodbold for 60+")
                .addGoals(noTarget).build())).created(Initiative.class);
        Goal goal = initiative.getGoals().get(0);

        Measurement result = story.execute(RecordMeasurement.of(id, Measurement.builder().goal(goal.getId())
                .date(LocalDate.of(2022, 12, 31)).value(new BigDecimal("64")).unit(GoalUnit.COUNT).build()))
                .created(Measurement.class);

        assertThat(goal.getTarget()).isEmpty();
        assertThat(goal.targetLevel()).isEmpty();
        assertThat(story.agreement(id).getMeasurements()).containsExactly(result);
        assertThat(result.getValue()).isEqualByComparingTo("64");
        assertLastEntry(HistoryEvent.EVALUATED, Optional.of(id), PartialDate.day(2022, 12, 31));
    }

    @Test
    void a_target_of_twenty_per_cent_more_girls_from_410_asks_for_492() {
        Goal girls = Goal.builder().metric("Piger 0-18 år i klubberne").baseline(new BigDecimal("410"))
                .target(GoalTarget.percentChange(new BigDecimal("20"))).unit(GoalUnit.COUNT).build();
        AgreementId id = story.execute(OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .addInitiatives(Initiative.builder().name("Flere piger i fodbold").addGoals(girls).build())
                .build()).agreement().getId();

        Goal read = story.agreement(id).getInitiatives().get(0).getGoals().get(0);

        assertThat(read.getTarget()).contains(GoalTarget.percentChange(new BigDecimal("20")));
        assertThat(read.targetLevel()).hasValueSatisfying(level -> assertThat(level).isEqualByComparingTo("492"));
    }

    @Test
    void signatories_name_the_club_and_the_partner_they_sign_for() {
        ClubId agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class).getId();
        PartnerId university = story.execute(PutPartner.of(Partner.builder().name("Aarhus Universitet")
                .kind(PartnerKind.UNIVERSITY).build())).created(Partner.class).getId();
        AgreementId id = story.open("Velfærdsalliance Aarhus");
        Signatory club = Signatory.builder().party(SignatoryParty.CLUB).role("Formand").club(agf).build();
        Signatory partner = Signatory.builder().party(SignatoryParty.PARTNER).role("Dekan").partner(university).build();

        story.apply(SignAgreement.builder().agreement(id).period(TERM_2021_2024).signingDate(LocalDate.of(2021, 1, 1))
                .addAllSignatories(Fixtures.mayorAndDbuChair()).addSignatories(club, partner).build());

        List<Signatory> signatories = story.agreement(id).getSignatories();
        assertThat(signatories).hasSize(4);
        assertThat(signatories.get(2).getClub()).contains(agf);
        assertThat(signatories.get(3).getPartner()).contains(university);
    }

    @Test
    void an_initiative_names_the_clubs_that_deliver_it() {
        ClubId agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class).getId();
        ClubId vsk = story.execute(PutClub.of(Club.builder().name("VSK Aarhus").build())).created(Club.class).getId();
        AgreementId id = story.open("Velfærdsalliance Aarhus");

        Initiative initiative = story.execute(PutInitiative.of(id, Initiative.builder().name("Fodbold Fitness")
                .addClubs(agf, vsk).build())).created(Initiative.class);

        assertThat(story.agreement(id).getInitiatives()).containsExactly(initiative);
        assertThat(initiative.getClubs()).containsExactlyInAnyOrder(agf, vsk);
        assertLastEntry(HistoryEvent.EDITED, Optional.of(id), PartialDate.day(story.lifecycle().today()));
    }

    @Test
    void a_payment_names_who_pays_and_who_receives_it() {
        Payment fee = Payment.builder().kind(PaymentKind.ANNUAL_FEE).amount(Money.dkk(86_500))
                .payer(Party.municipality()).payee(Party.localUnion()).description("Årligt bidrag").build();

        AgreementId id = story.execute(OpenAgreement.builder().title("Velfærdsalliance Aarhus").addPayments(fee).build())
                .agreement().getId();

        Payment read = story.agreement(id).getPayments().get(0);
        assertThat(read.getId().isAssigned()).isTrue();
        assertThat(read.getPayer()).contains(Party.municipality());
        assertThat(read.getPayee()).contains(Party.localUnion());
        assertThat(read.getAmount()).isEqualTo(Money.dkk(86_500));
    }

    @Test
    void a_payment_to_a_club_of_the_alliance_names_the_club() {
        ClubId agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class).getId();
        Payment oneOff = Payment.builder().kind(PaymentKind.ONE_OFF).amount(Money.dkk(25_000))
                .payer(Party.municipality()).payee(Party.club(agf)).build();

        AgreementId id = story.execute(OpenAgreement.builder().title("Velfærdsalliance Aarhus").addPayments(oneOff).build())
                .agreement().getId();

        assertThat(story.agreement(id).getPayments().get(0).getPayee()).contains(Party.club(agf));
    }
}
