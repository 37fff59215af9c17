package dk.welfarealliance;

/** What a {@link Note} records. */
public enum NoteKind {
    /** A meeting, e.g. a dialogue meeting with the clubs. */
    MEETING,
    /** A decision of the municipal council or a committee. */
    COUNCIL_DECISION,
    /** A press release or public announcement. */
    PRESS_RELEASE,
    /** Anything else worth recording. */
    NOTE
}
