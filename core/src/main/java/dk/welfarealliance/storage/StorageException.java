package dk.welfarealliance.storage;

import org.jspecify.annotations.Nullable;

/**
 * The root of every error a store reports (docs/storage-contract.md). Unchecked. A store throws this class itself only
 * for failures it cannot classify more precisely (for JDBC: any SQL error whose SQLState is not listed
 * for a subclass, including a null SQLState); the cause is always kept.
 *
 * @since 0.1.0
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, naming the alliance where there is one; never personal data */
    public StorageException(String message) {
        super(message);
    }

    /**
     * @param message what failed, naming the alliance where there is one; never personal data
     * @param cause the backend's own error, kept for diagnosis
     */
    public StorageException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
