package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Records a measurement of one of the agreement's goals on a signed or terminated agreement (also after
 * its term has ended). The goal must belong to an initiative of the agreement and the unit must be the
 * goal's.
 */
@Value.Immutable
public abstract non-sealed class RecordMeasurement implements Command, WithRecordMeasurement {
    /** @return the agreement whose goal was measured */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return the measurement to add */
    @Value.Parameter
    public abstract Measurement getMeasurement();

    /** @return the command */
    public static RecordMeasurement of(AgreementId agreement, Measurement measurement) {
        return ImmutableRecordMeasurement.of(agreement, measurement);
    }

    /** @return {@link CommandKind#EVALUATE} */
    @Override
    public CommandKind kind() {
        return CommandKind.EVALUATE;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RecordMeasurement.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRecordMeasurement.Builder {}
}
