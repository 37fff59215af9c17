package dk.welfarealliance.service;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.internal.validation.BeanValidation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Replaces a draft agreement (in dialogue, approved or on hold) with a revised version of it (docs/lifecycle.md,
 * "edit"). Only draft content may differ: title, planned period, focus areas, initiatives, elite
 * commitments and payments; any other difference is rejected ({@code lifecycle.change.not-allowed}) naming
 * the field. Focus areas added must be custom or in the catalogue. An edit that changes nothing is
 * accepted and appends no history.
 */
@Value.Immutable
public abstract non-sealed class EditAgreement implements Command, WithEditAgreement {
    /** @return the agreement as it should be; its id names the agreement to edit */
    @Value.Parameter
    public abstract Agreement getRevised();

    /** @return the command for {@code revised} */
    public static EditAgreement of(Agreement revised) {
        return ImmutableEditAgreement.of(revised);
    }

    /** @return the day the step happened, to the day, month or year; default: today in the business zone */
    public abstract Optional<PartialDate> getOn();

    /** @return {@link CommandKind#EDIT} */
    @Override
    public CommandKind kind() {
        return CommandKind.EDIT;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, EditAgreement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableEditAgreement.Builder {}
}
