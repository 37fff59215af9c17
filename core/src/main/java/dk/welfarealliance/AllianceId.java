package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Ids;
import java.util.UUID;

/**
 * Identifies an {@link Alliance}, the aggregate. Wraps a UUID from an {@link IdGenerator}; stores never make ids. Ordered by the
 * unsigned order of {@link UuidOrder}; {@link #toString()} is the UUID's canonical text.
 *
 * @param value the UUID
 */
public record AllianceId(UUID value) implements Comparable<AllianceId> {
    /** @throws dk.welfarealliance.validation.ValidationException if {@code value} is null */
    public AllianceId {
        Ids.requireValue(value, "AllianceId");
    }

    /** @return the id wrapping {@code value} */
    public static AllianceId of(UUID value) {
        return new AllianceId(value);
    }

    /**
     * @param text a UUID in its canonical text form
     * @return the id
     * @throws dk.welfarealliance.validation.ValidationException ({@code id.format}) if {@code text} is not a UUID
     */
    public static AllianceId parse(String text) {
        return new AllianceId(Ids.parse(text, "AllianceId"));
    }

    @Override
    public int compareTo(AllianceId other) {
        return UuidOrder.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
