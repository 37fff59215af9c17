package dk.welfarealliance;

/**
 * Which party a {@link Signatory} signs for. Signing needs one {@link #MUNICIPALITY} signatory and one
 * {@link #FEDERATION} or {@link #LOCAL_UNION} signatory; more are allowed.
 */
public enum SignatoryParty {
    MUNICIPALITY,
    FEDERATION,
    LOCAL_UNION,
    CLUB,
    PARTNER;

    /** @return whether this party is a football party (the federation or its local union) */
    public boolean isFootball() {
        return this == FEDERATION || this == LOCAL_UNION;
    }
}
