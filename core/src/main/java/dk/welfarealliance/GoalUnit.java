package dk.welfarealliance;

/** The unit of a {@link Goal}'s baseline and target and of its {@link Measurement}s. */
public enum GoalUnit {
    /** A number of people, members, teams, events. */
    COUNT,
    /** A percentage, e.g. "+20 % girls" or "≥ 50 % become club members". */
    PERCENT,
    /** An amount in Danish kroner. */
    DKK,
    /** A number of hours. */
    HOURS
}
