package dk.welfarealliance.storage;

import dk.welfarealliance.AllianceId;
import java.util.OptionalLong;

/**
 * An update or delete expected a version the stored alliance no longer has, or the alliance is gone.
 * Nothing was written. Reload the alliance, reapply the change, and try again.
 *
 * @since 0.1.0
 */
public class OptimisticLockException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final transient AllianceId allianceId;
    private final long expectedVersion;
    private final OptionalLong actualVersion;

    /**
     * @param allianceId the alliance
     * @param expectedVersion the version the caller expected
     * @param actualVersion the stored version, or empty if no alliance with that id is stored
     */
    public OptimisticLockException(AllianceId allianceId, long expectedVersion, OptionalLong actualVersion) {
        super(actualVersion.isPresent()
                ? "alliance " + allianceId + " is at version " + actualVersion.getAsLong() + ", the change expected "
                        + expectedVersion + ": reload and reapply the change"
                : "alliance " + allianceId + " is not stored (the change expected version " + expectedVersion
                        + "): it was deleted or never inserted");
        this.allianceId = allianceId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** @return the alliance */
    public AllianceId getAllianceId() {
        return allianceId;
    }

    /** @return the version the caller expected */
    public long getExpectedVersion() {
        return expectedVersion;
    }

    /** @return the stored version, or empty if the alliance is not stored */
    public OptionalLong getActualVersion() {
        return actualVersion;
    }
}
