package dk.welfarealliance.report;

/**
 * Where a municipality stands with its federation on a day, in order of precedence: a municipality has the first
 * status that holds. {@link #IN_FORCE} is the only status that counts as covered; {@link #POSSIBLY_IN_FORCE} never
 * does.
 */
public enum CoverageStatus {
    /** A term of the alliance is known to be in force on the day ({@link dk.welfarealliance.Phase#IN_FORCE}). */
    IN_FORCE("In force"),
    /**
     * No term is known to be in force, but a signed term whose end is not recorded has started and may still be in
     * force ({@link dk.welfarealliance.Phase#POSSIBLY_IN_FORCE}). Never counted as in force.
     */
    POSSIBLY_IN_FORCE("Possibly in force"),
    /** None of the above, and a signed term starts after the day ({@link dk.welfarealliance.Phase#UPCOMING}). */
    UPCOMING("Upcoming"),
    /** None of the above, and an agreement is open on the day: in dialogue, approved or on hold. */
    IN_DIALOGUE("In dialogue"),
    /** None of the above, and the alliance had signed terms: all of them have ended. */
    ENDED("Ended"),
    /**
     * None of the above: no alliance, an alliance with no agreement by the day, or only agreements abandoned before
     * they were signed.
     */
    NONE("None");

    private final String label;

    CoverageStatus(String label) {
        this.label = label;
    }

    /** @return the English label tables show, e.g. {@code Possibly in force} */
    public String label() {
        return label;
    }

    /** @return whether this status means nothing in force, upcoming or in dialogue: {@link #ENDED} or {@link #NONE} */
    public boolean isNothingInForce() {
        return this == ENDED || this == NONE;
    }
}
