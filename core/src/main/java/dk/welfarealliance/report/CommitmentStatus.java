package dk.welfarealliance.report;

/**
 * Where an elite commitment stands on the day of an {@link EliteDelivery} report. Every commitment has exactly one
 * status; {@link #label()} is how tables show it.
 */
public enum CommitmentStatus {
    /** Met: enough events count towards it ({@link dk.welfarealliance.EliteCommitment#isMetWith}). */
    MET("met"),
    /** Not met yet, and at least the at-risk share of its days is still to come. */
    ON_TRACK("not met yet"),
    /** Not met, and less than the at-risk share of its days is still to come. */
    AT_RISK("at risk"),
    /** Not met, and its term had ended or its deadline had passed by the day: it can no longer be met. */
    MISSED("missed"),
    /**
     * Not met, and neither the term nor the commitment has an end to measure against: the term is open-ended or its
     * end is not recorded, and the commitment has no deadline. Never reported at risk.
     */
    NO_END_TO_MEASURE_AGAINST("not met, no end to measure against");

    private final String label;

    CommitmentStatus(String label) {
        this.label = label;
    }

    /** @return the status in plain English, for tables */
    public String label() {
        return label;
    }
}
