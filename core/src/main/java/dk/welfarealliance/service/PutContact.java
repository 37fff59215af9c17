package dk.welfarealliance.service;

import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Adds a contact to the alliance, or replaces the one with the same id, without passing back every list.
 * A contact without an id gets one from the lifecycle's {@link dk.welfarealliance.IdGenerator}. An erased contact cannot be changed ({@code lifecycle.contact.erased}).
 */
@Value.Immutable
public abstract non-sealed class PutContact implements Command, WithPutContact {
    /** @return the contact as it should be */
    @Value.Parameter
    public abstract ContactPerson getContact();

    /** @return the command putting {@code contact} */
    public static PutContact of(ContactPerson contact) {
        return ImmutablePutContact.of(contact);
    }

    /** @return {@link CommandKind#ALLIANCE_EDIT} */
    @Override
    public CommandKind kind() {
        return CommandKind.ALLIANCE_EDIT;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, PutContact.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutablePutContact.Builder {}
}
