package dk.welfarealliance;

/** What a {@link HistoryEntry} records. */
public enum HistoryEvent {
    /** The alliance was created. */
    ALLIANCE_CREATED,
    /** An agreement was opened (in dialogue). */
    OPENED,
    /** A renewal of a signed or terminated agreement was opened (in dialogue). */
    RENEWAL_OPENED,
    /** Draft content was edited. */
    EDITED,
    APPROVED,
    PUT_ON_HOLD,
    RESUMED,
    ABANDONED,
    SIGNED,
    /** A signed agreement was amended. */
    AMENDED,
    /** An evaluation or a measurement was recorded. */
    EVALUATED,
    TERMINATED,
    /** A signed agreement was terminated because a new term signed in the same command supersedes it. */
    SUPERSEDED,
    /** Partners, clubs or contacts of the alliance changed. */
    ALLIANCE_EDITED,
    /** A contact's personal data was erased. */
    CONTACT_ERASED,
    /** An elite event was recorded on a signed agreement. */
    ELITE_EVENT_RECORDED,
    /** A dated note was recorded on the alliance or on an agreement. */
    NOTE_RECORDED,
    /** A note was removed. */
    NOTE_REMOVED
}
