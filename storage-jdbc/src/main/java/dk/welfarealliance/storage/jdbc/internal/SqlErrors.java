package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.IntegrityException;
import dk.welfarealliance.storage.SchemaException;
import dk.welfarealliance.storage.StorageException;
import dk.welfarealliance.storage.TransientStorageException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Classifies SQL errors by SQLState, never by message text, and always keeps the error as the cause
 * (docs/storage-contract.md):
 *
 * <ul>
 *   <li>23505 (unique violation): a duplicate; the store turns it into {@link
 *       dk.welfarealliance.storage.DuplicateAllianceException} where it inserts an alliance, and it is an
 *       integrity error anywhere else;
 *   <li>any other 23xxx: {@link IntegrityException};
 *   <li>40001 (serialization failure; H2's deadlock), 40P01 (deadlock), HYT00 (H2's lock timeout), 90131 (H2's
 *       concurrent update), 08xxx (connection), 53300 (too many connections), 55P03 (lock not available),
 *       57014 (statement cancelled, e.g. by {@code statement_timeout}), 57P01/57P02/57P03 (server shutting down,
 *       backend terminated, server not yet accepting connections) and any {@link SQLTransientException}:
 *       {@link TransientStorageException}, whose outcome is unknown when it happened during commit;
 *   <li>42P01, 42S02, 42S03, 42S04, 42703, 42S22, 3F000, 90079: {@link SchemaException};
 *   <li>anything else, a missing SQLState included: {@link StorageException}.
 * </ul>
 *
 * A {@link BatchUpdateException} without a SQLState of its own is classified by the next exception, which
 * carries the failed statement's state.
 */
public final class SqlErrors {
    /** The SQLState of a unique violation. */
    public static final String UNIQUE_VIOLATION = "23505";

    private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "HYT00", "90131", "53300", "55P03",
            "57014", "57P01", "57P02", "57P03");
    private static final Set<String> SCHEMA = Set.of("42P01", "42S02", "42S03", "42S04", "42703", "42S22", "3F000",
            "90079");

    private SqlErrors() {}

    /** @return the SQLState that classifies {@code error}, or null if there is none */
    public static String stateOf(SQLException error) {
        String state = error.getSQLState();
        if (state == null && error instanceof BatchUpdateException && error.getNextException() != null) {
            return error.getNextException().getSQLState();
        }
        return state;
    }

    /** @return whether {@code error} is a unique violation */
    public static boolean isUniqueViolation(SQLException error) {
        return UNIQUE_VIOLATION.equals(stateOf(error));
    }

    /**
     * @param error the driver's error, kept as the cause
     * @param what the operation, e.g. {@code "update of alliance 3f2a…"}; never personal data
     * @param duringCommit whether the error came from the commit, which makes a transient error's outcome unknown
     * @return the storage exception for {@code error}
     */
    public static StorageException classify(SQLException error, String what, boolean duringCommit) {
        String state = stateOf(error);
        String code = " (SQLState " + state + ")";
        if (error instanceof SQLTransientException || isTransient(state)) {
            return new TransientStorageException(what + (duringCommit
                    ? " failed while committing" + code + ": the outcome is unknown, re-read before retrying"
                    : " failed" + code + ": nothing was changed, retrying may succeed"), error, duringCommit);
        }
        if (state == null) {
            return new StorageException(what + " failed (no SQLState)", error);
        }
        if (state.startsWith("23")) {
            return new IntegrityException(what + " broke a database constraint" + code
                    + ": the store should have prevented it, please report it", error);
        }
        if (SCHEMA.contains(state)) {
            return new SchemaException(what + " failed: a table or column is missing" + code
                    + ": check that the scripts were applied to the configured schema", error);
        }
        return new StorageException(what + " failed" + code, error);
    }

    private static boolean isTransient(String state) {
        return state != null && (TRANSIENT.contains(state) || state.startsWith("08"));
    }
}
