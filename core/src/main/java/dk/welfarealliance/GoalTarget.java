package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Numbers;
import dk.welfarealliance.internal.validation.Violations;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The target of a {@link Goal}: a level to reach, or a change from the baseline in the goal's unit or in per
 * cent ({@link TargetKind}). "+20 % girls from 410" is baseline 410 with {@code percentChange(20)}. The value
 * is normalised like every goal number (at most 6 decimals, {@code number.scale}; below 10^12,
 * {@code number.range}).
 */
@Value.Immutable
public abstract class GoalTarget implements WithGoalTarget {

    /** @return the number */
    @Value.Parameter
    public abstract BigDecimal getValue();

    /** @return how the number reads */
    @Value.Parameter
    public abstract TargetKind getKind();

    /** @return the level {@code value} to reach */
    public static GoalTarget level(BigDecimal value) {
        return ImmutableGoalTarget.of(value, TargetKind.LEVEL);
    }

    /** @return a change of {@code value} from the baseline, in the goal's unit */
    public static GoalTarget change(BigDecimal value) {
        return ImmutableGoalTarget.of(value, TargetKind.CHANGE);
    }

    /** @return a change of {@code percent} per cent of the baseline */
    public static GoalTarget percentChange(BigDecimal percent) {
        return ImmutableGoalTarget.of(percent, TargetKind.PERCENT_CHANGE);
    }

    /** @return the level this target asks for, given {@code baseline}: exact decimal arithmetic */
    public BigDecimal levelFrom(BigDecimal baseline) {
        Violations.requireNonNull(baseline, "GoalTarget", "baseline");
        BigDecimal level = switch (getKind()) {
            case LEVEL -> getValue();
            case CHANGE -> baseline.add(getValue());
            case PERCENT_CHANGE -> baseline.add(baseline.multiply(getValue()).movePointLeft(2));
        };
        return Numbers.normalize(level);
    }

    @Value.Check
    protected GoalTarget normalize() {
        Violations v = Violations.of(GoalTarget.class).addAll(BeanValidation.validate(this, GoalTarget.class));
        Numbers.check(v, "value", getValue());
        v.throwIfAny();
        BigDecimal value = Numbers.normalize(getValue());
        return value.equals(getValue()) ? this : ImmutableGoalTarget.of(value, getKind());
    }

    /** Builds a {@link GoalTarget}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableGoalTarget.Builder {}
}
