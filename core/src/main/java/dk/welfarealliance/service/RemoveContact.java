package dk.welfarealliance.service;

import dk.welfarealliance.ContactId;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Removes a contact from the alliance ({@code lifecycle.child.unknown} if there is none), unless
 * a signatory or the history refers to it ({@code lifecycle.contact.in-use}: erase it instead).
 */
@Value.Immutable
public abstract non-sealed class RemoveContact implements Command, WithRemoveContact {
    /** @return the contact to remove */
    @Value.Parameter
    public abstract ContactId getContact();

    /** @return the command removing {@code contact} */
    public static RemoveContact of(ContactId contact) {
        return ImmutableRemoveContact.of(contact);
    }

    /** @return {@link CommandKind#ALLIANCE_EDIT} */
    @Override
    public CommandKind kind() {
        return CommandKind.ALLIANCE_EDIT;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RemoveContact.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRemoveContact.Builder {}
}
