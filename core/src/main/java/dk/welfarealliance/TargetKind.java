package dk.welfarealliance;

/** How a {@link GoalTarget}'s value reads against the goal's baseline. */
public enum TargetKind {
    /** The level to reach, in the goal's unit ("at least 50 % of participants become members"). */
    LEVEL,
    /** A change from the baseline, in the goal's unit ("+100 participants"). */
    CHANGE,
    /** A change from the baseline in per cent of it ("+20 % girls from 410"). */
    PERCENT_CHANGE
}
