package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Adds an initiative to a draft or signed agreement, or replaces the one with the same id, without passing
 * back the agreement. Its focus area must be one of the agreement's; clubs and partners it names must be the
 * alliance's. An initiative or goal without an id gets one from the lifecycle's {@link
 * dk.welfarealliance.IdGenerator}.
 */
@Value.Immutable
public abstract non-sealed class PutInitiative implements Command, WithPutInitiative {
    /** @return the agreement concerned */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return the initiative as it should be */
    @Value.Parameter
    public abstract Initiative getInitiative();

    /** @return the command putting {@code initiative} on {@code agreement} */
    public static PutInitiative of(AgreementId agreement, Initiative initiative) {
        return ImmutablePutInitiative.of(agreement, initiative);
    }

    /** @return {@link CommandKind#CONTENT} */
    @Override
    public CommandKind kind() {
        return CommandKind.CONTENT;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, PutInitiative.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutablePutInitiative.Builder {}
}
