package dk.welfarealliance.storage;

import dk.welfarealliance.AllianceId;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * A stored alliance cannot be read as a valid {@code Alliance} under today's rules (docs/model.md), e.g.
 * after rows were edited by hand. Names the alliance and the violations; the cause is the
 * {@link ValidationException} that building the value raised. Other alliances remain readable.
 *
 * <p>A backend that stores documents (JSON, a serialised form) throws it too for a document it cannot decode at
 * all (malformed, truncated, an unknown format version): report it as a {@link ValidationException} whose
 * violation names the place in the document, with the decoder's error as its cause, so that the caller learns which
 * alliance is unreadable; never return a half-built alliance or skip the document silently.
 *
 * @since 0.1.0
 */
public class StoredDataInvalidException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final transient AllianceId allianceId;

    /**
     * @param allianceId the alliance whose stored data is invalid
     * @param cause what building the value reported
     */
    public StoredDataInvalidException(AllianceId allianceId, ValidationException cause) {
        super("stored alliance " + allianceId + " is invalid: " + cause.getMessage(), cause);
        this.allianceId = allianceId;
    }

    /** @return the alliance whose stored data is invalid */
    public AllianceId getAllianceId() {
        return allianceId;
    }

    /** @return the rules the stored data breaks */
    public List<Violation> getViolations() {
        // the constructor sets the cause, and a Throwable's cause cannot be replaced once set
        return ((ValidationException) Objects.requireNonNull(getCause())).getViolations();
    }
}
