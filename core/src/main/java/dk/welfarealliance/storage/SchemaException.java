package dk.welfarealliance.storage;

/**
 * The store's tables are missing or at the wrong schema version. The message names what is missing and,
 * for the JDBC store, the migration script to apply.
 *
 * @since 0.1.0
 */
public class SchemaException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** @param message what is missing or wrong, and what to apply */
    public SchemaException(String message) {
        super(message);
    }

    /**
     * @param message what is missing or wrong, and what to apply
     * @param cause the backend's error
     */
    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
