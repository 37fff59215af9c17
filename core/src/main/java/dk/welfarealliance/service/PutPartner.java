package dk.welfarealliance.service;

import dk.welfarealliance.Partner;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Adds a partner to the alliance, or replaces the one with the same id, without passing back every list.
 * A partner without an id gets one from the lifecycle's {@link dk.welfarealliance.IdGenerator}.
 */
@Value.Immutable
public abstract non-sealed class PutPartner implements Command, WithPutPartner {
    /** @return the partner as it should be */
    @Value.Parameter
    public abstract Partner getPartner();

    /** @return the command putting {@code partner} */
    public static PutPartner of(Partner partner) {
        return ImmutablePutPartner.of(partner);
    }

    /** @return {@link CommandKind#ALLIANCE_EDIT} */
    @Override
    public CommandKind kind() {
        return CommandKind.ALLIANCE_EDIT;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, PutPartner.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutablePutPartner.Builder {}
}
