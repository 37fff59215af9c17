package dk.welfarealliance.storage.tck;

import static dk.welfarealliance.storage.tck.PartialFactSamples.changeAgreement;
import static dk.welfarealliance.storage.tck.PartialFactSamples.day;
import static dk.welfarealliance.storage.tck.PartialFactSamples.january;
import static dk.welfarealliance.storage.tck.PartialFactSamples.note;
import static dk.welfarealliance.storage.tck.PartialFactSamples.signed;
import static dk.welfarealliance.storage.tck.PartialFactSamples.step;
import static dk.welfarealliance.storage.tck.PartialFactSamples.withTerm;
import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.ExtensionOption;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Money;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.UnrecordedTerm;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.DateRange;
import dk.welfarealliance.storage.tck.generators.TextGenerators;
import dk.welfarealliance.storage.tck.generators.TimeGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The partial facts a store must keep (docs/model.md): ends that are open or not recorded, dates known only to
 * the month or year, notes, links to clubs and partners, elite details, goal targets, unrecorded earlier terms,
 * extension options, signatories not recorded and dated steps. Each case writes every variant of one group of
 * fields, reads it back through every read path ({@code findById}, {@code findByNaturalKey}, {@code query}),
 * changes each field in an update and reads it back again. Part of the {@code Fidelity} group.
 */
abstract class PartialFactCases extends ContractCases {
    PartialFactCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void open_ended_and_unrecorded_ends_round_trip_and_are_queried_apart() {
        IdGenerator ids = IdGenerator.seeded(70);
        LocalDate start = january(2020);
        Alliance dated = withTerm(ids, "101", AgreementPeriod.of(start, LocalDate.of(2023, 12, 31)));
        dated = dated.withAgreements(dated.getAgreements().get(0), SampleAlliances.inDialogue(ids, "Planlagt uden slut")
                .withPeriod(AgreementPeriod.openEnded(january(2024))));
        Alliance unrecorded = withTerm(ids, "461", AgreementPeriod.endNotRecorded(start));
        Agreement terminatedOpen = Agreement.builder().from(signed(ids, "Løbende, opsagt", AgreementPeriod.openEnded(january(2018))))
                .state(AgreementState.TERMINATED).terminationDate(LocalDate.of(2019, 12, 31)).terminationReason("Afløst")
                .build();
        unrecorded = unrecorded.withAgreements(terminatedOpen, unrecorded.getAgreements().get(0));
        Alliance open = withTerm(ids, "751", AgreementPeriod.openEnded(start));

        Alliance storedDated = checkRoundTrip(dated);
        Alliance storedUnrecorded = checkRoundTrip(unrecorded);
        Alliance storedOpen = checkRoundTrip(open);

        LocalDate later = LocalDate.of(2030, 6, 1);
        assertThat(found(AgreementFilter.builder().inForceOn(later).build())).as("known in force on 2030-06-01: open-ended")
                .containsExactly(open.getId().toString());
        assertThat(found(AgreementFilter.builder().possiblyInForceOn(later).build()))
                .as("possibly in force on 2030-06-01: end not recorded").containsExactly(unrecorded.getId().toString());
        assertThat(found(AgreementFilter.builder().inForceOn(LocalDate.of(2019, 6, 1)).build()))
                .as("in force on 2019-06-01: the open-ended term terminated on 2019-12-31")
                .containsExactly(unrecorded.getId().toString());
        assertThat(found(AgreementFilter.builder().endsBetween(DateRange.of(TimeGenerators.MIN_DATE, TimeGenerators.MAX_DATE))
                .build())).as("ends between 1900 and 9999: only a term with an end date").containsExactly(dated.getId().toString());

        checkUpdateRoundTrip(changeAgreement(storedDated, 1, a -> a.withPeriod(AgreementPeriod.endNotRecorded(january(2024)))));
        checkUpdateRoundTrip(changeAgreement(storedUnrecorded, 1, a -> a.withPeriod(AgreementPeriod.openEnded(start))));
        checkUpdateRoundTrip(changeAgreement(storedOpen, 0, a -> a.withPeriod(AgreementPeriod.endNotRecorded(start))));

        assertThat(found(AgreementFilter.builder().inForceOn(later).build())).as("after the update: known in force")
                .containsExactly(unrecorded.getId().toString());
        assertThat(found(AgreementFilter.builder().possiblyInForceOn(later).build())).as("after the update: possibly in force")
                .containsExactly(open.getId().toString());
    }

    @Test
    void partial_dates_keep_their_precision() {
        IdGenerator ids = IdGenerator.seeded(71);
        // Every date starts on 2021-01-01, so a store that keeps only the first day loses the precision.
        Agreement byDay = signed(ids, "Dag", AgreementPeriod.of(january(2021), LocalDate.of(2021, 12, 31)))
                .withSigningDate(day(2021, 1, 1));
        Agreement byMonth = signed(ids, "Måned", AgreementPeriod.of(january(2022), LocalDate.of(2022, 12, 31)))
                .withSigningDate(PartialDate.month(2021, 1));
        Agreement byYear = signed(ids, "År", AgreementPeriod.endNotRecorded(january(2023))).withSigningDate(PartialDate.year(2021));
        Alliance alliance = SampleAlliances.minimal(ids, MunicipalityCode.of("751")).withAgreements(byDay, byMonth, byYear)
                .withNotes(note(ids, NoteKind.NOTE, PartialDate.year(1900), "1900"),
                        note(ids, NoteKind.MEETING, PartialDate.month(9999, 12), "9999-12"),
                        note(ids, NoteKind.PRESS_RELEASE, day(9999, 12, 31), "9999-12-31"),
                        note(ids, NoteKind.COUNCIL_DECISION, PartialDate.year(9999), "9999"));
        alliance = step(alliance, HistoryEvent.SIGNED, Optional.of(byDay.getId()), Optional.of(day(2021, 1, 1)));
        alliance = step(alliance, HistoryEvent.SIGNED, Optional.of(byMonth.getId()), Optional.of(PartialDate.month(2021, 1)));
        alliance = step(alliance, HistoryEvent.SIGNED, Optional.of(byYear.getId()), Optional.of(PartialDate.year(2021)));

        Alliance stored = checkRoundTrip(alliance);

        Alliance changed = changeAgreement(stored, 0, a -> a.withSigningDate(PartialDate.year(2021)));
        changed = changeAgreement(changed, 1, a -> a.withSigningDate(day(2021, 1, 1)));
        changed = changeAgreement(changed, 2, a -> a.withSigningDate(PartialDate.month(2021, 1)));
        List<Note> notes = new ArrayList<>();
        List<PartialDate> moved = List.of(day(1900, 1, 1), PartialDate.year(9999), PartialDate.month(9999, 12), day(9999, 1, 1));
        for (int i = 0; i < moved.size(); i++) {
            notes.add(changed.getNotes().get(i).withDate(moved.get(i)));
        }
        changed = step(changed.withNotes(notes), HistoryEvent.EVALUATED, Optional.of(byYear.getId()),
                Optional.of(PartialDate.month(2024, 2)));
        checkUpdateRoundTrip(changed);
    }

    @Test
    void notes_on_the_alliance_and_its_agreements_round_trip_in_order() {
        IdGenerator ids = IdGenerator.seeded(72);
        List<Note> allianceNotes = new ArrayList<>();
        for (int i = 0; i < NoteKind.values().length; i++) {
            allianceNotes.add(note(ids, NoteKind.values()[i], day(2023, 11, 29 - i), TextGenerators.TRICKY_NAMES.get(i)));
        }
        allianceNotes.add(note(ids, NoteKind.NOTE, PartialDate.month(2023, 11), TextGenerators.maxLengthLongText(TextGenerators.G_CLEF)));
        Agreement signedOne = signed(ids, "Aftale med noter", AgreementPeriod.of(january(2024), LocalDate.of(2027, 12, 31)))
                .withNotes(note(ids, NoteKind.COUNCIL_DECISION, day(2023, 10, 2), "Byrådet godkendte aftalen\nenstemmigt"),
                        note(ids, NoteKind.PRESS_RELEASE, PartialDate.month(2023, 11), "Pressemeddelelse"),
                        note(ids, NoteKind.MEETING, PartialDate.year(2024), "Dialogmøde med klubberne"));
        Agreement draft = SampleAlliances.inDialogue(ids, "Fornyelse med noter")
                .withNotes(note(ids, NoteKind.MEETING, day(2027, 3, 1), "Første møde"),
                        note(ids, NoteKind.NOTE, day(2027, 3, 2), "Andet møde"));
        Alliance alliance = ChildOrder.descendingIds(SampleAlliances.minimal(ids, MunicipalityCode.of("751"))
                .withAgreements(signedOne, draft).withNotes(allianceNotes));

        Alliance stored = checkRoundTrip(alliance);

        Alliance changed = ChildOrder.rotated(stored);
        List<Note> fewer = new ArrayList<>(changed.getNotes().subList(1, changed.getNotes().size()));
        fewer.set(0, fewer.get(0).withText("Ændret tekst"));
        changed = changed.withNotes(fewer);
        changed = changeAgreement(changed, 0, a -> a.withNotes(SampleAlliances.concat(a.getNotes(),
                note(ids, NoteKind.NOTE, day(2028, 1, 1), "Tilføjet"))));
        checkUpdateRoundTrip(changed);
    }

    @Test
    void party_links_of_signatories_initiatives_and_payments_round_trip() {
        IdGenerator ids = IdGenerator.seeded(73);
        List<Club> clubs = FidelitySamples.list(3, i -> Club.builder().id(ids.newClubId()).name("Klub " + i).build());
        List<Partner> partners = FidelitySamples.list(2, i -> Partner.builder().id(ids.newPartnerId()).name("Partner " + i)
                .kind(PartnerKind.values()[i]).build());
        Agreement agreement = Agreement.builder().from(signed(ids, "Parter", AgreementPeriod.of(january(2024), LocalDate.of(2027, 12, 31))))
                .addSignatories(Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.CLUB).role("Formand")
                        .club(clubs.get(1).getId()).build())
                .addSignatories(Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.PARTNER).role("Direktør")
                        .partner(partners.get(0).getId()).build())
                .addSignatories(Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.CLUB).role("Kasserer").build())
                .addInitiatives(Initiative.builder().id(ids.newInitiativeId()).name("Med klubber")
                        .addClubs(clubs.get(2).getId(), clubs.get(0).getId()).addPartners(partners.get(1).getId()).build())
                .addInitiatives(Initiative.builder().id(ids.newInitiativeId()).name("Uden klubber").build())
                .addPayments(payment(ids, Optional.of(Party.municipality()), Optional.of(Party.club(clubs.get(2).getId()))))
                .addPayments(payment(ids, Optional.of(Party.partner(partners.get(1).getId())), Optional.of(Party.localUnion())))
                .addPayments(payment(ids, Optional.of(Party.federation()), Optional.empty()))
                .addPayments(payment(ids, Optional.empty(), Optional.of(Party.builder().kind(SignatoryParty.CLUB).build())))
                .addPayments(payment(ids, Optional.empty(), Optional.empty()))
                .build();
        Alliance alliance = SampleAlliances.minimal(ids, MunicipalityCode.of("751")).withClubs(clubs).withPartners(partners)
                .withAgreements(agreement);

        Alliance stored = checkRoundTrip(alliance);

        Alliance changed = changeAgreement(stored, 0, a -> {
            List<Signatory> signatories = new ArrayList<>(a.getSignatories());
            signatories.set(2, signatories.get(2).withClub(clubs.get(2).getId()));
            signatories.set(3, signatories.get(3).withPartner(partners.get(1).getId()));
            signatories.set(4, signatories.get(4).withClub(clubs.get(0).getId()));
            List<Initiative> initiatives = List.of(a.getInitiatives().get(0).withClubs(List.of(clubs.get(1).getId()))
                    .withPartners(List.of()), a.getInitiatives().get(1).withPartners(List.of(partners.get(0).getId())));
            List<Payment> payments = new ArrayList<>(a.getPayments());
            payments.set(0, payments.get(0).withPayee(Party.partner(partners.get(0).getId())));
            payments.set(1, payments.get(1).withPayer(Optional.empty()));
            payments.set(2, payments.get(2).withPayee(Party.club(clubs.get(0).getId())));
            payments.set(4, payments.get(4).withPayer(Party.municipality()));
            return a.withSignatories(signatories).withInitiatives(initiatives).withPayments(payments);
        });
        checkUpdateRoundTrip(changed);
    }

    @Test
    void elite_events_keep_their_days_venue_commitment_and_shared_reference() {
        IdGenerator ids = IdGenerator.seeded(74);
        EliteCommitment internationals = EliteCommitment.builder().id(ids.newEliteCommitmentId())
                .kind(EliteEventKind.YOUTH_INTERNATIONAL).minimumCount(3).build();
        EliteCommitment homeBase = EliteCommitment.builder().id(ids.newEliteCommitmentId()).kind(EliteEventKind.HOME_BASE).build();
        LocalDate max = TimeGenerators.MAX_DATE;
        Agreement agreement = Agreement.builder().from(signed(ids, "Elite", AgreementPeriod.of(january(2024), max)))
                .addEliteCommitments(internationals, homeBase)
                .addEliteEvents(event(ids, EliteEventKind.TRAINING_CAMP, LocalDate.of(2024, 5, 1)).withEndDate(LocalDate.of(2024, 5, 4))
                        .withVenue("Blue Water Arena").withCommitment(homeBase.getId()).withSharedReference("DBU-2024-U21-07"))
                .addEliteEvents(event(ids, EliteEventKind.YOUTH_INTERNATIONAL, LocalDate.of(2024, 6, 1))
                        .withCommitment(internationals.getId()))
                .addEliteEvents(event(ids, EliteEventKind.TOURNAMENT, LocalDate.of(2024, 7, 1)).withEndDate(LocalDate.of(2024, 7, 1))
                        .withVenue(TextGenerators.TRICKY_NAMES.get(0)).withSharedReference(TextGenerators.maxLengthName(TextGenerators.G_CLEF)))
                .addEliteEvents(event(ids, EliteEventKind.OTHER, max).withEndDate(max).withVenue("x".repeat(TextGenerators.NAME_MAX)))
                .build();
        Alliance stored = checkRoundTrip(SampleAlliances.minimal(ids, MunicipalityCode.of("561")).withAgreements(agreement));

        Alliance changed = changeAgreement(stored, 0, a -> {
            List<EliteEvent> events = new ArrayList<>(a.getEliteEvents());
            events.set(0, events.get(0).withEndDate(LocalDate.of(2024, 5, 5)).withVenue("Jysk Park")
                    .withCommitment(internationals.getId()).withSharedReference(Optional.empty()));
            events.set(1, events.get(1).withEndDate(LocalDate.of(2024, 6, 2)).withVenue("Esbjerg Stadion")
                    .withCommitment(homeBase.getId()).withSharedReference("DBU-2024-U19-01"));
            events.set(2, events.get(2).withEndDate(Optional.empty()).withVenue(Optional.empty()).withCommitment(homeBase.getId()));
            events.set(3, events.get(3).withDate(max.minusDays(2)).withCommitment(internationals.getId()));
            return a.withEliteEvents(events);
        });
        checkUpdateRoundTrip(changed);
    }

    @Test
    void commitments_without_minimum_and_with_deadline_round_trip() {
        IdGenerator ids = IdGenerator.seeded(75);
        Agreement agreement = Agreement.builder().from(signed(ids, "Tilsagn", AgreementPeriod.of(january(2022), LocalDate.of(2026, 12, 31))))
                .addEliteCommitments(EliteCommitment.builder().id(ids.newEliteCommitmentId())
                        .kind(EliteEventKind.YOUTH_INTERNATIONAL).description("U-landskampe afholdes her").build())
                .addEliteCommitments(EliteCommitment.builder().id(ids.newEliteCommitmentId()).kind(EliteEventKind.HOME_BASE)
                        .ageGroup(AgeGroup.U21).deadline(LocalDate.of(2024, 12, 31)).build())
                .addEliteCommitments(EliteCommitment.builder().id(ids.newEliteCommitmentId()).kind(EliteEventKind.TRAINING_CAMP)
                        .minimumCount(2).deadline(TimeGenerators.MAX_DATE).build())
                .addEliteCommitments(EliteCommitment.builder().id(ids.newEliteCommitmentId())
                        .kind(EliteEventKind.OLDBOYS_INTERNATIONAL).minimumCount(1).deadline(TimeGenerators.MIN_DATE).build())
                .build();
        Alliance stored = checkRoundTrip(SampleAlliances.minimal(ids, MunicipalityCode.of("630")).withAgreements(agreement));

        Alliance changed = changeAgreement(stored, 0, a -> {
            List<EliteCommitment> commitments = new ArrayList<>(a.getEliteCommitments());
            commitments.set(0, commitments.get(0).withMinimumCount(4).withDeadline(LocalDate.of(2025, 6, 30)));
            commitments.set(1, commitments.get(1).withDeadline(Optional.empty()).withMinimumCount(1));
            commitments.set(2, commitments.get(2).withMinimumCount(OptionalInt.empty()).withKind(EliteEventKind.HOME_BASE));
            commitments.set(3, commitments.get(3).withDeadline(LocalDate.of(1900, 1, 2)));
            return a.withEliteCommitments(commitments);
        });
        checkUpdateRoundTrip(changed);
    }

    @Test
    void goal_targets_of_every_kind_round_trip() {
        IdGenerator ids = IdGenerator.seeded(76);
        BigDecimal baseline = new BigDecimal("410");
        List<Goal> goals = List.of(
                goal(ids, "Uden mål", Optional.of(baseline), Optional.empty()),
                goal(ids, "Uden mål og baseline", Optional.empty(), Optional.empty()),
                goal(ids, "Niveau", Optional.of(baseline), Optional.of(GoalTarget.level(new BigDecimal("50")))),
                goal(ids, "Ændring", Optional.of(baseline), Optional.of(GoalTarget.change(new BigDecimal("100")))),
                goal(ids, "Procent", Optional.of(baseline), Optional.of(GoalTarget.percentChange(new BigDecimal("20")))),
                goal(ids, "Fald", Optional.of(baseline), Optional.of(GoalTarget.change(new BigDecimal("-12.5")))),
                goal(ids, "Lille procent", Optional.of(baseline), Optional.of(GoalTarget.percentChange(new BigDecimal("0.000001")))),
                goal(ids, "Stort niveau", Optional.empty(), Optional.of(GoalTarget.level(new BigDecimal("999999999999.999999")))));
        Agreement agreement = signed(ids, "Mål", AgreementPeriod.of(january(2024), LocalDate.of(2026, 12, 31)))
                .withInitiatives(Initiative.builder().id(ids.newInitiativeId()).name("Mål af hver slags").goals(goals).build());
        Alliance stored = checkRoundTrip(SampleAlliances.minimal(ids, MunicipalityCode.of("751")).withAgreements(agreement));

        Alliance changed = changeAgreement(stored, 0, a -> {
            List<Goal> next = new ArrayList<>(a.getInitiatives().get(0).getGoals());
            next.set(0, next.get(0).withTarget(GoalTarget.change(new BigDecimal("50"))));
            next.set(1, next.get(1).withTarget(GoalTarget.level(new BigDecimal("7"))));
            next.set(2, next.get(2).withTarget(GoalTarget.percentChange(new BigDecimal("50"))));
            next.set(3, next.get(3).withTarget(GoalTarget.level(new BigDecimal("100"))));
            next.set(4, next.get(4).withTarget(Optional.empty()));
            next.set(5, next.get(5).withTarget(GoalTarget.percentChange(new BigDecimal("-12.5"))));
            return a.withInitiatives(a.getInitiatives().get(0).withGoals(next));
        });
        checkUpdateRoundTrip(changed);
    }

    @Test
    void renewals_of_unrecorded_terms_and_extension_options_round_trip() {
        IdGenerator ids = IdGenerator.seeded(77);
        Agreement first = signed(ids, "Anden aftale", AgreementPeriod.of(january(2020), LocalDate.of(2023, 12, 31)))
                .withRenewsUnrecorded(UnrecordedTerm.builder().period(AgreementPeriod.of(january(2016), LocalDate.of(2019, 12, 31)))
                        .note("Første aftale 2016–2019, før registret").build())
                .withExtensionOption(ExtensionOption.builder().until(LocalDate.of(2025, 12, 31)).years(2)
                        .text("Kan forlænges med op til 2 år, dog højst til og med 2025").build());
        Agreement second = signed(ids, "Tredje aftale", AgreementPeriod.of(january(2024), LocalDate.of(2027, 12, 31)))
                .withRenews(first.getId()).withExtensionOption(ExtensionOption.byYears(1));
        Agreement abandoned = Agreement.builder().id(ids.newAgreementId()).title("Opgivet").state(AgreementState.ABANDONED)
                .abandonReason("Ingen klubber").renewsUnrecorded(UnrecordedTerm.unknown())
                .extensionOption(ExtensionOption.until(TimeGenerators.MAX_DATE)).build();
        Agreement draft = SampleAlliances.inDialogue(ids, "Fjerde aftale")
                .withRenewsUnrecorded(UnrecordedTerm.builder().period(AgreementPeriod.openEnded(january(2010))).build())
                .withExtensionOption(ExtensionOption.builder().text("Forlængelse aftales ved evalueringen").build());
        Alliance alliance = SampleAlliances.minimal(ids, MunicipalityCode.of("751")).withAgreements(first, second, abandoned, draft);
        Alliance stored = checkRoundTrip(alliance);

        Alliance changed = changeAgreement(stored, 0, a -> a.withRenewsUnrecorded(UnrecordedTerm.unknown())
                .withExtensionOption(ExtensionOption.until(LocalDate.of(2026, 12, 31))));
        changed = changeAgreement(changed, 1, a -> a.withExtensionOption(Optional.empty()));
        changed = changeAgreement(changed, 2, a -> a.withRenewsUnrecorded(UnrecordedTerm.builder()
                .period(AgreementPeriod.endNotRecorded(january(2012))).note("Fundet i byrådsreferat").build()));
        changed = changeAgreement(changed, 3, a -> a.withRenewsUnrecorded(Optional.empty()).withRenews(first.getId())
                .withExtensionOption(ExtensionOption.builder().years(3).text("Op til 3 år").build()));
        checkUpdateRoundTrip(changed);
    }

    @Test
    void signed_agreements_whose_signatories_are_not_recorded_round_trip() {
        IdGenerator ids = IdGenerator.seeded(78);
        Agreement terminated = Agreement.builder().from(signed(ids, "Opsagt", AgreementPeriod.of(january(2016), LocalDate.of(2019, 12, 31))))
                .state(AgreementState.TERMINATED).terminationDate(LocalDate.of(2018, 6, 30)).terminationReason("Ophørt")
                .signatories(List.of()).signatoriesNotRecorded(true).build();
        Agreement unknownSigners = Agreement.builder().from(signed(ids, "Underskrivere ukendte",
                AgreementPeriod.endNotRecorded(january(2020)))).signatories(List.of()).signatoriesNotRecorded(true).build();
        Agreement knownSigners = signed(ids, "Underskrivere kendt", AgreementPeriod.of(january(2024), LocalDate.of(2027, 12, 31)));
        Alliance stored = checkRoundTrip(SampleAlliances.minimal(ids, MunicipalityCode.of("751"))
                .withAgreements(terminated, unknownSigners, knownSigners));

        Signatory mayor = Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.MUNICIPALITY).role("Borgmester").build();
        Alliance changed = changeAgreement(stored, 1, a -> Agreement.builder().from(a).signatoriesNotRecorded(false)
                .signatories(List.of(mayor)).build());
        changed = changeAgreement(changed, 2, a -> Agreement.builder().from(a).signatories(List.of())
                .signatoriesNotRecorded(true).build());
        checkUpdateRoundTrip(changed);
    }

    @Test
    void step_dates_in_history_round_trip() {
        IdGenerator ids = IdGenerator.seeded(79);
        Agreement agreement = signed(ids, "Daterede skridt", AgreementPeriod.of(january(2024), LocalDate.of(2027, 12, 31)));
        Alliance alliance = SampleAlliances.minimal(ids, MunicipalityCode.of("751")).withAgreements(agreement);
        Optional<AgreementId> id = Optional.of(agreement.getId());
        alliance = step(alliance, HistoryEvent.OPENED, id, Optional.of(day(2023, 9, 24)));
        alliance = step(alliance, HistoryEvent.APPROVED, id, Optional.of(PartialDate.month(2023, 10)));
        alliance = step(alliance, HistoryEvent.SIGNED, id, Optional.of(PartialDate.year(2023)));
        alliance = step(alliance, HistoryEvent.ALLIANCE_EDITED, Optional.empty(), Optional.empty());
        alliance = step(alliance, HistoryEvent.ALLIANCE_EDITED, Optional.empty(), Optional.of(PartialDate.day(TimeGenerators.MIN_DATE)));
        alliance = step(alliance, HistoryEvent.ALLIANCE_EDITED, Optional.empty(), Optional.of(PartialDate.day(TimeGenerators.MAX_DATE)));
        Alliance stored = checkRoundTrip(alliance);
        assertThat(stored.stateOn(agreement.getId(), LocalDate.of(2023, 9, 30))).as("the state the dated steps give")
                .contains(AgreementState.IN_DIALOGUE);

        // History is append-only: an update changes the steps' dates only by adding steps.
        Alliance changed = step(stored, HistoryEvent.EVALUATED, id, Optional.of(PartialDate.month(2025, 6)));
        changed = step(changed, HistoryEvent.ALLIANCE_EDITED, Optional.empty(), Optional.empty());
        changed = step(changed, HistoryEvent.TERMINATED, id, Optional.of(day(2026, 12, 31)));
        checkUpdateRoundTrip(changed.withAgreements(Agreement.builder().from(changed.getAgreements().get(0))
                .state(AgreementState.TERMINATED).terminationDate(LocalDate.of(2026, 12, 31)).terminationReason("Opsagt").build()));
    }

    private static Payment payment(IdGenerator ids, Optional<Party> payer, Optional<Party> payee) {
        return Payment.builder().id(ids.newPaymentId()).kind(PaymentKind.ANNUAL_FEE).amount(Money.dkk("86500")).payer(payer)
                .payee(payee).build();
    }

    private static EliteEvent event(IdGenerator ids, EliteEventKind kind, LocalDate date) {
        return EliteEvent.builder().id(ids.newEliteEventId()).kind(kind).date(date).title("Begivenhed " + date).build();
    }

    private static Goal goal(IdGenerator ids, String metric, Optional<BigDecimal> baseline, Optional<GoalTarget> target) {
        return Goal.builder().id(ids.newGoalId()).metric(metric).baseline(baseline).target(target).unit(GoalUnit.COUNT).build();
    }
}
