package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.ValidationException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllianceServiceTest {
    private final MapStore store = new MapStore();
    private final AllianceService service = new AllianceService(Fixtures.lifecycle(7), store);

    private Alliance aarhus() {
        return service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);
    }

    @Test
    void create_stores_the_new_alliance_at_version_1() {
        Alliance created = aarhus();
        assertThat(created.getVersion()).isEqualTo(1);
        assertThat(service.find(created.getId())).contains(created);
        assertThat(service.find(FederationCode.DBU, Fixtures.AARHUS)).contains(created);
    }

    @Test
    void execute_applies_the_command_and_stores_the_result_at_the_next_version() {
        Alliance created = aarhus();
        Alliance after = service.execute(created.getId(), OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR).getAlliance();
        assertThat(after.getVersion()).isEqualTo(2);
        assertThat(after.openAgreement()).get().extracting(a -> a.getState()).isEqualTo(AgreementState.IN_DIALOGUE);
        assertThat(after.getHistory()).last().extracting(e -> e.getEvent()).isEqualTo(HistoryEvent.OPENED);
        assertThat(service.find(created.getId())).contains(after);
    }

    @Test
    void execute_retries_from_a_fresh_read_when_another_writer_got_there_first() {
        Alliance created = aarhus();
        store.interfereWithNextUpdates(2);
        Alliance after = service.execute(created.getId(), OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR).getAlliance();
        assertThat(store.updates).isEqualTo(3);
        assertThat(after.getVersion()).isEqualTo(4);
        assertThat(after.openAgreement()).isPresent();
    }

    @Test
    void execute_gives_up_with_the_optimistic_lock_error_after_the_configured_attempts() {
        Alliance created = aarhus();
        store.interfereWithNextUpdates(AllianceService.DEFAULT_ATTEMPTS);
        assertThatThrownBy(() -> service.execute(created.getId(), OpenAgreement.titled("Velfærdsalliance"), Fixtures.ACTOR))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(store.updates).isEqualTo(AllianceService.DEFAULT_ATTEMPTS);
        assertThat(service.find(created.getId()).orElseThrow().openAgreement()).isEmpty();
    }

    @Test
    void a_rejected_command_writes_nothing() {
        Alliance created = aarhus();
        service.execute(created.getId(), OpenAgreement.titled("First"), Fixtures.ACTOR).getAlliance();
        Alliance before = service.find(created.getId()).orElseThrow();
        ValidationException e = Rejected.by(
                () -> service.execute(created.getId(), OpenAgreement.titled("Second"), Fixtures.ACTOR));
        assertThat(e.getRules()).containsExactly("lifecycle.open-agreement.exists");
        assertThat(service.find(created.getId())).contains(before);
        assertThat(store.updates).isEqualTo(1);
    }

    @Test
    void a_command_that_changes_nothing_is_not_written() {
        Alliance created = aarhus();
        Alliance same = service.execute(created.getId(),
                EditAlliance.builder().build(), Fixtures.ACTOR).getAlliance();
        assertThat(same).isEqualTo(created);
        assertThat(store.updates).isZero();
    }

    @Test
    void executing_on_an_alliance_that_is_not_stored_names_it() {
        AllianceId unknown = AllianceId.of(UUID.fromString("00000000-0000-4000-8000-000000000042"));
        Rejected.with(() -> service.execute(unknown, OpenAgreement.titled("x"), Fixtures.ACTOR),
                "AllianceService", "id", "service.alliance.unknown");
    }

    @Test
    void null_arguments_and_fewer_than_one_attempt_are_rejected() {
        Rejected.with(() -> service.execute(null, OpenAgreement.titled("x"), Fixtures.ACTOR),
                "AllianceService", "id", "value.null");
        Rejected.with(() -> new AllianceService(null, store), "AllianceService", "lifecycle", "value.null");
        assertThatThrownBy(() -> new AllianceService(Fixtures.lifecycle(1), store, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
