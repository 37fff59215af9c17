package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Ids;
import java.util.UUID;

/**
 * Identifies an {@link EliteCommitment}. Wraps a UUID from an {@link IdGenerator}; stores never make ids. Ordered by the
 * unsigned order of {@link UuidOrder}; {@link #toString()} is the UUID's canonical text.
 *
 * @param value the UUID
 */
public record EliteCommitmentId(UUID value) implements Comparable<EliteCommitmentId> {
    /**
     * The id of a child built without one, until the lifecycle assigns a real one from its {@link IdGenerator}
     * (the nil UUID, which no generator returns). No alliance holds it ({@code alliance.id.unassigned}).
     */
    public static final EliteCommitmentId UNASSIGNED = new EliteCommitmentId(new UUID(0L, 0L));

    /** @throws dk.welfarealliance.validation.ValidationException if {@code value} is null */
    public EliteCommitmentId {
        Ids.requireValue(value, "EliteCommitmentId");
    }

    /** @return the id wrapping {@code value} */
    public static EliteCommitmentId of(UUID value) {
        return new EliteCommitmentId(value);
    }

    /**
     * @param text a UUID in its canonical text form
     * @return the id
     * @throws dk.welfarealliance.validation.ValidationException ({@code id.format}) if {@code text} is not a UUID
     */
    public static EliteCommitmentId parse(String text) {
        return new EliteCommitmentId(Ids.parse(text, "EliteCommitmentId"));
    }

    /** @return whether this is a real id rather than {@link #UNASSIGNED} */
    public boolean isAssigned() {
        return !equals(UNASSIGNED);
    }

    @Override
    public int compareTo(EliteCommitmentId other) {
        return UuidOrder.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
