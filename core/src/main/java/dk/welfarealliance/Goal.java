package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Numbers;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.ShortText;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measurable goal (mål) of an {@link Initiative}: what is measured, in which unit, from which baseline, to
 * which target. The target may be a level or a change from the baseline ({@link GoalTarget}): "+20 % girls from
 * 410" is baseline 410 ({@link GoalUnit#COUNT}) with target {@code GoalTarget.percentChange(20)}. A goal may
 * have no target: results are then recorded against it without one set in advance. Numbers are normalised
 * when built (no trailing zeros), at most 6 decimals ({@code number.scale}) and below 10^12
 * ({@code number.range}); a change needs a baseline ({@code goal.target.baseline-required}). Measurements
 * against the goal are recorded on the agreement ({@link Agreement#getMeasurements()}).
 */
@Value.Immutable
public abstract class Goal implements WithGoal {

    /** @return the id; {@link GoalId#UNASSIGNED} until the lifecycle assigns one to a child built without it */
    @Value.Default
    public GoalId getId() {
        return GoalId.UNASSIGNED;
    }

    /** @return what is measured */
    @ShortText
    public abstract String getMetric();

    /** @return the value at the start, if known */
    public abstract Optional<BigDecimal> getBaseline();

    /** @return the target, if one was set */
    public abstract Optional<GoalTarget> getTarget();

    /** @return the unit of baseline, level targets, changes and measurements */
    public abstract GoalUnit getUnit();

    /** @return the level the target asks for: the level itself, or the baseline changed by the target */
    public Optional<BigDecimal> targetLevel() {
        if (getTarget().isEmpty()) {
            return Optional.empty();
        }
        GoalTarget target = getTarget().get();
        if (target.getKind() == TargetKind.LEVEL) {
            return Optional.of(target.getValue());
        }
        return getBaseline().map(target::levelFrom);
    }

    @Value.Check
    protected Goal normalize() {
        Violations v = Violations.of(Goal.class).addAll(BeanValidation.validate(this, Goal.class));
        getBaseline().ifPresent(b -> Numbers.check(v, "baseline", b));
        if (getTarget().isPresent() && getTarget().get().getKind() != TargetKind.LEVEL && getBaseline().isEmpty()) {
            v.add("target", Rule.GOAL_TARGET_BASELINE_REQUIRED, "kind", getTarget().get().getKind());
        }
        v.throwIfAny();
        Optional<BigDecimal> baseline = getBaseline().map(Numbers::normalize);
        return baseline.equals(getBaseline()) ? this : new Builder().from(this).baseline(baseline).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Goal}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableGoal.Builder {
        /** Sets a level target: the value {@code level} to reach, in the goal's unit. */
        public final Builder target(BigDecimal level) {
            return target(GoalTarget.level(level));
        }
    }
}
