package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Ids;
import java.util.UUID;

/**
 * Identifies a {@link Measurement}. Wraps a UUID from an {@link IdGenerator}; stores never make ids. Ordered by the
 * unsigned order of {@link UuidOrder}; {@link #toString()} is the UUID's canonical text.
 *
 * @param value the UUID
 */
public record MeasurementId(UUID value) implements Comparable<MeasurementId> {
    /** @throws dk.welfarealliance.validation.ValidationException if {@code value} is null */
    public MeasurementId {
        Ids.requireValue(value, "MeasurementId");
    }

    /** @return the id wrapping {@code value} */
    public static MeasurementId of(UUID value) {
        return new MeasurementId(value);
    }

    /**
     * @param text a UUID in its canonical text form
     * @return the id
     * @throws dk.welfarealliance.validation.ValidationException ({@code id.format}) if {@code text} is not a UUID
     */
    public static MeasurementId parse(String text) {
        return new MeasurementId(Ids.parse(text, "MeasurementId"));
    }

    @Override
    public int compareTo(MeasurementId other) {
        return UuidOrder.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
