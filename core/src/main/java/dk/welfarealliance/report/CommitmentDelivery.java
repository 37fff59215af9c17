package dk.welfarealliance.report;

import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.internal.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One elite commitment of one signed or terminated agreement, against the events that count towards it by the
 * report's day ({@link dk.welfarealliance.Agreement#commitmentOf}: an event counts towards at most one
 * commitment).
 *
 * <p>The commitment's <em>days</em> run from the term's start to its end: the term's effective end on the day
 * (the termination date of a term terminated by then, else the end date of its period), or the commitment's
 * deadline when that is earlier or the term has no end date. {@link #shareLeft()} is the share of those days
 * from the report's day to that end, both inclusive: 1 before the start, 0 once the end has passed.
 *
 * @param term the agreement, its state and phase on the day
 * @param commitment the commitment as stored
 * @param events how many events count towards it by the day
 * @param met whether they meet it ({@link EliteCommitment#isMetWith}: a commitment without a minimum is met by one)
 * @param end the last of its days; empty when the term is open-ended or its end is not recorded and the commitment
 *     has no deadline
 * @param shareLeft the share of its days still to come on the day, rounded to 4 decimals; empty when there is no end
 * @param status met, not met yet, at risk, missed, or not met with no end to measure against
 */
public record CommitmentDelivery(TermOnDay term, EliteCommitment commitment, int events, boolean met,
        Optional<LocalDate> end, Optional<BigDecimal> shareLeft, CommitmentStatus status) {

    /** @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) if a component is null */
    public CommitmentDelivery {
        Violations.requireNonNull(term, "CommitmentDelivery", "term");
        Violations.requireNonNull(commitment, "CommitmentDelivery", "commitment");
        Violations.requireNonNull(end, "CommitmentDelivery", "end");
        Violations.requireNonNull(shareLeft, "CommitmentDelivery", "shareLeft");
        Violations.requireNonNull(status, "CommitmentDelivery", "status");
    }
}
