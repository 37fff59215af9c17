package dk.welfarealliance.report;

/**
 * Whether a goal's level was reached by the day of a {@link GoalProgress} report. {@link #label()} is how tables
 * show it.
 */
public enum GoalStatus {
    /** The latest measurement reaches the level the target asks for ({@link GoalLine} says how direction is judged). */
    REACHED("reached"),
    /** The latest measurement does not reach the level the target asks for. */
    NOT_REACHED("not reached"),
    /** The goal has a target level but no measurement by the day. */
    NOT_MEASURED("not measured"),
    /** The goal has no target, so no level to reach. */
    NO_TARGET_LEVEL("no target level");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    /** @return the status in plain English, for tables */
    public String label() {
        return label;
    }
}
