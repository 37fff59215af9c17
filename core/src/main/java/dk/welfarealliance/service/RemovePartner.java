package dk.welfarealliance.service;

import dk.welfarealliance.PartnerId;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Removes a partner from the alliance ({@code lifecycle.child.unknown} if there is none), unless
 * a signatory, initiative or payment refers to it ({@code lifecycle.party.in-use}).
 */
@Value.Immutable
public abstract non-sealed class RemovePartner implements Command, WithRemovePartner {
    /** @return the partner to remove */
    @Value.Parameter
    public abstract PartnerId getPartner();

    /** @return the command removing {@code partner} */
    public static RemovePartner of(PartnerId partner) {
        return ImmutableRemovePartner.of(partner);
    }

    /** @return {@link CommandKind#ALLIANCE_EDIT} */
    @Override
    public CommandKind kind() {
        return CommandKind.ALLIANCE_EDIT;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RemovePartner.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRemovePartner.Builder {}
}
