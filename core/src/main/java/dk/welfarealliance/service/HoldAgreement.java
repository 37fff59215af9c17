package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.validation.LongText;
import java.util.Optional;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Puts an agreement in dialogue or approved on hold; the state it left is remembered for {@link
 * ResumeAgreement}.
 */
@Value.Immutable
public abstract non-sealed class HoldAgreement implements Command, WithHoldAgreement {
    /** @return the agreement to put on hold */
    public abstract AgreementId getAgreement();

    /** @return why, for the history */
    public abstract Optional<@LongText String> getReason();

    /** @return the command for {@code agreement}, without a reason */
    public static HoldAgreement of(AgreementId agreement) {
        return builder().agreement(agreement).build();
    }

    /** @return the day the step happened, to the day, month or year; default: today in the business zone */
    public abstract Optional<PartialDate> getOn();

    /** @return {@link CommandKind#HOLD} */
    @Override
    public CommandKind kind() {
        return CommandKind.HOLD;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, HoldAgreement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableHoldAgreement.Builder {}
}
