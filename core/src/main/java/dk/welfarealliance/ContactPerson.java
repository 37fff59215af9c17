package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.ShortText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact person (kontaktperson): the only personal data in the model (docs/personal-data.md). History and
 * signatories refer to a contact by its {@link ContactId} only. {@link #toString()} never shows the
 * personal fields. Erasure replaces the contact with its {@link #tombstone(ContactId) tombstone}, which
 * keeps the id (so references stay valid) and nothing of the person.
 */
@Value.Immutable
public abstract class ContactPerson implements WithContactPerson {
    /** The name a tombstone carries. */
    public static final String ERASED_NAME = "[erased]";

    /** @return the id; {@link ContactId#UNASSIGNED} until the lifecycle assigns one to a child built without it */
    @Value.Default
    public ContactId getId() {
        return ContactId.UNASSIGNED;
    }

    /** @return the person's name (personal data) */
    @ShortText
    @Value.Redacted
    public abstract String getName();

    /** @return the job title or role, e.g. "Sundhedskonsulent" (personal data) */
    @Value.Redacted
    public abstract Optional<@ShortText String> getJobTitle();

    /** @return e-mail address (personal data) */
    @Value.Redacted
    public abstract Optional<@ShortText String> getEmail();

    /** @return phone number (personal data) */
    @Value.Redacted
    public abstract Optional<@ShortText String> getPhone();

    /** @return whether this is the tombstone of an erased contact */
    @Value.Default
    public boolean isErased() {
        return false;
    }

    /** @return the tombstone that replaces contact {@code id} on erasure: the id, no personal data */
    public static ContactPerson tombstone(ContactId id) {
        return new Builder().id(id).name(ERASED_NAME).erased(true).build();
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, ContactPerson.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ContactPerson}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableContactPerson.Builder {}
}
