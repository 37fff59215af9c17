package dk.welfarealliance.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.storage.IntegrityException;
import dk.welfarealliance.storage.SchemaException;
import dk.welfarealliance.storage.StorageException;
import dk.welfarealliance.storage.TransientStorageException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlErrorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01", "HYT00", "90131", "08000", "08001", "08003", "08006", "08P01", "53300", "55P03", "57014",
            "57P01", "57P02", "57P03"})
    void these_sql_states_are_transient_and_keep_the_cause(String state) {
        SQLException error = new SQLException("some text the classifier never reads", state);

        StorageException classified = SqlErrors.classify(error, "update of alliance x", false);

        assertThat(classified).isInstanceOfSatisfying(TransientStorageException.class,
                e -> assertThat(e.isOutcomeUnknown()).isFalse());
        assertThat(classified).hasCause(error).hasMessageContaining(state).hasMessageContaining("update of alliance x");
    }

    @Test
    void a_transient_error_during_commit_has_an_unknown_outcome() {
        StorageException classified = SqlErrors.classify(new SQLException("lost", "08006"), "insert", true);

        assertThat(classified).isInstanceOfSatisfying(TransientStorageException.class,
                e -> assertThat(e.isOutcomeUnknown()).isTrue());
        assertThat(classified).hasMessageContaining("outcome is unknown");
    }

    @Test
    void any_sql_transient_exception_is_transient_whatever_its_state() {
        assertThat(SqlErrors.classify(new SQLTimeoutException("timeout", "XX000"), "read", false))
                .isInstanceOf(TransientStorageException.class);
        assertThat(SqlErrors.classify(new SQLTransientConnectionException("no state"), "read", false))
                .isInstanceOf(TransientStorageException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42P01", "42S02", "42S03", "42S04", "42703", "42S22", "3F000", "90079"})
    void these_sql_states_mean_the_schema_does_not_match(String state) {
        SQLException error = new SQLException("table not found", state);

        assertThat(SqlErrors.classify(error, "read", false)).isInstanceOf(SchemaException.class).hasCause(error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23503", "23502", "23514", "23000"})
    void constraint_violations_outside_an_insert_of_an_alliance_are_integrity_errors(String state) {
        SQLException error = new SQLException("violation", state);

        assertThat(SqlErrors.classify(error, "update of alliance x", false)).isInstanceOf(IntegrityException.class)
                .hasCause(error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"22001", "42601", "XX000", "25P02", "0A000"})
    void other_sql_states_are_the_root_storage_exception(String state) {
        SQLException error = new SQLException("other", state);

        assertThat(SqlErrors.classify(error, "read", false)).isExactlyInstanceOf(StorageException.class).hasCause(error);
    }

    @Test
    void an_error_without_sql_state_is_the_root_storage_exception() {
        SQLException error = new SQLException("no state");

        assertThat(SqlErrors.classify(error, "read", false)).isExactlyInstanceOf(StorageException.class)
                .hasCause(error).hasMessageContaining("no SQLState");
    }

    @Test
    void a_batch_error_without_a_state_of_its_own_is_classified_by_the_next_exception() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", (String) null, new int[0]);
        batch.setNextException(new SQLException("duplicate", "23505"));

        assertThat(SqlErrors.isUniqueViolation(batch)).isTrue();
        assertThat(SqlErrors.classify(batch, "update", false)).isInstanceOf(IntegrityException.class).hasCause(batch);
    }

    @Test
    void the_message_text_plays_no_part() {
        SQLException misleading = new SQLException("deadlock detected; duplicate key; relation does not exist", "22003");

        assertThat(SqlErrors.classify(misleading, "read", false)).isExactlyInstanceOf(StorageException.class);
    }
}
