package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.service.AmendAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.EditAlliance;
import dk.welfarealliance.service.EraseContact;
import dk.welfarealliance.service.RecordEvaluation;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.CapturedOutput;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Reachable;
import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Contacts are the only personal data (docs/personal-data.md): they never reach log output, {@code toString()} or an
 * error message, and erasure leaves nothing of the person in the alliance.
 */
class PersonalDataTest {
    // distinctive enough that no id, code or message can contain them by chance
    private static final String ANNA_NAME = "Annelise Quistgaard-Bjørnholm";
    private static final String ANNA_EMAIL = "annelise.quistgaard@kommune-eksempel.dk";
    private static final String ANNA_PHONE = "+45 87 65 43 21";
    private static final String ANNA_JOB = "Sundheds- og idrætskonsulent";
    private static final String SVEND_NAME = "Svend-Åge Kragelund-Mørch";
    private static final String SVEND_EMAIL = "svend.aage.kragelund@dbu-eksempel.dk";
    private static final String SVEND_PHONE = "+45 12 34 98 76";
    private static final List<String> PERSONAL_DATA = List.of(ANNA_NAME, ANNA_EMAIL, ANNA_PHONE, "Quistgaard",
            "annelise", SVEND_NAME, SVEND_EMAIL, SVEND_PHONE, "Kragelund");

    /** A whole lifecycle with two contacts, remembering every alliance, command and error it met. */
    private static final class Run {
        final AllianceStory story = AllianceStory.inAarhus();
        final List<Object> values = new ArrayList<>();
        final List<ValidationException> errors = new ArrayList<>();
        ContactPerson anna;
        ContactPerson svend;
        AgreementId agreement;

        void play() {
            IdGenerator ids = story.ids();
            anna = ContactPerson.builder().id(ids.newContactId()).name(ANNA_NAME).jobTitle(ANNA_JOB)
                    .email(ANNA_EMAIL).phone(ANNA_PHONE).build();
            svend = ContactPerson.builder().id(ids.newContactId()).name(SVEND_NAME).jobTitle("Formand for DBU")
                    .email(SVEND_EMAIL).phone(SVEND_PHONE).build();
            values.add(anna);
            values.add(svend);
            apply(EditAlliance.builder()
                    .addClubs(Club.builder().id(ids.newClubId()).name("Aarhus Fremad").cvr("25313763").build())
                    .addContacts(anna, svend).build());

            agreement = story.open("Velfærdsalliance Aarhus 2025-2028");
            story.approve(agreement);
            AgreementPeriod term = AgreementPeriod.throughYear(LocalDate.of(2025, 1, 1), 2028);
            apply(SignAgreement.builder().agreement(agreement).period(term).signingDate(LocalDate.of(2024, 12, 2))
                    .addSignatories(Fixtures.mayor(ids, anna.getId()),
                            Signatory.builder().from(Fixtures.dbuChair(ids)).contact(svend.getId()).build())
                    .build());
            apply(AmendAgreement.of(Agreement.builder().from(story.agreement(agreement))
                    .addFocusAreas(FocusAreaCode.of("SUNDHED")).build()));
            apply(RecordEvaluation.of(agreement, Fixtures.evaluation(ids, LocalDate.of(2026, 2, 1))));

            // a contact the signatories refer to cannot be removed
            attempt(EditAlliance.builder().clubs(alliance().getClubs()).addContacts(svend).build());
            // a contact with a bad e-mail cannot be built; the error must not echo the name or the address
            errors.add(Rejected.by(() -> ContactPerson.builder().from(anna).email(ANNA_EMAIL + "\u0000").build()));
            errors.add(Rejected.by(() -> ContactPerson.builder().from(anna).name(ANNA_NAME + "\n").build()));
            errors.add(Rejected.by(() -> ContactPerson.builder().from(anna).phone(ANNA_PHONE.repeat(20)).build()));

            // Anna changes her phone number, then asks to be forgotten
            ContactPerson newPhone = ContactPerson.builder().from(anna).phone("+45 99 88 77 66").build();
            apply(EditAlliance.builder().clubs(alliance().getClubs()).addContacts(newPhone, svend).build());
            apply(EraseContact.builder().contact(anna.getId()).reason("Anmodning om sletning (GDPR art. 17)").build());
            // her data cannot be written back into the tombstone
            attempt(EditAlliance.builder().clubs(alliance().getClubs()).addContacts(anna, svend).build());
        }

        Alliance alliance() {
            return story.alliance();
        }

        private void apply(Command command) {
            values.add(command);
            values.add(story.apply(command));
        }

        private void attempt(Command command) {
            values.add(command);
            errors.add(Rejected.by(() -> story.apply(command)));
        }
    }

    private static void assertFreeOfPersonalData(String what, String text) {
        for (String data : PERSONAL_DATA) {
            assertThat(text).as(what).doesNotContainIgnoringCase(data);
        }
    }

    @Test
    void a_whole_lifecycle_with_contacts_never_writes_their_personal_data_to_the_log() {
        Run run;
        String log;
        try (CapturedOutput output = CapturedOutput.start()) {
            run = new Run();
            run.play();
            log = output.text();
        }

        assertThat(log).as("debug lines of the lifecycle were captured")
                .contains("DEBUG dk.welfarealliance.service.Lifecycle")
                .contains("created alliance " + run.alliance().getId())
                .contains("ALLIANCE_EDIT appended 1 history entries");
        assertFreeOfPersonalData("log output", log);
    }

    @Test
    void no_alliance_contact_command_or_error_shows_personal_data_in_its_text() {
        Run run = new Run();
        run.play();

        for (Object value : run.values) {
            assertFreeOfPersonalData(value.getClass().getSimpleName() + ".toString()", value.toString());
        }
        assertThat(run.errors).hasSize(5);
        for (ValidationException e : run.errors) {
            assertFreeOfPersonalData("English message", e.getMessage());
            assertFreeOfPersonalData("Danish message", e.message(Locale.forLanguageTag("da")));
            assertFreeOfPersonalData("exception", e.toString());
            e.getViolations().forEach(v -> assertFreeOfPersonalData("attributes", v.getAttributes().toString()));
        }
    }

    @Test
    void after_erasure_nothing_of_the_person_remains_in_the_alliance() {
        Run run = new Run();
        run.play();
        List<String> reachable = Reachable.texts(run.alliance());

        for (String data : List.of(ANNA_NAME, ANNA_EMAIL, ANNA_PHONE, "+45 99 88 77 66", ANNA_JOB)) {
            assertThat(reachable).as("nothing reachable from the alliance contains " + data)
                    .noneMatch(text -> text.contains(data));
        }
        assertFreeOfPersonalData("alliance", run.alliance().toString());
    }

    @Test
    void the_walk_over_the_alliance_does_find_the_personal_data_of_a_contact_not_erased() {
        Run run = new Run();
        run.play();

        assertThat(Reachable.texts(run.alliance())).contains(SVEND_NAME, SVEND_EMAIL, SVEND_PHONE);
    }

    @Test
    void an_erased_contact_is_a_tombstone_that_keeps_only_its_id() {
        Run run = new Run();
        run.play();

        ContactPerson erased = run.alliance().contact(run.anna.getId()).orElseThrow();
        assertThat(erased.isErased()).isTrue();
        assertThat(erased.getName()).isEqualTo(ContactPerson.ERASED_NAME);
        assertThat(erased.getJobTitle()).isEmpty();
        assertThat(erased.getEmail()).isEmpty();
        assertThat(erased.getPhone()).isEmpty();
        assertThat(erased).isEqualTo(ContactPerson.tombstone(run.anna.getId()));
    }

    @Test
    void erasure_keeps_the_signatory_reference_and_records_the_contact_id_in_the_history() {
        Run run = new Run();
        run.play();

        Agreement signed = run.alliance().agreement(run.agreement).orElseThrow();
        assertThat(signed.getSignatories().get(0).getContact()).contains(run.anna.getId());
        HistoryEntry last = run.alliance().getHistory().get(run.alliance().getHistory().size() - 1);
        assertThat(last.getEvent()).isEqualTo(HistoryEvent.CONTACT_ERASED);
        assertThat(last.getContact()).contains(run.anna.getId());
        assertThat(last.getAgreement()).isEmpty();
        assertThat(last.getActor()).isEqualTo(Fixtures.ACTOR);
    }

    @Test
    void the_rejections_in_the_lifecycle_were_the_expected_ones() {
        Run run = new Run();
        run.play();

        assertThat(run.errors).extracting(e -> String.join(",", e.getRules())).containsExactly(
                "lifecycle.contact.in-use", "text.control-character", "text.control-character", "text.too-long",
                "lifecycle.contact.erased");
    }

    @Test
    void erasing_an_erased_contact_changes_nothing() {
        Run run = new Run();
        run.play();
        Alliance before = run.alliance();

        Alliance after = run.story.apply(EraseContact.of(run.anna.getId()));

        assertThat(after).isEqualTo(before);
    }

    @Test
    void erasing_a_contact_the_alliance_does_not_have_is_rejected() {
        AllianceStory story = AllianceStory.inAarhus();
        ContactId stranger = story.ids().newContactId();

        Rejected.with(() -> story.apply(EraseContact.of(stranger)), "EraseContact", "contact", "lifecycle.contact.unknown");
    }

    @Test
    void a_contacts_to_string_shows_its_id_but_none_of_its_personal_fields() {
        ContactPerson anna = Fixtures.contact(IdGenerator.seeded(9), ANNA_NAME, ANNA_EMAIL, ANNA_PHONE);

        assertThat(anna.toString()).contains(anna.getId().toString()).doesNotContain("Sundhedskonsulent");
        assertFreeOfPersonalData("ContactPerson.toString()", anna.toString());
    }
}
