package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.ExtensionOption;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Payment;
import dk.welfarealliance.UnrecordedTerm;
import java.util.List;
import java.util.SortedSet;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.validation.ShortText;
import java.util.Optional;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Opens a new agreement in dialogue (docs/lifecycle.md, "open"), with whatever draft content is known already: focus
 * areas, initiatives, elite commitments, payments, an option to extend, and the term it renews (an agreement of
 * the alliance, or one the registry does not hold). Rejected while another agreement of the alliance is open
 * ({@code lifecycle.open-agreement.exists}). The local union defaults to the one the catalogue
 * says covers the municipality now; a union given explicitly must exist and cover it ({@code
 * catalogue.local-union.*}).
 */
@Value.Immutable
public abstract non-sealed class OpenAgreement implements Command, WithOpenAgreement {
    /** @return the new agreement's title */
    @ShortText
    public abstract String getTitle();

    /** @return the planned period, if already known */
    public abstract Optional<AgreementPeriod> getPlannedPeriod();

    /** @return the local union party; defaults to the covering union per the catalogue */
    public abstract Optional<LocalUnionCode> getLocalUnion();

    /** @return the signed or terminated agreement of the alliance this one renews */
    public abstract Optional<AgreementId> getRenews();

    /** @return the earlier term, not in the registry, this one renews */
    public abstract Optional<UnrecordedTerm> getRenewsUnrecorded();

    /** @return the focus areas known already: custom or in the catalogue */
    @Value.NaturalOrder
    public abstract SortedSet<FocusAreaCode> getFocusAreas();

    /** @return the initiatives known already; ids are assigned where left out */
    public abstract List<Initiative> getInitiatives();

    /** @return the elite commitments known already; ids are assigned where left out */
    public abstract List<EliteCommitment> getEliteCommitments();

    /** @return the payments known already; ids are assigned where left out */
    public abstract List<Payment> getPayments();

    /** @return an option to extend, if the draft holds one */
    public abstract Optional<ExtensionOption> getExtensionOption();

    /** @return the command for an agreement titled {@code title}, with no planned period */
    public static OpenAgreement titled(String title) {
        return builder().title(title).build();
    }

    /** @return the day the step happened, to the day, month or year; default: today in the business zone */
    public abstract Optional<PartialDate> getOn();

    /** @return {@link CommandKind#OPEN} */
    @Override
    public CommandKind kind() {
        return CommandKind.OPEN;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, OpenAgreement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableOpenAgreement.Builder {}
}
