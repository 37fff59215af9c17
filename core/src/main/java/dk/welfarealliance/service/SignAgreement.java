package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.internal.validation.BeanValidation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Signs an agreement in dialogue or approved (docs/lifecycle.md, "sign"). Needs the period (whose end may be a date,
 * open-ended or not recorded), the signing date (before or after the start: agreements are often signed after
 * they took effect; default today) and the signatories: at least one for the municipality and one for the
 * federation or the local union, more allowed, or explicitly {@link #isSignatoriesNotRecorded() none recorded}.
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

    /**
     * @return the day of signing, to the day, month or year; it is the step's date. Default: today in the
     *     business zone
     */
    public abstract Optional<PartialDate> getSigningDate();

    /** @return who signed, in order; signatories without an id get one from the lifecycle */
    public abstract List<Signatory> getSignatories();

    /**
     * @return whether the source does not say who signed; then no signatories are given and the rule of a
     *     municipality and a football signatory does not apply
     */
    @Value.Default
    public boolean isSignatoriesNotRecorded() {
        return false;
    }

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
    public static class Builder extends ImmutableSignAgreement.Builder {
        /** Sets the signing day, known to the day. */
        public final Builder signingDate(LocalDate day) {
            return signingDate(PartialDate.day(day));
        }
    }
}
