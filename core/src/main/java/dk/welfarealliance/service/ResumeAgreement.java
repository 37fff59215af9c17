package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.internal.validation.BeanValidation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Resumes an agreement on hold in the state it left.
 */
@Value.Immutable
public abstract non-sealed class ResumeAgreement implements Command, WithResumeAgreement {
    /** @return the agreement to resume */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return the command for {@code agreement} */
    public static ResumeAgreement of(AgreementId agreement) {
        return ImmutableResumeAgreement.of(agreement);
    }

    /** @return the day the step happened, to the day, month or year; default: today in the business zone */
    public abstract Optional<PartialDate> getOn();

    /** @return {@link CommandKind#RESUME} */
    @Override
    public CommandKind kind() {
        return CommandKind.RESUME;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, ResumeAgreement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableResumeAgreement.Builder {}
}
