package dk.welfarealliance;

/**
 * Where an agreement stands on a given day, derived from its state, period, termination date and that day
 * (docs/lifecycle.md); never stored and never flipped by a scheduler.
 */
public enum Phase {
    /** In dialogue, approved or on hold. */
    DRAFT,
    /** Abandoned before signing. */
    ABANDONED,
    /** Signed or terminated, and the day is before the start. */
    UPCOMING,
    /**
     * Signed or terminated, and the day is between the start and the effective end, both inclusive (an
     * open-ended term has no end).
     */
    IN_FORCE,
    /**
     * Signed, the day is on or after the start, and the end is not recorded: the term may be in force or may
     * have ended; the source does not say. Never reported as {@link #IN_FORCE}. A later term of the same alliance
     * ends it: from that term's start on it is {@link #ENDED}.
     */
    POSSIBLY_IN_FORCE,
    /** Signed or terminated, and the day is after the effective end (the end, or the termination date). */
    ENDED
}
