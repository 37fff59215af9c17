package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.validation.ShortText;
import java.util.Optional;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Opens the renewal (forlængelse, fornyelse) of a signed or terminated agreement: a new agreement in
 * dialogue whose {@code renews} names the previous one. It may be opened while the previous term is still
 * in force. The renewal starts with a copy of the previous agreement's focus areas, initiatives (with
 * their goals), elite commitments and payments, all under new ids, to be edited before signing; its local
 * union is the one covering the municipality now. Rejected while another agreement is open.
 */
@Value.Immutable
public abstract non-sealed class RenewAgreement implements Command, WithRenewAgreement {
    /** @return the agreement being renewed */
    public abstract AgreementId getPrevious();

    /** @return the renewal's title */
    @ShortText
    public abstract String getTitle();

    /** @return the planned period of the renewal, if known */
    public abstract Optional<AgreementPeriod> getPlannedPeriod();

    /** @return why, for the history (e.g. the results cited) */
    public abstract Optional<@LongText String> getReason();

    /** @return the day the step happened, to the day, month or year; default: today in the business zone */
    public abstract Optional<PartialDate> getOn();

    /** @return {@link CommandKind#RENEW} */
    @Override
    public CommandKind kind() {
        return CommandKind.RENEW;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RenewAgreement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRenewAgreement.Builder {}
}
