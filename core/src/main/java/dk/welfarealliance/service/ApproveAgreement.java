package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.internal.validation.BeanValidation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Approves an agreement in dialogue (e.g. after the council's decision).
 */
@Value.Immutable
public abstract non-sealed class ApproveAgreement implements Command, WithApproveAgreement {
    /** @return the agreement to approve */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return the command for {@code agreement}, approved today */
    public static ApproveAgreement of(AgreementId agreement) {
        return ImmutableApproveAgreement.of(agreement);
    }

    /** @return the command for {@code agreement}, approved {@code on} (e.g. the council's decision) */
    public static ApproveAgreement of(AgreementId agreement, PartialDate on) {
        return ImmutableApproveAgreement.of(agreement).withOn(on);
    }

    /** @return the day the step happened, to the day, month or year; default: today in the business zone */
    public abstract Optional<PartialDate> getOn();

    /** @return {@link CommandKind#APPROVE} */
    @Override
    public CommandKind kind() {
        return CommandKind.APPROVE;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, ApproveAgreement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableApproveAgreement.Builder {}
}
