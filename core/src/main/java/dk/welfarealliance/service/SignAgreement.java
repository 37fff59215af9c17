package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Signs an agreement in dialogue or approved (DESIGN §3, "sign"). Needs the period, the signing date (before
 * or after the start: agreements are often signed after they took effect) and the signatories: at least one
 * for the municipality and one for the federation or the local union; more are allowed.
 *
 * <p>The period must not overlap the term of any signed or terminated agreement
 * ({@code lifecycle.sign.overlap}), unless that term is named in {@link #getSupersedes()}: a
 * {@code SIGNED} term that starts before the new start and ends on or after the day before it. That term is
 * then terminated on the day before the new start in the same command, and the history gets two entries.
 */
@Value.Immutable
public abstract non-sealed class SignAgreement implements Command, WithSignAgreement {

    /** @return the agreement to sign */
    public abstract AgreementId getAgreement();

    /** @return the term */
    public abstract AgreementPeriod getPeriod();

    /** @return the day of signing */
    @SupportedDate
    public abstract LocalDate getSigningDate();

    /** @return who signed, in order */
    public abstract List<Signatory> getSignatories();

    /** @return the signed term this one supersedes, if it replaces a term still in force */
    public abstract Optional<AgreementId> getSupersedes();

    /** @return {@link CommandKind#SIGN} */
    @Override
    public CommandKind kind() {
        return CommandKind.SIGN;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, SignAgreement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableSignAgreement.Builder {}
}
