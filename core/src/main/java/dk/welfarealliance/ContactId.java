package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Ids;
import java.util.UUID;

/**
 * Identifies a {@link ContactPerson}; history and signatories refer to contacts only by this id. Wraps a UUID from an {@link IdGenerator}; stores never make ids. Ordered by the
 * unsigned order of {@link UuidOrder}; {@link #toString()} is the UUID's canonical text.
 *
 * @param value the UUID
 */
public record ContactId(UUID value) implements Comparable<ContactId> {
    /**
     * The id of a child built without one, until the lifecycle assigns a real one from its {@link IdGenerator}
     * (the nil UUID, which no generator returns). No alliance holds it ({@code alliance.id.unassigned}).
     */
    public static final ContactId UNASSIGNED = new ContactId(new UUID(0L, 0L));

    /** @throws dk.welfarealliance.validation.ValidationException if {@code value} is null */
    public ContactId {
        Ids.requireValue(value, "ContactId");
    }

    /** @return the id wrapping {@code value} */
    public static ContactId of(UUID value) {
        return new ContactId(value);
    }

    /**
     * @param text a UUID in its canonical text form
     * @return the id
     * @throws dk.welfarealliance.validation.ValidationException ({@code id.format}) if {@code text} is not a UUID
     */
    public static ContactId parse(String text) {
        return new ContactId(Ids.parse(text, "ContactId"));
    }

    /** @return whether this is a real id rather than {@link #UNASSIGNED} */
    public boolean isAssigned() {
        return !equals(UNASSIGNED);
    }

    @Override
    public int compareTo(ContactId other) {
        return UuidOrder.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
