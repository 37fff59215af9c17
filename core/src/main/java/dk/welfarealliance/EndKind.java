package dk.welfarealliance;

/**
 * What is known of the end of an {@link AgreementPeriod}. Sources often leave it out; the model records that
 * rather than a guess.
 */
public enum EndKind {
    /** The period ends on a stated day ("to and including 31 December 2027"). */
    DATE,
    /** Agreed to run until terminated: no end is planned. */
    OPEN_ENDED,
    /** The source does not say when it ends. A signed term with such an end is only possibly in force. */
    NOT_RECORDED
}
