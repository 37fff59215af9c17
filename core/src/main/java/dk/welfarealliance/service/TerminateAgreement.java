package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.internal.validation.BeanValidation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Terminates a signed agreement (docs/lifecycle.md, "terminate"): the last day in force lies between the day
 * before the start (it never came into force) and the end ({@code lifecycle.terminate.date-range}), and a
 * reason is given. Terminal.
 */
@Value.Immutable
public abstract non-sealed class TerminateAgreement implements Command, WithTerminateAgreement {
    /** @return the agreement to terminate */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return the last day the agreement is in force */
    @Value.Parameter
    @SupportedDate
    public abstract LocalDate getLastDayInForce();

    /** @return why; recorded on the agreement and in the history */
    @Value.Parameter
    @LongText
    public abstract String getReason();

    /** @return the command */
    public static TerminateAgreement of(AgreementId agreement, LocalDate lastDayInForce, String reason) {
        return ImmutableTerminateAgreement.of(agreement, lastDayInForce, reason);
    }

    /** @return the day the step happened, to the day, month or year; default: today in the business zone */
    public abstract Optional<PartialDate> getOn();

    /** @return {@link CommandKind#TERMINATE} */
    @Override
    public CommandKind kind() {
        return CommandKind.TERMINATE;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, TerminateAgreement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableTerminateAgreement.Builder {}
}
