package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.internal.validation.BeanValidation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Abandons an agreement before signing (in dialogue, approved or on hold), with a reason. Terminal.
 */
@Value.Immutable
public abstract non-sealed class AbandonAgreement implements Command, WithAbandonAgreement {
    /** @return the agreement to abandon */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return why; recorded on the agreement and in the history */
    @Value.Parameter
    @LongText
    public abstract String getReason();

    /** @return the command */
    public static AbandonAgreement of(AgreementId agreement, String reason) {
        return ImmutableAbandonAgreement.of(agreement, reason);
    }

    /** @return the day the step happened, to the day, month or year; default: today in the business zone */
    public abstract Optional<PartialDate> getOn();

    /** @return {@link CommandKind#ABANDON} */
    @Override
    public CommandKind kind() {
        return CommandKind.ABANDON;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, AbandonAgreement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableAbandonAgreement.Builder {}
}
