package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What an {@link Outcome} and a {@link CommittedChange} say about a command (their Javadoc): the alliance after it,
 * the agreement it acted on, the child it created; and for a write, the entries appended, the version, the
 * command kind and the actor, checked to be the end of the history.
 */
class OutcomeTest {
    private final AllianceStory story = AllianceStory.inAarhus();

    @Test
    void the_outcome_of_opening_is_the_new_agreement_in_the_alliance_after_the_command() {
        Outcome outcome = story.execute(OpenAgreement.titled("Velfærdsalliance"));

        assertThat(outcome.getAlliance()).isEqualTo(story.alliance());
        assertThat(outcome.agreement().getTitle()).isEqualTo("Velfærdsalliance");
        assertThat(outcome.findAgreement()).contains(outcome.agreement());
        assertThat(story.alliance().getAgreements()).containsExactly(outcome.agreement());
    }

    @Test
    void the_outcome_of_an_alliance_command_has_no_agreement_and_asking_for_one_fails() {
        Outcome outcome = story.execute(PutClub.of(Club.builder().name("AGF").build()));

        assertThat(outcome.findAgreement()).isEmpty();
        assertThatThrownBy(outcome::agreement).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PutClub");
    }

    @Test
    void the_outcome_names_the_child_created_with_its_assigned_id() {
        AgreementId id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);

        Outcome outcome = story.execute(RecordEliteEvent.of(id,
                Fixtures.youthInternational(dk.welfarealliance.AgeGroup.U17, java.time.LocalDate.of(2022, 5, 3))));

        EliteEvent event = outcome.created(EliteEvent.class);
        assertThat(event.getId().isAssigned()).isTrue();
        assertThat(outcome.agreement().getEliteEvents()).containsExactly(event);
    }

    @Test
    void asking_for_a_child_of_another_type_fails_naming_command_and_type() {
        Outcome outcome = story.execute(PutClub.of(Club.builder().name("AGF").build()));

        assertThat(outcome.created(Club.class).getName()).isEqualTo("AGF");
        assertThatThrownBy(() -> outcome.created(Note.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PutClub").hasMessageContaining("Note");
        Rejected.with(() -> outcome.created(null), "Outcome", "type", "value.null");
    }

    @Test
    void a_command_that_creates_no_child_has_none_to_ask_for() {
        Outcome outcome = story.execute(OpenAgreement.titled("Velfærdsalliance"));

        assertThatThrownBy(() -> outcome.created(Agreement.class)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_outcome_with_the_stored_alliance_keeps_its_agreement_and_child() {
        Outcome outcome = story.execute(RecordNote.onAlliance(
                Note.of(NoteKind.MEETING, PartialDate.day(2024, 2, 1), "Møde")));
        Alliance stored = outcome.getAlliance().withVersion(outcome.getAlliance().getVersion() + 1);

        Outcome restored = outcome.withAlliance(stored);

        assertThat(restored.getAlliance()).isSameAs(stored);
        assertThat(restored.created(Note.class)).isEqualTo(outcome.created(Note.class));
        assertThat(outcome.getAlliance()).as("the original is unchanged").isNotSameAs(stored);
        Rejected.with(() -> outcome.withAlliance(null), "Outcome", "alliance", "value.null");
    }

    @Test
    void an_outcome_refuses_missing_parts() {
        Alliance a = story.alliance();
        Command c = OpenAgreement.titled("x");

        Rejected.with(() -> Outcome.of(null, Optional.empty(), Optional.empty(), c), "Outcome", "alliance", "value.null");
        Rejected.with(() -> Outcome.of(a, null, Optional.empty(), c), "Outcome", "agreement", "value.null");
        Rejected.with(() -> Outcome.of(a, Optional.empty(), null, c), "Outcome", "created", "value.null");
        Rejected.with(() -> Outcome.of(a, Optional.empty(), Optional.empty(), null), "Outcome", "command", "value.null");
    }

    @Test
    void an_outcome_naming_an_agreement_the_alliance_lacks_finds_none() {
        AgreementId stranger = IdGenerator.seeded(4711).newAgreementId();

        Outcome outcome = Outcome.of(story.alliance(), Optional.of(stranger), Optional.empty(),
                ApproveAgreement.of(stranger));

        assertThat(outcome.findAgreement()).isEmpty();
        assertThatThrownBy(outcome::agreement).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ApproveAgreement");
    }

    @Test
    void a_committed_change_reports_the_appended_entries_events_version_command_and_actor() {
        story.apply(OpenAgreement.titled("Velfærdsalliance"));
        Alliance after = story.alliance();
        List<HistoryEntry> appended = after.getHistory().subList(1, 2);

        CommittedChange change = CommittedChange.of(after, appended, Optional.of(CommandKind.OPEN), Fixtures.ACTOR);

        assertThat(change.getAlliance()).isSameAs(after);
        assertThat(change.getAppended()).isEqualTo(appended);
        assertThat(change.getEvents()).containsExactly(HistoryEvent.OPENED);
        assertThat(change.getVersion()).isEqualTo(after.getVersion());
        assertThat(change.getCommand()).contains(CommandKind.OPEN);
        assertThat(change.getActor()).isEqualTo(Fixtures.ACTOR);
        assertThat(change.toString()).contains(after.getId().toString(), "OPEN", "OPENED",
                "version " + after.getVersion());
    }

    @Test
    void a_committed_change_of_a_creation_has_no_command() {
        Alliance created = story.alliance();

        CommittedChange change = CommittedChange.of(created, created.getHistory(), Optional.empty(), Fixtures.ACTOR);

        assertThat(change.getCommand()).isEmpty();
        assertThat(change.getEvents()).containsExactly(HistoryEvent.ALLIANCE_CREATED);
        assertThat(change.toString()).contains("CREATE");
    }

    @Test
    void a_committed_change_may_append_the_whole_history_or_nothing() {
        story.apply(OpenAgreement.titled("Velfærdsalliance"));
        Alliance after = story.alliance();

        assertThat(CommittedChange.of(after, after.getHistory(), Optional.empty(), Fixtures.ACTOR).getAppended())
                .hasSize(2);
        assertThat(CommittedChange.of(after, List.of(), Optional.empty(), Fixtures.ACTOR).getEvents()).isEmpty();
    }

    @Test
    void a_committed_change_refuses_more_entries_than_the_history_has() {
        Alliance created = story.alliance();
        List<HistoryEntry> twice = List.of(created.getHistory().get(0), created.getHistory().get(0));

        assertThatThrownBy(() -> CommittedChange.of(created, twice, Optional.empty(), Fixtures.ACTOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(created.getId().toString());
    }

    @Test
    void a_committed_change_keeps_its_own_copy_of_the_entries() {
        Alliance created = story.alliance();
        List<HistoryEntry> entries = new ArrayList<>(created.getHistory());

        CommittedChange change = CommittedChange.of(created, entries, Optional.empty(), Fixtures.ACTOR);
        entries.clear();

        assertThat(change.getAppended()).hasSize(1);
        assertThatThrownBy(() -> change.getAppended().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_committed_change_refuses_missing_parts_and_null_entries_by_index() {
        story.apply(OpenAgreement.titled("Velfærdsalliance"));
        Alliance a = story.alliance();
        List<HistoryEntry> withNull = new ArrayList<>();
        withNull.add(a.getHistory().get(0));
        withNull.add(null);

        Rejected.with(() -> CommittedChange.of(null, List.of(), Optional.empty(), Fixtures.ACTOR),
                "CommittedChange", "alliance", "value.null");
        Rejected.with(() -> CommittedChange.of(a, null, Optional.empty(), Fixtures.ACTOR),
                "CommittedChange", "appended", "value.null");
        Rejected.with(() -> CommittedChange.of(a, List.of(), null, Fixtures.ACTOR),
                "CommittedChange", "command", "value.null");
        Rejected.with(() -> CommittedChange.of(a, List.of(), Optional.empty(), null),
                "CommittedChange", "actor", "value.null");
        Rejected.with(() -> CommittedChange.of(a, withNull, Optional.empty(), Fixtures.ACTOR),
                "CommittedChange", "appended[1]", "value.null");
    }

    @Test
    void listeners_are_notified_in_the_order_given_and_one_given_twice_hears_twice() {
        List<String> heard = new ArrayList<>();
        AllianceListener audit = change -> heard.add("audit " + change.getEvents());
        AllianceListener mail = change -> heard.add("mail " + change.getEvents());
        AllianceService service = new AllianceService(Fixtures.lifecycle(3), new MapStore(),
                Listeners.of(audit, mail).withListener(audit));

        service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);

        assertThat(heard).containsExactly("audit [ALLIANCE_CREATED]", "mail [ALLIANCE_CREATED]",
                "audit [ALLIANCE_CREATED]");
    }

    @Test
    void a_failing_listener_is_isolated_and_the_ones_after_it_still_hear() {
        List<String> heard = new ArrayList<>();
        AllianceListener failing = change -> {
            throw new IllegalStateException("mail server down");
        };
        AllianceService service = new AllianceService(Fixtures.lifecycle(3), new MapStore(),
                Listeners.of(failing, change -> heard.add("audit"), failing, change -> heard.add("mail")));

        Alliance created = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);

        assertThat(heard).containsExactly("audit", "mail");
        assertThat(created.getVersion()).isEqualTo(1);
    }

    @Test
    void listeners_are_immutable_values_and_with_methods_return_new_ones() {
        AllianceListener audit = change -> { };
        AllianceListener mail = change -> { };
        CommitHook later = notification -> { };
        Listeners one = Listeners.of(audit);

        Listeners two = one.withListener(mail);
        Listeners hooked = two.withCommitHook(later);

        assertThat(one.listeners()).containsExactly(audit);
        assertThat(two.listeners()).containsExactly(audit, mail);
        assertThat(hooked.listeners()).containsExactly(audit, mail);
        assertThat(hooked.commitHook()).isSameAs(later);
        assertThat(hooked.withListener(audit).commitHook()).as("adding a listener keeps the hook").isSameAs(later);
        assertThat(two.commitHook()).isNotSameAs(later);
        assertThatThrownBy(() -> two.listeners().add(audit)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(one.isEmpty()).isFalse();
        assertThat(Listeners.none().isEmpty()).isTrue();
        assertThat(Listeners.of().isEmpty()).isTrue();
        assertThat(Listeners.none().listeners()).isEmpty();
    }

    @Test
    void the_default_hook_runs_the_notification_at_once() {
        List<String> ran = new ArrayList<>();

        Listeners.of(change -> { }).commitHook().afterCommit(() -> ran.add("now"));
        Listeners.none().commitHook().afterCommit(() -> ran.add("none too"));

        assertThat(ran).containsExactly("now", "none too");
    }

    @Test
    void listeners_refuse_nulls_naming_the_place() {
        AllianceListener audit = change -> { };

        Rejected.with(() -> Listeners.of((AllianceListener[]) null), "Listeners", "listeners", "value.null");
        Rejected.with(() -> Listeners.of(audit, null), "Listeners", "listeners[1]", "value.null");
        Rejected.with(() -> Listeners.none().withListener(null), "Listeners", "listener", "value.null");
        Rejected.with(() -> Listeners.none().withCommitHook(null), "Listeners", "hook", "value.null");
    }
}
