package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.TransientStorageException;
import dk.welfarealliance.testing.CapturedOutput;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Listeners of {@link AllianceService}: they hear each committed write once, in registration order, with the
 * history events it appended; never a rejected, unchanged or failed write; and a listener that throws changes
 * nothing stored, stops no other listener and leaves no personal data in the log.
 */
class ListenersTest {
    private static final AgreementPeriod TERM_2022_2025 = AgreementPeriod.throughYear(LocalDate.of(2022, 1, 1), 2025);

    private final MapStore store = new MapStore();
    private final Heard heard = new Heard("first");

    /** A listener that remembers what it heard, and who heard what in which order. */
    private static final class Heard implements AllianceListener {
        final String name;
        final List<CommittedChange> changes = new ArrayList<>();
        final List<String> order;

        Heard(String name) {
            this(name, new ArrayList<>());
        }

        Heard(String name, List<String> order) {
            this.name = name;
            this.order = order;
        }

        @Override
        public void onCommitted(CommittedChange change) {
            changes.add(change);
            order.add(name);
        }

        List<List<HistoryEvent>> events() {
            return changes.stream().map(CommittedChange::getEvents).toList();
        }
    }

    /** A listener that always fails, with a message that names a person, as a mail gateway's error might. */
    private static final class Failing implements AllianceListener {
        int calls;

        @Override
        public void onCommitted(CommittedChange change) {
            calls++;
            throw new IllegalStateException("could not mail " + PERSON + " at " + EMAIL);
        }
    }

    private static final String PERSON = "Annelise Quistgaard-Bjørnholm";
    private static final String EMAIL = "annelise.quistgaard@kommune-eksempel.dk";

    private AllianceService service(AllianceListener... listeners) {
        return new AllianceService(Fixtures.lifecycle(7), store, Listeners.of(listeners));
    }

    private static AgreementId open(AllianceService service, AllianceId id, String title) {
        return service.execute(id, OpenAgreement.titled(title), Fixtures.ACTOR).agreement().getId();
    }

    private static SignAgreement signing(AllianceService service, AgreementId id, AgreementPeriod term) {
        IdGenerator ids = service.lifecycle().ids();
        return SignAgreement.builder().agreement(id).period(term).signingDate(term.getStart())
                .addSignatories(Fixtures.mayor(ids), Fixtures.dbuChair(ids)).build();
    }

    @Test
    void each_committed_write_notifies_once_in_order_with_the_history_events_it_appended() {
        AllianceService service = service(heard);
        AllianceId id = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR).getId();
        AgreementId first = open(service, id, "Velfærdsalliance 2022-2025");
        service.execute(id, HoldAgreement.of(first), Fixtures.ACTOR);
        service.execute(id, ResumeAgreement.of(first), Fixtures.ACTOR);
        service.execute(id, signing(service, first, TERM_2022_2025), Fixtures.ACTOR);
        service.execute(id, RecordEliteEvent.of(first,
                Fixtures.youthInternational(dk.welfarealliance.AgeGroup.U19, LocalDate.of(2022, 5, 1))), Fixtures.ACTOR);
        ContactPerson anna = Fixtures.contact(service.lifecycle().ids(), PERSON, EMAIL, "+45 87 65 43 21");
        service.execute(id, PutContact.of(anna), Fixtures.ACTOR);
        service.execute(id, EraseContact.of(anna.getId()), Fixtures.ACTOR);
        AgreementId renewal = service.execute(id, RenewAgreement.builder().previous(first).title("Velfærdsalliance 2024-2028")
                .build(), Fixtures.ACTOR).agreement().getId();
        service.execute(id, SignAgreement.builder().from(signing(service, renewal,
                AgreementPeriod.throughYear(LocalDate.of(2024, 7, 1), 2028))).supersedes(first).build(), Fixtures.ACTOR);
        service.execute(id, TerminateAgreement.of(renewal, LocalDate.of(2026, 6, 30), "Kommunen udtræder"), Fixtures.ACTOR);

        assertThat(heard.events()).containsExactly(
                List.of(HistoryEvent.ALLIANCE_CREATED),
                List.of(HistoryEvent.OPENED),
                List.of(HistoryEvent.PUT_ON_HOLD),
                List.of(HistoryEvent.RESUMED),
                List.of(HistoryEvent.SIGNED),
                List.of(HistoryEvent.ELITE_EVENT_RECORDED),
                List.of(HistoryEvent.ALLIANCE_EDITED),
                List.of(HistoryEvent.CONTACT_ERASED),
                List.of(HistoryEvent.RENEWAL_OPENED),
                List.of(HistoryEvent.SIGNED, HistoryEvent.SUPERSEDED),
                List.of(HistoryEvent.TERMINATED));
        assertThat(heard.changes).extracting(CommittedChange::getVersion).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L,
                9L, 10L, 11L);
    }

    @Test
    void the_change_carries_the_alliance_as_stored_the_command_kind_and_the_actor() {
        AllianceService service = service(heard);
        Alliance created = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);
        Outcome opened = service.execute(created.getId(), OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR);

        CommittedChange creation = heard.changes.get(0);
        assertThat(creation.getAlliance()).isEqualTo(created);
        assertThat(creation.getCommand()).isEmpty();
        CommittedChange opening = heard.changes.get(1);
        assertThat(opening.getAlliance()).isEqualTo(opened.getAlliance()).isEqualTo(store.findById(created.getId()).orElseThrow());
        assertThat(opening.getCommand()).contains(CommandKind.OPEN);
        assertThat(opening.getActor()).isEqualTo(Fixtures.ACTOR);
        assertThat(opening.getAppended()).singleElement()
                .satisfies(e -> assertThat(e.getAgreement()).contains(opened.agreement().getId()));
    }

    @Test
    void listeners_hear_each_write_in_the_order_they_were_registered() {
        List<String> order = new ArrayList<>();
        AllianceService service = new AllianceService(Fixtures.lifecycle(7), store,
                Listeners.of(new Heard("audit", order), new Heard("mail", order)).withListener(new Heard("cache", order)));

        Alliance created = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);
        service.execute(created.getId(), OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR);

        assertThat(order).containsExactly("audit", "mail", "cache", "audit", "mail", "cache");
    }

    @Test
    void a_rejected_command_notifies_nothing() {
        AllianceService service = service(heard);
        AllianceId id = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR).getId();
        open(service, id, "First");
        int before = heard.changes.size();

        Rejected.by(() -> service.execute(id, OpenAgreement.titled("Second"), Fixtures.ACTOR));

        assertThat(heard.changes).hasSize(before);
    }

    @Test
    void a_creation_the_catalogue_rejects_notifies_nothing() {
        AllianceService service = service(heard);

        Rejected.by(() -> service.create(FederationCode.DBU, dk.welfarealliance.MunicipalityCode.of("999"), Fixtures.ACTOR));

        assertThat(heard.changes).isEmpty();
    }

    @Test
    void a_command_that_changes_nothing_notifies_nothing() {
        AllianceService service = service(heard);
        AllianceId id = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR).getId();

        service.execute(id, EditAlliance.builder().build(), Fixtures.ACTOR);

        assertThat(heard.events()).containsExactly(List.of(HistoryEvent.ALLIANCE_CREATED));
    }

    @Test
    void a_write_the_store_fails_notifies_nothing() {
        AllianceService service = service(heard);
        AllianceId id = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR).getId();
        store.failWritesWith(new TransientStorageException("the database went away", null, false));

        assertThatThrownBy(() -> service.execute(id, OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR))
                .isInstanceOf(TransientStorageException.class);
        assertThat(heard.events()).containsExactly(List.of(HistoryEvent.ALLIANCE_CREATED));
    }

    @Test
    void a_creation_the_store_fails_notifies_nothing() {
        AllianceService service = service(heard);
        store.failWritesWith(new DuplicateAllianceException(
                AllianceId.of(java.util.UUID.fromString("00000000-0000-4000-8000-000000000042")),
                DuplicateAllianceException.Key.NATURAL_KEY, null));

        assertThatThrownBy(() -> service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR))
                .isInstanceOf(DuplicateAllianceException.class);
        assertThat(heard.changes).isEmpty();
    }

    @Test
    void a_write_that_exhausts_its_retries_notifies_nothing() {
        AllianceService service = service(heard);
        AllianceId id = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR).getId();
        store.interfereWithNextUpdates(AllianceService.DEFAULT_ATTEMPTS);

        assertThatThrownBy(() -> service.execute(id, OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(heard.events()).containsExactly(List.of(HistoryEvent.ALLIANCE_CREATED));
    }

    @Test
    void a_write_that_succeeds_on_a_retry_notifies_once_with_the_entries_of_the_attempt_that_was_stored() {
        AllianceService service = service(heard);
        AllianceId id = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR).getId();
        store.interfereWithNextUpdates(2);

        Alliance stored = service.execute(id, OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR).getAlliance();

        assertThat(heard.changes).hasSize(2);
        assertThat(heard.changes.get(1).getAlliance()).isEqualTo(stored);
        assertThat(heard.changes.get(1).getEvents()).containsExactly(HistoryEvent.OPENED);
    }

    @Test
    void a_throwing_listener_changes_nothing_stored_and_the_next_listener_still_hears() {
        Failing failing = new Failing();
        AllianceService service = service(failing, heard);

        Alliance created = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);
        Outcome opened = service.execute(created.getId(), OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR);

        assertThat(failing.calls).isEqualTo(2);
        assertThat(heard.events()).containsExactly(List.of(HistoryEvent.ALLIANCE_CREATED), List.of(HistoryEvent.OPENED));
        assertThat(store.findById(created.getId())).contains(opened.getAlliance());
        assertThat(opened.getAlliance().getVersion()).isEqualTo(2);
    }

    @Test
    void a_listeners_failure_is_logged_with_the_alliance_the_events_and_the_exception_type_but_no_personal_data() {
        AllianceService service = service(new Failing());
        AllianceId id = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR).getId();
        ContactPerson anna = Fixtures.contact(service.lifecycle().ids(), PERSON, EMAIL, "+45 87 65 43 21");

        String log;
        try (CapturedOutput output = CapturedOutput.start()) {
            service.execute(id, PutContact.of(anna), Fixtures.ACTOR);
            log = output.text();
        }

        String warning = log.lines().filter(l -> l.contains("WARN")).findFirst().orElseThrow();
        assertThat(warning).contains(id.toString(), "ALLIANCE_EDITED", IllegalStateException.class.getName(),
                Failing.class.getName());
        assertThat(log).doesNotContain(PERSON, EMAIL, "Quistgaard", "could not mail", "+45 87 65 43 21");
    }

    @Test
    void a_deferring_hook_decides_when_the_listeners_hear_and_a_dropped_notification_is_never_heard() {
        List<Runnable> pending = new ArrayList<>();
        AllianceService service = new AllianceService(Fixtures.lifecycle(7), store,
                Listeners.of(heard).withCommitHook(pending::add));

        Alliance created = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);
        service.execute(created.getId(), OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR);
        assertThat(heard.changes).as("before the caller's commit").isEmpty();
        assertThat(pending).hasSize(2);

        pending.get(1).run();   // the first write's transaction "rolled back": its notification is dropped

        assertThat(heard.events()).containsExactly(List.of(HistoryEvent.OPENED));
    }

    @Test
    void without_listeners_the_hook_is_never_asked() {
        List<Runnable> pending = new ArrayList<>();
        AllianceService service = new AllianceService(Fixtures.lifecycle(7), store,
                Listeners.none().withCommitHook(pending::add));

        Alliance created = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);
        service.execute(created.getId(), OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR);

        assertThat(pending).isEmpty();
    }

    @Test
    void a_committed_change_accepts_only_entries_at_the_end_of_the_alliances_history() {
        AllianceService service = new AllianceService(Fixtures.lifecycle(7), store);
        Alliance created = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);
        Alliance opened = service.execute(created.getId(), OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR)
                .getAlliance();

        assertThat(CommittedChange.of(opened, opened.getHistory().subList(1, 2), Optional.of(CommandKind.OPEN),
                Fixtures.ACTOR).getEvents()).containsExactly(HistoryEvent.OPENED);
        assertThatThrownBy(() -> CommittedChange.of(opened, opened.getHistory().subList(0, 1), Optional.of(CommandKind.OPEN),
                Fixtures.ACTOR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_committed_change_names_no_personal_data_in_its_string_form() {
        AllianceService service = service(heard);
        AllianceId id = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR).getId();
        service.execute(id, PutContact.of(Fixtures.contact(service.lifecycle().ids(), PERSON, EMAIL, "+45 87 65 43 21")),
                Fixtures.ACTOR);

        assertThat(heard.changes.get(1).toString()).contains(id.toString(), "ALLIANCE_EDIT", "version 2")
                .doesNotContain(PERSON, EMAIL);
    }
}
