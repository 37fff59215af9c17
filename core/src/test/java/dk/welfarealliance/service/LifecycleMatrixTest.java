package dk.welfarealliance.service;

import static dk.welfarealliance.testing.Fixtures.ACTOR;
import static dk.welfarealliance.testing.Fixtures.NOW_IN_MICROS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.Goal;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.InitiativeId;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.service.ExpectedLifecycle.Accepted;
import dk.welfarealliance.service.ExpectedLifecycle.Cmd;
import dk.welfarealliance.service.ExpectedLifecycle.Column;
import dk.welfarealliance.service.ExpectedLifecycle.Entry;
import dk.welfarealliance.service.ExpectedLifecycle.Rejected;
import dk.welfarealliance.service.ExpectedLifecycle.Subject;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per cell of the lifecycle table (docs/lifecycle.md), as written out by hand in {@link ExpectedLifecycle}:
 * every command against an alliance whose only agreement is in each state, or that has none.
 */
class LifecycleMatrixTest {
    /** The planned and signed term of the agreement under test. */
    private static final AgreementPeriod TERM =
            AgreementPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31));

    @TestFactory
    @DisplayName("lifecycle table:")
    Stream<DynamicTest> every_command_in_every_state_does_what_the_lifecycle_table_says() {
        return Stream.of(Cmd.values()).flatMap(cmd -> Stream.of(Column.values()).map(column -> cell(cmd, column)));
    }

    private static DynamicTest cell(Cmd cmd, Column column) {
        ExpectedLifecycle.Outcome expected = ExpectedLifecycle.expected(cmd, column);
        String in = column == Column.NO_AGREEMENT ? "with no agreement" : "in " + column;
        String name = cmd.label() + " " + in + " is " + expected;
        return DynamicTest.dynamicTest(name, () -> {
            Situation s = Situation.in(column);
            Command command = s.command(cmd);
            if (expected instanceof Accepted accepted) {
                assertAccepted(s, cmd, column, command, accepted);
            } else {
                assertRejected(s, cmd, column, command, (Rejected) expected);
            }
        });
    }

    private static void assertAccepted(Situation s, Cmd cmd, Column column, Command command, Accepted expected) {
        Alliance before = s.alliance();
        Outcome outcome = s.story.lifecycle().execute(before, command, ACTOR);
        Alliance after = outcome.getAlliance();

        List<HistoryEntry> history = after.getHistory();
        int n = before.getHistory().size();
        assertThat(history).hasSize(n + expected.entries().size());
        assertThat(history.subList(0, n)).isEqualTo(before.getHistory());

        List<Agreement> created = after.getAgreements().stream()
                .filter(a -> before.agreement(a.getId()).isEmpty()).toList();
        boolean createsOne = expected.entries().stream().anyMatch(e -> e.subject() == Subject.NEW_AGREEMENT);
        assertThat(created).hasSize(createsOne ? 1 : 0);
        assertThat(after.getAgreements()).hasSize(before.getAgreements().size() + created.size());

        for (int i = 0; i < expected.entries().size(); i++) {
            Entry e = expected.entries().get(i);
            HistoryEntry actual = history.get(n + i);
            assertThat(actual.getSeq()).as("seq").isEqualTo(n + i + 1L);
            assertThat(actual.getEvent()).as("event").isEqualTo(e.event());
            Optional<AgreementId> agreement = switch (e.subject()) {
                case TARGET -> Optional.of(s.target);
                case NEW_AGREEMENT -> Optional.of(created.get(0).getId());
                case ALLIANCE -> Optional.empty();
            };
            assertThat(actual.getAgreement()).as("agreement of the entry").isEqualTo(agreement);
            assertThat(actual.getContact()).as("contact of the entry")
                    .isEqualTo(cmd == Cmd.ERASE_CONTACT ? Optional.of(s.contact) : Optional.empty());
            assertThat(actual.getAt()).isEqualTo(NOW_IN_MICROS);
            assertThat(actual.getActor()).isEqualTo(ACTOR);
        }

        if (column.state().isPresent()) {
            assertThat(after.agreement(s.target).orElseThrow().getState()).as("state of the target")
                    .isEqualTo(expected.targetState().orElseThrow());
        }
        for (Agreement a : created) {
            assertThat(a.getState()).isEqualTo(AgreementState.IN_DIALOGUE);
            assertThat(a.getRenews()).isEqualTo(cmd == Cmd.RENEW ? Optional.of(s.target) : Optional.empty());
        }
        boolean agreementChanged = expected.entries().stream().anyMatch(e -> e.subject() == Subject.TARGET);
        if (column.state().isPresent() && !agreementChanged) {
            assertThat(after.agreement(s.target)).isEqualTo(before.agreement(s.target));
        }
        s.expectedChange(cmd, outcome).ifPresent(expectedAfter -> assertThat(
                Alliance.builder().from(after).history(before.getHistory()).lastModified(before.getLastModified()).build())
                .as("the alliance after " + cmd.label() + ", history aside").isEqualTo(expectedAfter));
        assertThat(after.getLastModified()).isEqualTo(NOW_IN_MICROS);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getId()).isEqualTo(before.getId());
    }

    private static void assertRejected(Situation s, Cmd cmd, Column column, Command command, Rejected expected) {
        Alliance before = s.alliance();
        Alliance copy = Alliance.builder().from(before).build();
        String text = before.toString();

        assertThatThrownBy(() -> s.story.lifecycle().apply(before, command, ACTOR))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getRules()).containsExactly(expected.rule());
                    if (expected.rule().equals(ExpectedLifecycle.NOT_ALLOWED_RULE)) {
                        assertThat(e.getViolations()).containsExactly(Violation.of(cmd.type, "",
                                expected.rule(), Map.of("command", cmd.name, "state", column.state().orElseThrow())));
                    }
                });

        assertThat(before).isEqualTo(copy);
        assertThat(before.toString()).isEqualTo(text);
        assertThat(s.story.alliance()).isSameAs(before);
    }

    /**
     * An alliance with a contact, a club, a partner and a note of its own, and its only agreement in the column's
     * state, with two initiatives (one with a goal) and a note; once signed, also an elite event and a measurement.
     */
    private static final class Situation {
        final AllianceStory story;
        final AgreementId target;
        final ContactId contact;
        final Club club;
        final Partner partner;

        private Situation(AllianceStory story, AgreementId target, ContactId contact, Club club, Partner partner) {
            this.story = story;
            this.target = target;
            this.contact = contact;
            this.club = club;
            this.partner = partner;
        }

        Alliance alliance() {
            return story.alliance();
        }

        IdGenerator ids() {
            return story.ids();
        }

        static Situation in(Column column) {
            AllianceStory story = AllianceStory.inAarhus();
            IdGenerator ids = story.ids();
            ContactPerson contact = Fixtures.contact(ids, "Anna Andersen", "anna@example.dk", "+45 11 22 33 44");
            Club club = Club.builder().id(ids.newClubId()).name("AGF").build();
            Partner partner = Partner.builder().id(ids.newPartnerId()).name("Aarhus Universitet")
                    .kind(PartnerKind.UNIVERSITY).build();
            story.apply(EditAlliance.builder().addClubs(club).addPartners(partner).addContacts(contact).build());
            story.apply(RecordNote.onAlliance(Note.of(NoteKind.PRESS_RELEASE, PartialDate.year(2023), "Pressemeddelelse")));
            if (column == Column.NO_AGREEMENT) {
                return new Situation(story, ids.newAgreementId(), contact.getId(), club, partner);
            }
            AgreementId id = story.open("Velfærdsalliance Aarhus 2025-2028");
            Agreement opened = story.agreement(id);
            FocusAreaCode health = FocusAreaCode.of("SUNDHED");
            story.apply(EditAgreement.of(Agreement.builder().from(opened)
                    .period(TERM)
                    .addFocusAreas(health)
                    .addInitiatives(Fixtures.initiativeWithGoal(ids, Optional.of(health)))
                    .addInitiatives(Initiative.builder().id(ids.newInitiativeId()).name("Gå Fodbold").build())
                    .build()));
            story.apply(RecordNote.on(id, Note.of(NoteKind.MEETING, PartialDate.month(2024, 9), "Dialogmøde med klubberne")));
            switch (column.state().orElseThrow()) {
                case IN_DIALOGUE -> { }
                case APPROVED -> story.approve(id);
                case ON_HOLD -> story.approve(id).hold(id);
                case ABANDONED -> story.abandon(id, "Kommunalbestyrelsen prioriterede anderledes");
                case SIGNED -> signWithEventAndMeasurement(story, id);
                case TERMINATED -> signWithEventAndMeasurement(story, id)
                        .terminate(id, LocalDate.of(2026, 6, 30), "Kommunen trak sig");
            }
            return new Situation(story, id, contact.getId(), club, partner);
        }

        private static AllianceStory signWithEventAndMeasurement(AllianceStory story, AgreementId id) {
            story.approve(id).sign(id, TERM);
            story.apply(RecordEliteEvent.of(id, Fixtures.youthInternational(AgeGroup.U19, LocalDate.of(2026, 5, 10))));
            Goal goal = story.agreement(id).getInitiatives().get(0).getGoals().get(0);
            story.apply(RecordMeasurement.of(id, Fixtures.measurement(story.ids(), goal, LocalDate.of(2026, 1, 15))));
            return story;
        }

        /** The agreement under test, or for the empty alliance a draft that the alliance does not contain. */
        Agreement current() {
            return alliance().agreement(target).orElseGet(() -> Agreement.builder().id(target)
                    .title("Ukendt aftale").state(AgreementState.IN_DIALOGUE).build());
        }

        Goal goal() {
            return current().getInitiatives().stream().flatMap(i -> i.getGoals().stream()).findFirst()
                    .orElseGet(() -> Fixtures.participantsGoal(ids()));
        }

        Command command(Cmd cmd) {
            return switch (cmd) {
                case OPEN -> OpenAgreement.titled("Velfærdsalliance Aarhus 2029-2032");
                case EDIT -> EditAgreement.of(current().withTitle("Velfærdsalliance Aarhus (revideret)"));
                case APPROVE -> ApproveAgreement.of(target);
                case HOLD -> HoldAgreement.builder().agreement(target).reason("Afventer budgetforhandlinger").build();
                case RESUME -> ResumeAgreement.of(target);
                case ABANDON -> AbandonAgreement.of(target, "Ingen enighed om indsatsområder");
                case SIGN -> SignAgreement.builder().agreement(target).period(TERM)
                        .signingDate(LocalDate.of(2024, 11, 20))
                        .addSignatories(Fixtures.mayor(ids(), contact), Fixtures.dbuChair(ids()))
                        .build();
                case AMEND -> AmendAgreement.of(current().withFocusAreas(
                        addTo(current().getFocusAreas(), FocusAreaCode.custom("fc-demens"))));
                case RECORD_EVALUATION -> RecordEvaluation.of(target, Fixtures.evaluation(ids(), LocalDate.of(2026, 1, 15)));
                case RECORD_MEASUREMENT -> RecordMeasurement.of(target,
                        Fixtures.measurement(ids(), goal(), LocalDate.of(2026, 1, 15)));
                case TERMINATE -> TerminateAgreement.of(target, LocalDate.of(2026, 12, 31), "Ophører efter evaluering");
                case RENEW -> RenewAgreement.builder().previous(target).title("Fornyelse 2029-2032")
                        .reason("Gode resultater i første periode").build();
                case EDIT_ALLIANCE -> EditAlliance.builder()
                        .clubs(alliance().getClubs())
                        .contacts(alliance().getContacts())
                        .addPartners(Partner.builder().id(ids().newPartnerId()).name("Aarhus Universitet")
                                .kind(PartnerKind.UNIVERSITY).build())
                        .build();
                case ERASE_CONTACT -> EraseContact.of(contact);
                case RECORD_ELITE_EVENT -> RecordEliteEvent.of(target,
                        Fixtures.youthInternational(AgeGroup.U21, LocalDate.of(2026, 3, 1)));
                case REMOVE_ELITE_EVENT -> RemoveEliteEvent.of(target, first(current().getEliteEvents(), EliteEvent::getId)
                        .orElseGet(ids()::newEliteEventId));
                case REMOVE_MEASUREMENT -> RemoveMeasurement.of(target,
                        first(current().getMeasurements(), m -> m.getId()).orElseGet(ids()::newMeasurementId));
                case PUT_INITIATIVE -> PutInitiative.of(target, Initiative.builder().name("FC Demens").build());
                case REMOVE_INITIATIVE -> RemoveInitiative.of(target, unmeasuredInitiative());
                case RECORD_NOTE -> RecordNote.on(target, note());
                case RECORD_ALLIANCE_NOTE -> RecordNote.onAlliance(note());
                case REMOVE_NOTE -> RemoveNote.of(first(current().getNotes(), Note::getId).orElseGet(ids()::newNoteId));
                case REMOVE_ALLIANCE_NOTE -> RemoveNote.of(alliance().getNotes().get(0).getId());
                case PUT_CLUB -> PutClub.of(Club.builder().name("VSK Aarhus").build());
                case REMOVE_CLUB -> RemoveClub.of(club.getId());
                case PUT_PARTNER -> PutPartner.of(Partner.builder().name("VIA University College")
                        .kind(PartnerKind.UNIVERSITY).build());
                case REMOVE_PARTNER -> RemovePartner.of(partner.getId());
                case PUT_CONTACT -> PutContact.of(ContactPerson.builder().name("Bo Berg").build());
                case REMOVE_CONTACT -> RemoveContact.of(contact);
            };
        }

        /**
         * @return the alliance an accepted small command must leave, history and lastModified aside; empty for the
         *     commands whose effect the older tests pin
         */
        Optional<Alliance> expectedChange(Cmd cmd, Outcome outcome) {
            Alliance a = alliance();
            return switch (cmd) {
                case RECORD_ELITE_EVENT -> Optional.of(withTarget(current().withEliteEvents(
                        append(current().getEliteEvents(), outcome.created(EliteEvent.class)))));
                case REMOVE_ELITE_EVENT -> Optional.of(withTarget(current().withEliteEvents(List.of())));
                case REMOVE_MEASUREMENT -> Optional.of(withTarget(current().withMeasurements(List.of())));
                case PUT_INITIATIVE -> Optional.of(withTarget(current().withInitiatives(
                        append(current().getInitiatives(), outcome.created(Initiative.class)))));
                case REMOVE_INITIATIVE -> Optional.of(withTarget(current().withInitiatives(
                        without(current().getInitiatives(), i -> i.getId().equals(unmeasuredInitiative())))));
                case RECORD_NOTE -> Optional.of(withTarget(current().withNotes(
                        append(current().getNotes(), outcome.created(Note.class)))));
                case RECORD_ALLIANCE_NOTE -> Optional.of(a.withNotes(append(a.getNotes(), outcome.created(Note.class))));
                case REMOVE_NOTE -> Optional.of(withTarget(current().withNotes(List.of())));
                case REMOVE_ALLIANCE_NOTE -> Optional.of(a.withNotes(List.of()));
                case PUT_CLUB -> Optional.of(a.withClubs(append(a.getClubs(), outcome.created(Club.class))));
                case REMOVE_CLUB -> Optional.of(a.withClubs(List.of()));
                case PUT_PARTNER -> Optional.of(a.withPartners(append(a.getPartners(), outcome.created(Partner.class))));
                case REMOVE_PARTNER -> Optional.of(a.withPartners(List.of()));
                case PUT_CONTACT -> Optional.of(a.withContacts(append(a.getContacts(), outcome.created(ContactPerson.class))));
                case REMOVE_CONTACT -> Optional.of(a.withContacts(List.of()));
                default -> Optional.empty();
            };
        }

        private Alliance withTarget(Agreement revised) {
            return alliance().withAgreements(alliance().getAgreements().stream()
                    .map(a -> a.getId().equals(revised.getId()) ? revised : a).toList());
        }

        /** The initiative without a goal, which no measurement refers to; a fresh id if there is none. */
        InitiativeId unmeasuredInitiative() {
            return current().getInitiatives().stream().filter(i -> i.getGoals().isEmpty()).map(Initiative::getId)
                    .findFirst().orElseGet(ids()::newInitiativeId);
        }

        private static Note note() {
            return Note.of(NoteKind.MEETING, PartialDate.month(2025, 3), "Møde med klubberne om evaluering");
        }

        private static <T, I> Optional<I> first(List<T> items, Function<T, I> id) {
            return items.stream().findFirst().map(id);
        }

        private static <T> List<T> append(List<T> items, T item) {
            List<T> result = new ArrayList<>(items);
            result.add(item);
            return result;
        }

        private static <T> List<T> without(List<T> items, Predicate<T> removed) {
            return items.stream().filter(removed.negate()).toList();
        }

        private static List<FocusAreaCode> addTo(Collection<FocusAreaCode> codes, FocusAreaCode code) {
            List<FocusAreaCode> result = new ArrayList<>(codes);
            result.add(code);
            return result;
        }
    }
}
