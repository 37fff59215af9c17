package dk.welfarealliance.storage;

/**
 * A failure worth retrying: a serialization failure, a deadlock, a lost connection, a lock timeout.
 *
 * <p>If {@link #isOutcomeUnknown()} is true the failure happened while committing, so the write may or
 * may not have taken effect: re-read the alliance before retrying, never blindly repeat an insert or update.
 *
 * @since 0.1.0
 */
public class TransientStorageException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final boolean outcomeUnknown;

    /**
     * @param message what failed
     * @param cause the backend's error
     * @param outcomeUnknown whether the failure happened during commit (the write may have taken effect)
     */
    public TransientStorageException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** @return whether the write may have taken effect (the failure happened during commit) */
    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }
}
