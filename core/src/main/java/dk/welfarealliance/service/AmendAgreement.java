package dk.welfarealliance.service;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.internal.validation.BeanValidation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Replaces a signed agreement with an amended version of it (docs/lifecycle.md, "amend"). The end may move later,
 * never earlier ({@code lifecycle.amend.end-earlier}), and the start not at all; focus areas, initiatives,
 * elite commitments, elite events and payments may change. Any other difference is rejected ({@code
 * lifecycle.change.not-allowed}) naming the field. Focus areas added must be custom or in the catalogue.
 * An amendment that changes nothing is accepted and appends no history.
 */
@Value.Immutable
public abstract non-sealed class AmendAgreement implements Command, WithAmendAgreement {
    /** @return the agreement as it should be; its id names the agreement to amend */
    @Value.Parameter
    public abstract Agreement getRevised();

    /** @return the command for {@code revised} */
    public static AmendAgreement of(Agreement revised) {
        return ImmutableAmendAgreement.of(revised);
    }

    /** @return the day the step happened, to the day, month or year; default: today in the business zone */
    public abstract Optional<PartialDate> getOn();

    /** @return {@link CommandKind#AMEND} */
    @Override
    public CommandKind kind() {
        return CommandKind.AMEND;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, AmendAgreement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableAmendAgreement.Builder {}
}
