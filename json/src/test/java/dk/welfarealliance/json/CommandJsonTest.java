package dk.welfarealliance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.ExtensionOption;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.Money;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.UnrecordedTerm;
import dk.welfarealliance.service.*;
import dk.welfarealliance.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every command of the lifecycle has a JSON form that reads back equal; the {@code command} property picks the type. */
class CommandJsonTest {
    private static final IdGenerator IDS = IdGenerator.seeded(42);
    private static final AgreementId A = IDS.newAgreementId();
    private static final LocalDate DAY = LocalDate.parse("2024-05-01");

    /** One of each command, with optional parts filled in where the command has them. */
    static List<Command> everyCommand() {
        return List.of(
                OpenAgreement.builder().title("Ny aftale").plannedPeriod(AgreementPeriod.throughYear(DAY, 2027))
                        .localUnion(LocalUnionCode.of("DBU_JYLLAND")).renewsUnrecorded(UnrecordedTerm.unknown())
                        .addFocusAreas(FocusAreaCode.of("SUNDHED"), FocusAreaCode.custom("padel"))
                        .addInitiatives(Initiative.builder().name("Gå Fodbold").build())
                        .addEliteCommitments(EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL))
                        .addPayments(Payment.builder().kind(PaymentKind.ONE_OFF).amount(Money.dkk("1000.5")).build())
                        .extensionOption(ExtensionOption.byYears(2)).on(PartialDate.month(2024, 4)).build(),
                EditAgreement.builder().revised(Samples.signed().getAgreements().get(0)).on(PartialDate.year(2024)).build(),
                ApproveAgreement.of(A, PartialDate.day(DAY)),
                HoldAgreement.builder().agreement(A).reason("Afventer budget").build(),
                ResumeAgreement.of(A),
                AbandonAgreement.of(A, "Ingen klubber"),
                SignAgreement.builder().agreement(A).period(AgreementPeriod.openEnded(DAY)).signingDate(DAY)
                        .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"))
                        .addSignatories(Signatory.of(SignatoryParty.LOCAL_UNION, "Formand")).supersedes(IDS.newAgreementId()).build(),
                SignAgreement.builder().agreement(A).period(AgreementPeriod.endNotRecorded(DAY)).signatoriesNotRecorded(true).build(),
                AmendAgreement.of(Samples.signed().getAgreements().get(0)),
                RecordEvaluation.of(A, Evaluation.builder().date(DAY).summary("Godt år\nflere piger").build()),
                RecordMeasurement.of(A, Measurement.builder().goal(IDS.newGoalId()).date(DAY).value(new BigDecimal("12.5"))
                        .unit(GoalUnit.PERCENT).build()),
                TerminateAgreement.of(A, DAY, "Afløst"),
                RenewAgreement.builder().previous(A).title("Fornyelse").reason("Gode resultater").build(),
                EditAlliance.builder().addClubs(Club.builder().name("B 1903").build())
                        .addPartners(Partner.builder().name("SDU").kind(PartnerKind.UNIVERSITY).build())
                        .addContacts(ContactPerson.builder().name("Kim").email("kim@example.org").build()).build(),
                EraseContact.builder().contact(IDS.newContactId()).reason("Anmodning").build(),
                RecordEliteEvent.of(A, EliteEvent.builder().kind(EliteEventKind.TOURNAMENT).date(DAY).title("Cup").build()),
                RemoveEliteEvent.of(A, IDS.newEliteEventId()),
                RemoveMeasurement.of(A, IDS.newMeasurementId()),
                RecordNote.on(A, Note.of(NoteKind.MEETING, PartialDate.day(DAY), "Dialogmøde")),
                RecordNote.onAlliance(Note.of(NoteKind.PRESS_RELEASE, PartialDate.month(2024, 5), "Pressemeddelelse")),
                RemoveNote.of(IDS.newNoteId()),
                PutClub.of(Club.builder().id(IDS.newClubId()).name("AB").cvr("12345674").build()),
                RemoveClub.of(IDS.newClubId()),
                PutPartner.of(Partner.builder().name("Sundhedscenter").kind(PartnerKind.HEALTH_CENTRE).build()),
                RemovePartner.of(IDS.newPartnerId()),
                PutContact.of(ContactPerson.builder().name("Ib").build()),
                RemoveContact.of(IDS.newContactId()),
                PutInitiative.of(A, Initiative.builder().name("FC Demens").build()),
                RemoveInitiative.of(A, IDS.newInitiativeId()));
    }

    @Test
    void every_command_reads_back_equal() {
        for (Command command : everyCommand()) {
            String json = AllianceJson.writeCommand(command);
            assertThat(AllianceJson.readCommand(json)).as(json).isEqualTo(command);
        }
    }

    @Test
    void the_examples_cover_every_permitted_command_type() {
        Set<Class<?>> covered = everyCommand().stream().map(c -> (Class<?>) c.getClass().getSuperclass()).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
    }

    @Test
    void a_command_document_names_its_type_first() {
        assertThat(AllianceJson.writeCommand(ResumeAgreement.of(A)))
                .isEqualTo("{\"command\":\"ResumeAgreement\",\"agreement\":\"" + A + "\"}");
    }

    @Test
    void a_command_type_the_library_does_not_have_is_rejected() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> AllianceJson.readCommand("{\"command\":\"DeleteEverything\"}"));
        assertThat(e.getViolations().get(0).getPath()).isEqualTo("$.command");
        assertThat(e.getRules()).containsExactly("json.enum.unknown");
    }

    @Test
    void a_command_read_as_a_given_type_must_name_that_type() {
        String json = AllianceJson.writeCommand(ResumeAgreement.of(A));
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> AllianceJson.readValue(json, ApproveAgreement.class));
        assertThat(e.getRules()).containsExactly("json.command.mismatch");
    }

    @Test
    void a_child_without_an_id_is_written_without_one_and_read_as_unassigned() {
        String json = AllianceJson.writeCommand(PutClub.of(Club.builder().name("B 1903").build()));
        assertThat(json).isEqualTo("{\"command\":\"PutClub\",\"club\":{\"name\":\"B 1903\"}}");
        assertThat(((PutClub) AllianceJson.readCommand(json)).getClub().getId().isAssigned()).isFalse();
    }
}
