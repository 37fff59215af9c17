package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AllianceId;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What each storage error carries: all are unchecked {@link StorageException}s that keep the backend's cause, and
 * each names what its Javadoc promises (the alliance, the colliding key, the expected and stored versions, whether
 * the outcome is unknown, the violations of invalid stored data).
 */
class StorageExceptionsTest {
    private static final AllianceId ID = AllianceId.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    private final SQLException backend = new SQLException("backend says no", "40001");

    @Test
    void a_storage_error_is_unchecked_and_keeps_its_message_and_cause() {
        StorageException plain = new StorageException("reading alliance " + ID + " failed");
        StorageException withCause = new StorageException("reading failed", backend);

        assertThat(plain).isInstanceOf(RuntimeException.class).hasMessage("reading alliance " + ID + " failed")
                .hasNoCause();
        assertThat(withCause).hasMessage("reading failed").hasCause(backend);
        assertThat(new StorageException("no cause given", null)).hasNoCause();
    }

    @Test
    void a_duplicate_names_the_alliance_and_the_colliding_id() {
        DuplicateAllianceException e = new DuplicateAllianceException(ID, DuplicateAllianceException.Key.ID, backend);

        assertThat(e).isInstanceOf(StorageException.class).hasCause(backend)
                .hasMessageContaining(ID.toString()).hasMessageContaining("same id")
                .hasMessageNotContaining("natural key");
        assertThat(e.getAllianceId()).isEqualTo(ID);
        assertThat(e.getKey()).isEqualTo(DuplicateAllianceException.Key.ID);
    }

    @Test
    void a_duplicate_of_the_natural_key_says_so_and_may_come_without_a_backend_error() {
        DuplicateAllianceException e =
                new DuplicateAllianceException(ID, DuplicateAllianceException.Key.NATURAL_KEY, null);

        assertThat(e).hasNoCause().hasMessageContaining(ID.toString())
                .hasMessageContaining("natural key (federation, municipality)");
        assertThat(e.getAllianceId()).isEqualTo(ID);
        assertThat(e.getKey()).isEqualTo(DuplicateAllianceException.Key.NATURAL_KEY);
    }

    @Test
    void a_lost_optimistic_lock_carries_the_expected_and_the_stored_version() {
        OptimisticLockException e = new OptimisticLockException(ID, 3, OptionalLong.of(4));

        assertThat(e).isInstanceOf(StorageException.class).hasMessageContaining(ID.toString())
                .hasMessageContaining("version 4").hasMessageContaining("expected 3");
        assertThat(e.getAllianceId()).isEqualTo(ID);
        assertThat(e.getExpectedVersion()).isEqualTo(3);
        assertThat(e.getActualVersion()).hasValue(4);
    }

    @Test
    void a_lost_optimistic_lock_on_an_alliance_that_is_gone_has_no_stored_version() {
        OptimisticLockException e = new OptimisticLockException(ID, 5, OptionalLong.empty());

        assertThat(e).hasMessageContaining(ID.toString()).hasMessageContaining("not stored")
                .hasMessageContaining("version 5");
        assertThat(e.getAllianceId()).isEqualTo(ID);
        assertThat(e.getExpectedVersion()).isEqualTo(5);
        assertThat(e.getActualVersion()).isEmpty();
    }

    @Test
    void a_transient_failure_says_whether_the_write_may_have_taken_effect() {
        TransientStorageException duringCommit = new TransientStorageException("commit failed", backend, true);
        TransientStorageException beforeCommit = new TransientStorageException("deadlock", backend, false);

        assertThat(duringCommit).isInstanceOf(StorageException.class).hasMessage("commit failed").hasCause(backend);
        assertThat(duringCommit.isOutcomeUnknown()).isTrue();
        assertThat(beforeCommit).hasMessage("deadlock").hasCause(backend);
        assertThat(beforeCommit.isOutcomeUnknown()).isFalse();
    }

    @Test
    void a_schema_error_keeps_what_to_apply_and_the_backend_error() {
        SchemaException withoutCause = new SchemaException("table alliance is missing: apply V1__alliance.sql");
        SchemaException withCause = new SchemaException("schema version 1, expected 2", backend);

        assertThat(withoutCause).isInstanceOf(StorageException.class)
                .hasMessage("table alliance is missing: apply V1__alliance.sql").hasNoCause();
        assertThat(withCause).hasMessage("schema version 1, expected 2").hasCause(backend);
    }

    @Test
    void an_integrity_error_keeps_what_was_written_and_the_backend_error() {
        IntegrityException e = new IntegrityException("writing alliance " + ID, backend);

        assertThat(e).isInstanceOf(StorageException.class).hasMessage("writing alliance " + ID).hasCause(backend);
    }

    @Test
    void invalid_stored_data_names_the_alliance_and_the_violations_of_its_cause() {
        Violation violation = Violation.of("Alliance", "municipality", "stored.code.unknown", Map.of());
        ValidationException cause = new ValidationException(List.of(violation));

        StoredDataInvalidException e = new StoredDataInvalidException(ID, cause);

        assertThat(e).isInstanceOf(StorageException.class).hasCause(cause)
                .hasMessageContaining(ID.toString()).hasMessageContaining(cause.getMessage());
        assertThat(e.getAllianceId()).isEqualTo(ID);
        assertThat(e.getViolations()).containsExactly(violation);
    }
}
