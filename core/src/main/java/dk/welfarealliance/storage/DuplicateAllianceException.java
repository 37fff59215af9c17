package dk.welfarealliance.storage;

import dk.welfarealliance.AllianceId;
import org.jspecify.annotations.Nullable;

/**
 * An insert found an alliance with the same id, or with the same natural key (federation, municipality).
 * Nothing was written. When both collide (the same alliance inserted twice) the key is {@link Key#ID}.
 *
 * @since 0.1.0
 */
public class DuplicateAllianceException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** Which unique key an insert collided on. */
    public enum Key {
        /** The alliance id. */
        ID,
        /** The natural key (federation, municipality). */
        NATURAL_KEY
    }

    private final transient AllianceId allianceId;
    private final Key key;

    /**
     * @param allianceId the id of the alliance that was being inserted
     * @param key which key collided
     * @param cause the backend's error, or null for a store that detects duplicates itself
     */
    public DuplicateAllianceException(AllianceId allianceId, Key key, @Nullable Throwable cause) {
        super("alliance " + allianceId + " was not inserted: another alliance has the same "
                + (key == Key.ID ? "id" : "natural key (federation, municipality)"), cause);
        this.allianceId = allianceId;
        this.key = key;
    }

    /** @return the id of the alliance that was being inserted */
    public AllianceId getAllianceId() {
        return allianceId;
    }

    /** @return which key collided */
    public Key getKey() {
        return key;
    }
}
