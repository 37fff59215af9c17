package dk.welfarealliance.report;

/** Why a term that ends within the pipeline's horizon is at risk of not being renewed. */
public enum RenewalRisk {
    /** No agreement renews it (as of the day). */
    NO_SUCCESSOR("no successor"),
    /** The only agreements that renew it were abandoned: that counts as no successor. */
    SUCCESSOR_ABANDONED("successor abandoned"),
    /** The agreement that renews it is on hold. */
    SUCCESSOR_ON_HOLD("successor on hold");

    private final String label;

    RenewalRisk(String label) {
        this.label = label;
    }

    /** @return the English label tables show, e.g. {@code successor on hold} */
    public String label() {
        return label;
    }
}
