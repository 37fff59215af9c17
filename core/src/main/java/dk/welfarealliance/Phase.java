package dk.welfarealliance;

/**
 * Where an agreement stands on a given day, derived from its state, period, termination date and that day
 * (DESIGN §3); never stored and never flipped by a scheduler.
 */
public enum Phase {
    /** In dialogue, approved or on hold. */
    DRAFT,
    /** Abandoned before signing. */
    ABANDONED,
    /** Signed or terminated, and the day is before the start. */
    UPCOMING,
    /** Signed or terminated, and the day is between the start and the effective end, both inclusive. */
    IN_FORCE,
    /** Signed or terminated, and the day is after the effective end (the end, or the termination date). */
    ENDED
}
