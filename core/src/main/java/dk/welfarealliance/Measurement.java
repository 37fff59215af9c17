package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Numbers;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.validation.SupportedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measurement (måling) of a {@link Goal} on a date, in the goal's unit. Recorded by the evaluate command,
 * also after the term has ended. The value is normalised like the goal's numbers.
 */
@Value.Immutable
public abstract class Measurement implements WithMeasurement {

    /** @return the id; {@link MeasurementId#UNASSIGNED} until the lifecycle assigns one to a child built without it */
    @Value.Default
    public MeasurementId getId() {
        return MeasurementId.UNASSIGNED;
    }

    /** @return the goal measured; it must belong to an initiative of the same agreement */
    public abstract GoalId getGoal();

    /** @return the day the value was measured */
    @SupportedDate
    public abstract LocalDate getDate();

    /** @return the measured value */
    public abstract BigDecimal getValue();

    /** @return the unit; must equal the goal's */
    public abstract GoalUnit getUnit();

    /** @return a note on how it was measured */
    public abstract Optional<@LongText String> getNote();

    @Value.Check
    protected Measurement normalize() {
        Violations v = Violations.of(Measurement.class).addAll(BeanValidation.validate(this, Measurement.class));
        Numbers.check(v, "value", getValue());
        v.throwIfAny();
        BigDecimal value = Numbers.normalize(getValue());
        return value.equals(getValue()) ? this : new Builder().from(this).value(value).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Measurement}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableMeasurement.Builder {}
}
