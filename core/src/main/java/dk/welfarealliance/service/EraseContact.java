package dk.welfarealliance.service;

import dk.welfarealliance.ContactId;
import dk.welfarealliance.validation.LongText;
import java.util.Optional;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Erases a contact's personal data (docs/personal-data.md): the contact is replaced by its tombstone, which keeps
 * only the id, so signatories and history still refer to something. Erasing an erased contact changes
 * nothing.
 */
@Value.Immutable
public abstract non-sealed class EraseContact implements Command, WithEraseContact {
    /** @return the contact to erase */
    public abstract ContactId getContact();

    /** @return why, for the history; must not contain personal data */
    public abstract Optional<@LongText String> getReason();

    /** @return the command for {@code contact}, without a reason */
    public static EraseContact of(ContactId contact) {
        return builder().contact(contact).build();
    }

    /** @return {@link CommandKind#ALLIANCE_EDIT} */
    @Override
    public CommandKind kind() {
        return CommandKind.ALLIANCE_EDIT;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, EraseContact.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableEraseContact.Builder {}
}
