package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Numbers;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.ShortText;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measurable goal (mål) of an {@link Initiative}, e.g. metric "girls aged 0–18 in the clubs", baseline
 * 410, target +20 {@link GoalUnit#PERCENT}. Numbers are normalised when built (no trailing zeros), at most
 * 6 decimals ({@code number.scale}) and below 10^12 ({@code number.range}). Measurements against the goal
 * are recorded on the agreement ({@link Agreement#getMeasurements()}).
 */
@Value.Immutable
public abstract class Goal implements WithGoal {

    /** @return the goal's id; measurements refer to it */
    public abstract GoalId getId();

    /** @return what is measured */
    @ShortText
    public abstract String getMetric();

    /** @return the value at the start, if known */
    public abstract Optional<BigDecimal> getBaseline();

    /** @return the value to reach */
    public abstract BigDecimal getTarget();

    /** @return the unit of baseline, target and measurements */
    public abstract GoalUnit getUnit();

    @Value.Check
    protected Goal normalize() {
        Violations v = Violations.of(Goal.class).addAll(BeanValidation.validate(this, Goal.class));
        getBaseline().ifPresent(b -> Numbers.check(v, "baseline", b));
        Numbers.check(v, "target", getTarget());
        v.throwIfAny();
        BigDecimal target = Numbers.normalize(getTarget());
        Optional<BigDecimal> baseline = getBaseline().map(Numbers::normalize);
        if (target.equals(getTarget()) && baseline.equals(getBaseline())) {
            return this;
        }
        return new Builder().from(this).target(target).baseline(baseline).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Goal}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableGoal.Builder {}
}
