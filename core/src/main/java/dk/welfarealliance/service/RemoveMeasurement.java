package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.MeasurementId;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Removes one measurement from a signed or terminated agreement ({@code lifecycle.child.unknown} if the
 * agreement holds no such measurement).
 */
@Value.Immutable
public abstract non-sealed class RemoveMeasurement implements Command, WithRemoveMeasurement {
    /** @return the agreement concerned */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return the measurement to remove */
    @Value.Parameter
    public abstract MeasurementId getMeasurement();

    /** @return the command removing {@code measurement} from {@code agreement} */
    public static RemoveMeasurement of(AgreementId agreement, MeasurementId measurement) {
        return ImmutableRemoveMeasurement.of(agreement, measurement);
    }

    /** @return {@link CommandKind#EVALUATE} */
    @Override
    public CommandKind kind() {
        return CommandKind.EVALUATE;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RemoveMeasurement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRemoveMeasurement.Builder {}
}
