package dk.welfarealliance.report;

import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.report.internal.Wording;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Elite delivery of a federation on a day ({@link Reports#eliteDelivery}): every elite commitment of every
 * agreement signed or terminated on the day, against the events counting towards it so far, with its status, and
 * the federation-wide count of events. Commitments are listed by municipality code, then in the alliance's order of
 * agreements, then in the agreement's order of commitments. Events that count towards no commitment appear only in
 * the federation-wide count.
 *
 * @param federation the federation reported on
 * @param day the day reported on
 * @param atRiskShare a commitment not met with less than this share of its days to come is at risk
 * @param commitments the commitments, in report order
 * @param events the federation-wide count of events held by the day
 */
public record EliteDelivery(FederationCode federation, LocalDate day, BigDecimal atRiskShare,
        List<CommitmentDelivery> commitments, EliteEventCount events) {

    /** The at-risk share the reports use unless given another: a quarter of a commitment's days. */
    public static final BigDecimal DEFAULT_AT_RISK_SHARE = new BigDecimal("0.25");

    /** @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) if a component or element is null */
    public EliteDelivery {
        Violations.requireNonNull(federation, "EliteDelivery", "federation");
        Violations.requireNonNull(day, "EliteDelivery", "day");
        Violations.requireNonNull(atRiskShare, "EliteDelivery", "atRiskShare");
        Violations.requireNonNull(commitments, "EliteDelivery", "commitments")
                .forEach(c -> Violations.requireNonNull(c, "EliteDelivery", "commitments[]"));
        Violations.requireNonNull(events, "EliteDelivery", "events");
        commitments = List.copyOf(commitments);
    }

    /** @return the commitments with {@code status}, in report order */
    public List<CommitmentDelivery> withStatus(CommitmentStatus status) {
        Violations.requireNonNull(status, "EliteDelivery", "status");
        return commitments.stream().filter(c -> c.status() == status).toList();
    }

    /**
     * @return one row per commitment, in report order, under the headers "Municipality", "Agreement", "State",
     *     "Phase" (both on the day), "Commitment" (kind, age group, gender), "Minimum", "Deadline", "Events so far",
     *     "Met", "Ends", "Share of days left", "Status"
     */
    public ReportTable toTable() {
        List<List<String>> rows = new ArrayList<>();
        for (CommitmentDelivery c : commitments) {
            EliteCommitment commitment = c.commitment();
            rows.add(List.of(c.term().municipalityName(), c.term().title(), Wording.words(c.term().state()),
                    Wording.words(c.term().phase()), describe(commitment),
                    commitment.getMinimumCount().isPresent() ? Integer.toString(commitment.getMinimumCount().getAsInt())
                            : "none (one event meets it)",
                    Wording.orBlank(commitment.getDeadline()), Integer.toString(c.events()), c.met() ? "yes" : "no",
                    c.end().map(LocalDate::toString).orElse("no end recorded"),
                    c.shareLeft().map(Wording::percent).orElse(""), c.status().label()));
        }
        return ReportTable.of("Elite delivery on " + day + " (" + federation + "), at risk below "
                        + Wording.percent(atRiskShare) + " of the days left",
                List.of("Municipality", "Agreement", "State", "Phase", "Commitment", "Minimum", "Deadline",
                        "Events so far", "Met", "Ends", "Share of days left", "Status"),
                rows);
    }

    private static String describe(EliteCommitment c) {
        StringBuilder text = new StringBuilder(Wording.words(c.getKind()));
        c.getAgeGroup().ifPresent(g -> text.append(' ').append(g));
        c.getGender().ifPresent(g -> text.append(", ").append(Wording.words(g)));
        return text.toString();
    }
}
