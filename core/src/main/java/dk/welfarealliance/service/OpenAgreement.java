package dk.welfarealliance.service;

import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.validation.ShortText;
import java.util.Optional;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Opens a new agreement in dialogue (DESIGN §3, "open"). Rejected while another agreement of the alliance
 * is open ({@code lifecycle.open-agreement.exists}). The local union defaults to the one the catalogue
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

    /** @return the command for an agreement titled {@code title}, with no planned period */
    public static OpenAgreement titled(String title) {
        return builder().title(title).build();
    }

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
