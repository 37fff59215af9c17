package dk.welfarealliance.storage;

/**
 * The backend rejected a write for a constraint violation other than a duplicate alliance. With valid
 * aggregates this cannot happen, so it signals a bug in the store or a schema changed by hand. Nothing was
 * written.
 *
 * @since 0.1.0
 */
public class IntegrityException extends StorageException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being written
     * @param cause the backend's error
     */
    public IntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
