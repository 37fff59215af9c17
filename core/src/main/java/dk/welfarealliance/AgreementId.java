package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Ids;
import java.util.UUID;

/**
 * Identifies an {@link Agreement} within its alliance. Wraps a UUID from an {@link IdGenerator}; stores never make ids. Ordered by the
 * unsigned order of {@link UuidOrder}; {@link #toString()} is the UUID's canonical text.
 *
 * @param value the UUID
 */
public record AgreementId(UUID value) implements Comparable<AgreementId> {
    /** @throws dk.welfarealliance.validation.ValidationException if {@code value} is null */
    public AgreementId {
        Ids.requireValue(value, "AgreementId");
    }

    /** @return the id wrapping {@code value} */
    public static AgreementId of(UUID value) {
        return new AgreementId(value);
    }

    /**
     * @param text a UUID in its canonical text form
     * @return the id
     * @throws dk.welfarealliance.validation.ValidationException ({@code id.format}) if {@code text} is not a UUID
     */
    public static AgreementId parse(String text) {
        return new AgreementId(Ids.parse(text, "AgreementId"));
    }

    @Override
    public int compareTo(AgreementId other) {
        return UuidOrder.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
