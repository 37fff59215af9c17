package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Approves an agreement in dialogue (e.g. after the council's decision).
 */
@Value.Immutable
public abstract non-sealed class ApproveAgreement implements Command, WithApproveAgreement {
    /** @return the agreement to approve */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return the command for {@code agreement} */
    public static ApproveAgreement of(AgreementId agreement) {
        return ImmutableApproveAgreement.of(agreement);
    }

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
