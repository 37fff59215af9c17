package dk.welfarealliance;

/**
 * The stored state of an {@link Agreement} (docs/lifecycle.md). Only the lifecycle's commands move an agreement
 * between states; the {@link Phase} is derived from the state and "today" and is never stored.
 */
public enum AgreementState {
    /** In dialogue: meetings, drafts; content may be edited. Open. */
    IN_DIALOGUE,
    /** Approved (e.g. by the council), not yet signed. Open. */
    APPROVED,
    /** Put on hold from {@link #IN_DIALOGUE} or {@link #APPROVED}; resuming returns to that state. Open. */
    ON_HOLD,
    /** Given up before signing, with a reason. Terminal. */
    ABANDONED,
    /** Signed: has a period, a signing date and signatories; may be amended, evaluated, terminated. */
    SIGNED,
    /** Ended early (or never came into force) by a termination with a date and a reason. Terminal. */
    TERMINATED;

    /** @return whether this is an open state (in dialogue, approved or on hold); an alliance has at most one */
    public boolean isOpen() {
        return this == IN_DIALOGUE || this == APPROVED || this == ON_HOLD;
    }

    /** @return whether the agreement was signed (signed or terminated); only these have an effective term */
    public boolean isSigned() {
        return this == SIGNED || this == TERMINATED;
    }
}
