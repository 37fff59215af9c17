package dk.welfarealliance;

/** How a {@link Payment} recurs. */
public enum PaymentKind {
    /** Paid every year of the agreement (årligt bidrag), e.g. DKK 86,500 a year. */
    ANNUAL_FEE,
    /** Paid once, e.g. to fund an event. */
    ONE_OFF
}
