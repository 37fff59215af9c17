package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteCommitmentId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
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
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The small commands on one child (elite events, measurements, notes, initiatives) and on one club, partner or
 * contact: each changes one list at the named item, refuses unknown ids and references, and refuses to remove
 * what is still in use.
 */
class ChildCommandsRulesTest {
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");
    private static final IdGenerator STRANGERS = IdGenerator.seeded(4711);

    private final AllianceStory story = AllianceStory.inAarhus();

    private EliteEvent event(LocalDate day) {
        return Fixtures.youthInternational(AgeGroup.U17, day);
    }

    private void refused(Command command, String type, String path, String rule) {
        Alliance before = story.alliance();
        Rejected.with(() -> story.apply(command), type, path, rule);
        assertThat(story.alliance()).isEqualTo(before);
    }

    @Test
    void an_elite_event_naming_a_commitment_the_agreement_lacks_is_refused() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        EliteCommitmentId stranger = STRANGERS.newEliteCommitmentId();

        refused(RecordEliteEvent.of(id, event(LocalDate.of(2022, 5, 3)).withCommitment(stranger)),
                "RecordEliteEvent", "event.commitment", "lifecycle.child.unknown");
    }

    @Test
    void an_elite_event_naming_a_commitment_of_the_agreement_is_recorded_on_its_own_day() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        story.apply(AmendAgreement.of(story.agreement(id).withEliteCommitments(
                EliteCommitment.atLeast(1, EliteEventKind.YOUTH_INTERNATIONAL))));
        EliteCommitmentId commitment = story.agreement(id).getEliteCommitments().get(0).getId();

        EliteEvent recorded = story.execute(RecordEliteEvent.of(id, event(LocalDate.of(2022, 5, 3))
                .withCommitment(commitment))).created(EliteEvent.class);

        assertThat(recorded.getCommitment()).contains(commitment);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.ELITE_EVENT_RECORDED);
        assertThat(story.lastEntry().getOn()).contains(PartialDate.day(2022, 5, 3));
    }

    @Test
    void an_elite_event_before_the_term_is_refused_but_one_on_its_first_and_last_day_is_recorded() {
        AgreementId id = story.signedTerm("Velfærdsalliance", AgreementPeriod.of(LocalDate.of(2021, 3, 1),
                LocalDate.of(2024, 12, 31)));

        refused(RecordEliteEvent.of(id, event(LocalDate.of(2021, 2, 28))), "RecordEliteEvent", "event",
                "lifecycle.elite-event.outside-period");
        refused(RecordEliteEvent.of(id, event(LocalDate.of(2025, 1, 1))), "RecordEliteEvent", "event",
                "lifecycle.elite-event.outside-period");
        story.apply(RecordEliteEvent.of(id, event(LocalDate.of(2021, 3, 1))));
        story.apply(RecordEliteEvent.of(id, event(LocalDate.of(2024, 12, 31))));

        assertThat(story.agreement(id).getEliteEvents()).hasSize(2);
    }

    @Test
    void an_elite_event_on_the_signing_day_before_the_term_is_recorded() {
        AgreementId id = story.open("Velfærdsalliance");
        story.apply(story.signing(id, Fixtures.TERM_2021_2024).signingDate(LocalDate.of(2020, 11, 20)).build());

        story.apply(RecordEliteEvent.of(id, event(LocalDate.of(2020, 11, 20))));

        assertThat(story.agreement(id).getEliteEvents()).singleElement()
                .satisfies(e -> assertThat(e.getDate()).isEqualTo(LocalDate.of(2020, 11, 20)));
    }

    @Test
    void an_elite_event_after_an_open_ended_start_is_recorded_whenever_it_is() {
        AgreementId id = story.signedTerm("Løbende", AgreementPeriod.openEnded(LocalDate.of(2021, 1, 1)));

        story.apply(RecordEliteEvent.of(id, event(LocalDate.of(2090, 1, 1))));

        assertThat(story.agreement(id).getEliteEvents()).hasSize(1);
    }

    @Test
    void removing_an_elite_event_removes_that_one_only() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        EliteEvent first = story.execute(RecordEliteEvent.of(id, event(LocalDate.of(2022, 5, 3)))).created(EliteEvent.class);
        EliteEvent second = story.execute(RecordEliteEvent.of(id, event(LocalDate.of(2023, 5, 3)))).created(EliteEvent.class);

        story.apply(RemoveEliteEvent.of(id, second.getId()));

        assertThat(story.agreement(id).getEliteEvents()).containsExactly(first);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.AMENDED);
        refused(RemoveEliteEvent.of(id, second.getId()), "RemoveEliteEvent", "event", "lifecycle.child.unknown");
    }

    @Test
    void removing_a_measurement_removes_that_one_only() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        story.apply(AmendAgreement.of(story.agreement(id).withInitiatives(
                Fixtures.initiativeWithGoal(story.ids(), Optional.empty()))));
        Goal goal = story.agreement(id).getInitiatives().get(0).getGoals().get(0);
        Measurement first = story.execute(RecordMeasurement.of(id,
                Fixtures.measurement(story.ids(), goal, LocalDate.of(2022, 1, 1)))).created(Measurement.class);
        Measurement second = story.execute(RecordMeasurement.of(id,
                Fixtures.measurement(story.ids(), goal, LocalDate.of(2023, 1, 1)))).created(Measurement.class);

        story.apply(RemoveMeasurement.of(id, first.getId()));

        assertThat(story.agreement(id).getMeasurements()).containsExactly(second);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.EVALUATED);
        refused(RemoveMeasurement.of(id, first.getId()), "RemoveMeasurement", "measurement", "lifecycle.child.unknown");
    }

    @Test
    void a_measured_initiative_cannot_be_removed_but_an_unmeasured_one_can() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        story.apply(AmendAgreement.of(story.agreement(id).withInitiatives(
                Fixtures.initiativeWithGoal(story.ids(), Optional.empty()),
                Fixtures.initiativeWithGoal(story.ids(), Optional.empty()))));
        Initiative measured = story.agreement(id).getInitiatives().get(1);
        Initiative unmeasured = story.agreement(id).getInitiatives().get(0);
        story.apply(RecordMeasurement.of(id, Fixtures.measurement(story.ids(), measured.getGoals().get(0),
                LocalDate.of(2022, 1, 1))));

        var v = Rejected.with(() -> story.apply(RemoveInitiative.of(id, measured.getId())), "RemoveInitiative",
                "initiative", "lifecycle.initiative.measured");
        story.apply(RemoveInitiative.of(id, unmeasured.getId()));

        assertThat(v.getAttributes()).containsEntry("id", measured.getId());
        assertThat(story.agreement(id).getInitiatives()).containsExactly(measured);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.AMENDED);
        refused(RemoveInitiative.of(id, unmeasured.getId()), "RemoveInitiative", "initiative",
                "lifecycle.child.unknown");
    }

    @Test
    void putting_an_initiative_with_its_id_replaces_it_in_place_and_a_draft_is_edited() {
        AgreementId id = story.open("Udkast");
        Initiative first = story.execute(PutInitiative.of(id, Initiative.builder().name("Første").build()))
                .created(Initiative.class);
        Initiative second = story.execute(PutInitiative.of(id, Initiative.builder().name("Anden").build()))
                .created(Initiative.class);

        story.apply(PutInitiative.of(id, first.withName("Første, ændret")));

        assertThat(story.agreement(id).getInitiatives()).extracting(Initiative::getName)
                .containsExactly("Første, ændret", "Anden");
        assertThat(story.agreement(id).getInitiatives().get(1)).isEqualTo(second);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.EDITED);
    }

    @Test
    void putting_an_initiative_on_a_signed_agreement_is_an_amendment() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);

        story.apply(PutInitiative.of(id, Initiative.builder().name("Ny").build()));

        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.AMENDED);
    }

    @Test
    void an_initiative_under_a_focus_area_the_agreement_lacks_is_refused() {
        AgreementId id = story.open("Udkast");

        refused(PutInitiative.of(id, Initiative.builder().name("Ny").focusArea(HEALTH).build()), "PutInitiative",
                "initiative.focusArea", "agreement.initiative.focus-area");
    }

    @Test
    void an_initiative_naming_an_unknown_club_or_partner_is_refused() {
        AgreementId id = story.open("Udkast");
        Club agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class);
        Partner au = story.execute(PutPartner.of(Partner.builder().name("AU").kind(PartnerKind.UNIVERSITY).build()))
                .created(Partner.class);

        refused(PutInitiative.of(id, Initiative.builder().name("Ny").addClubs(agf.getId(), STRANGERS.newClubId())
                .build()), "PutInitiative", "initiative.clubs", "lifecycle.child.unknown");
        refused(PutInitiative.of(id, Initiative.builder().name("Ny").addPartners(au.getId(), STRANGERS.newPartnerId())
                .build()), "PutInitiative", "initiative.partners", "lifecycle.child.unknown");
        story.apply(PutInitiative.of(id, Initiative.builder().name("Ny").addClubs(agf.getId()).addPartners(au.getId())
                .build()));
        assertThat(story.agreement(id).getInitiatives()).hasSize(1);
    }

    @Test
    void notes_are_recorded_on_the_alliance_or_an_agreement_and_removed_from_where_they_are() {
        AgreementId first = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        AgreementId second = story.open("Anden");
        Note onAlliance = story.execute(RecordNote.onAlliance(Note.of(NoteKind.MEETING, PartialDate.day(2024, 1, 5),
                "Møde"))).created(Note.class);
        assertThat(story.lastEntry().getOn()).contains(PartialDate.day(2024, 1, 5));
        story.apply(RecordNote.on(first, Note.of(NoteKind.MEETING, PartialDate.day(2024, 1, 6), "Første")));
        Note onSecond = story.execute(RecordNote.on(second, Note.of(NoteKind.PRESS_RELEASE,
                PartialDate.day(2024, 1, 7), "Anden"))).created(Note.class);
        assertThat(story.lastEntry().getAgreement()).contains(second);

        story.apply(RemoveNote.of(onSecond.getId()));
        assertThat(story.agreement(second).getNotes()).isEmpty();
        assertThat(story.agreement(first).getNotes()).hasSize(1);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.NOTE_REMOVED);
        story.apply(RemoveNote.of(onAlliance.getId()));
        assertThat(story.alliance().getNotes()).isEmpty();
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.NOTE_REMOVED);
        assertThat(story.lastEntry().getAgreement()).isEmpty();

        refused(RemoveNote.of(onAlliance.getId()), "RemoveNote", "note", "lifecycle.child.unknown");
        refused(RecordNote.on(STRANGERS.newAgreementId(), Note.of(NoteKind.MEETING, PartialDate.day(2024, 1, 5), "x")),
                "RecordNote", "agreement", "lifecycle.agreement.unknown");
    }

    @Test
    void a_club_is_put_in_place_by_its_id_and_removed_only_when_unused() {
        Club agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class);
        Club fremad = story.execute(PutClub.of(Club.builder().name("Aarhus Fremad").build())).created(Club.class);

        story.apply(PutClub.of(agf.withName("AGF Fodbold")));
        assertThat(story.alliance().getClubs()).extracting(Club::getName).containsExactly("AGF Fodbold", "Aarhus Fremad");

        AgreementId id = story.open("Udkast");
        story.apply(PutInitiative.of(id, Initiative.builder().name("Ny").addClubs(fremad.getId()).build()));
        var v = Rejected.with(() -> story.apply(RemoveClub.of(fremad.getId())), "RemoveClub", "club",
                "lifecycle.party.in-use");
        assertThat(v.getAttributes()).containsEntry("id", fremad.getId().value());

        story.apply(RemoveClub.of(agf.getId()));
        assertThat(story.alliance().getClubs()).extracting(Club::getId).containsExactly(fremad.getId());
        refused(RemoveClub.of(agf.getId()), "RemoveClub", "club", "lifecycle.child.unknown");
    }

    @Test
    void a_club_or_partner_a_signatory_or_a_payment_names_is_in_use() {
        Club agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class);
        Club payee = story.execute(PutClub.of(Club.builder().name("Modtager").build())).created(Club.class);
        Partner au = story.execute(PutPartner.of(Partner.builder().name("AU").kind(PartnerKind.UNIVERSITY).build()))
                .created(Partner.class);
        Partner payer = story.execute(PutPartner.of(Partner.builder().name("Fonden").kind(PartnerKind.FOUNDATION)
                .build())).created(Partner.class);
        Partner free = story.execute(PutPartner.of(Partner.builder().name("Fri").kind(PartnerKind.SCHOOL).build()))
                .created(Partner.class);
        AgreementId id = story.open("Udkast");
        story.apply(EditAgreement.of(story.agreement(id).withPayments(Payment.builder().kind(PaymentKind.ANNUAL_FEE)
                .amount(Money.dkk("1000")).payer(Party.partner(payer.getId())).payee(Party.club(payee.getId())).build())));
        story.apply(story.signing(id, Fixtures.TERM_2021_2024).addSignatories(
                Signatory.builder().party(SignatoryParty.CLUB).role("Formand").club(agf.getId()).build(),
                Signatory.builder().party(SignatoryParty.PARTNER).role("Rektor").partner(au.getId()).build()).build());

        refused(RemoveClub.of(agf.getId()), "RemoveClub", "club", "lifecycle.party.in-use");
        refused(RemoveClub.of(payee.getId()), "RemoveClub", "club", "lifecycle.party.in-use");
        refused(RemovePartner.of(au.getId()), "RemovePartner", "partner", "lifecycle.party.in-use");
        refused(RemovePartner.of(payer.getId()), "RemovePartner", "partner", "lifecycle.party.in-use");
        story.apply(RemovePartner.of(free.getId()));
        assertThat(story.alliance().getPartners()).extracting(Partner::getId).containsExactly(au.getId(), payer.getId());
        refused(RemovePartner.of(free.getId()), "RemovePartner", "partner", "lifecycle.child.unknown");
    }

    @Test
    void a_partner_is_put_in_place_by_its_id() {
        Partner au = story.execute(PutPartner.of(Partner.builder().name("AU").kind(PartnerKind.UNIVERSITY).build()))
                .created(Partner.class);
        story.apply(PutPartner.of(Partner.builder().name("VIA").kind(PartnerKind.UNIVERSITY).build()));

        story.apply(PutPartner.of(au.withName("Aarhus Universitet")));

        assertThat(story.alliance().getPartners()).extracting(Partner::getName)
                .containsExactly("Aarhus Universitet", "VIA");
    }

    @Test
    void putting_a_club_unchanged_appends_no_history() {
        Club agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class);
        Alliance before = story.alliance();

        story.apply(PutClub.of(agf));

        assertThat(story.alliance()).isEqualTo(before);
    }

    @Test
    void a_contact_a_signatory_names_cannot_be_removed_and_an_erased_one_cannot_be_changed() {
        ContactPerson mayor = story.execute(PutContact.of(Fixtures.contact(story.ids(), "Borgmester", "b@aarhus.dk",
                "+45 11 22 33 44"))).created(ContactPerson.class);
        ContactPerson other = story.execute(PutContact.of(Fixtures.contact(story.ids(), "Konsulent", "k@aarhus.dk",
                "+45 11 22 33 45"))).created(ContactPerson.class);
        AgreementId id = story.open("Udkast");
        story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024)
                .addSignatories(Fixtures.mayor(story.ids(), mayor.getId()), Fixtures.dbuChair(story.ids())).build());

        refused(RemoveContact.of(mayor.getId()), "RemoveContact", "contact", "lifecycle.contact.in-use");
        refused(EditAlliance.builder().addContacts(other).build(), "EditAlliance", "contacts", "lifecycle.contact.in-use");

        story.apply(EraseContact.builder().contact(mayor.getId()).reason("Anmodning om sletning").build());
        assertThat(story.alliance().contact(mayor.getId())).contains(ContactPerson.tombstone(mayor.getId()));
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.CONTACT_ERASED);
        assertThat(story.lastEntry().getContact()).contains(mayor.getId());
        assertThat(story.lastEntry().getReason()).contains("Anmodning om sletning");
        assertThat(story.alliance().contact(other.getId())).contains(other);

        refused(PutContact.of(mayor), "PutContact", "contact", "lifecycle.contact.erased");
        refused(EditAlliance.builder().addContacts(mayor, other).build(), "EditAlliance", "contacts",
                "lifecycle.contact.erased");
        Alliance before = story.alliance();
        story.apply(PutContact.of(ContactPerson.tombstone(mayor.getId())));
        assertThat(story.alliance()).as("putting the tombstone as it is changes nothing").isEqualTo(before);

        story.apply(RemoveContact.of(other.getId()));
        assertThat(story.alliance().contact(other.getId())).isEmpty();
        refused(RemoveContact.of(other.getId()), "RemoveContact", "contact", "lifecycle.child.unknown");
        refused(EraseContact.of(other.getId()), "EraseContact", "contact", "lifecycle.contact.unknown");
    }

    @Test
    void editing_the_alliance_may_drop_an_unused_contact_and_keep_the_rest() {
        ContactPerson unused = story.execute(PutContact.of(Fixtures.contact(story.ids(), "Konsulent", "k@aarhus.dk",
                "+45 11 22 33 45"))).created(ContactPerson.class);
        Club agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class);

        story.apply(EditAlliance.builder().addClubs(agf).build());

        assertThat(story.alliance().getContacts()).doesNotContain(unused).isEmpty();
        assertThat(story.alliance().getClubs()).containsExactly(agf);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.ALLIANCE_EDITED);
    }

    @Test
    void unused_ids_of_strangers_are_unknown() {
        ClubId club = STRANGERS.newClubId();
        PartnerId partner = STRANGERS.newPartnerId();

        refused(RemoveClub.of(club), "RemoveClub", "club", "lifecycle.child.unknown");
        refused(RemovePartner.of(partner), "RemovePartner", "partner", "lifecycle.child.unknown");
        assertThat(story.alliance().getAgreements()).extracting(Agreement::getId).isEmpty();
    }
}
