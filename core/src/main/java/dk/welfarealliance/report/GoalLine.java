package dk.welfarealliance.report;

import dk.welfarealliance.Goal;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.internal.validation.Violations;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One goal of one initiative of a signed or terminated agreement, with its latest measurement by the report's day
 * ({@link GoalProgress}).
 *
 * <p>Direction: the level the target asks for ({@link Goal#targetLevel()}) is reached when it lies above the
 * baseline and the latest value is at least the level, or lies below the baseline and the latest value is at most
 * the level; a level equal to the baseline, or a goal without a baseline, is reached when the latest value is at
 * least the level.
 *
 * @param term the agreement, its state and phase on the day
 * @param initiative the initiative's name
 * @param goal the goal as stored: metric, unit, baseline, target
 * @param latest the measurement of the goal with the latest date by the day (of several on that date, the last
 *     recorded); empty if none
 * @param status reached, not reached, not measured, or no target level
 */
public record GoalLine(TermOnDay term, String initiative, Goal goal, Optional<Measurement> latest, GoalStatus status) {

    /** @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) if a component is null */
    public GoalLine {
        Violations.requireNonNull(term, "GoalLine", "term");
        Violations.requireNonNull(initiative, "GoalLine", "initiative");
        Violations.requireNonNull(goal, "GoalLine", "goal");
        Violations.requireNonNull(latest, "GoalLine", "latest");
        Violations.requireNonNull(status, "GoalLine", "status");
    }

    /** @return the level the goal's target asks for, if it has a target ({@link Goal#targetLevel()}) */
    public Optional<BigDecimal> targetLevel() {
        return goal.targetLevel();
    }
}
