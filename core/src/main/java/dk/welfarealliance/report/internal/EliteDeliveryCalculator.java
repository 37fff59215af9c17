package dk.welfarealliance.report.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.Phase;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.CommitmentDelivery;
import dk.welfarealliance.report.CommitmentStatus;
import dk.welfarealliance.report.EliteDelivery;
import dk.welfarealliance.report.EliteEventCount;
import dk.welfarealliance.report.TermOnDay;
import dk.welfarealliance.report.internal.AsOf.AgreementOnDay;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes {@link EliteDelivery} from the alliances read for a day (see {@link CommitmentDelivery} for the rules). */
public final class EliteDeliveryCalculator {
    private EliteDeliveryCalculator() {}

    /** @return the elite delivery of {@code alliances} on {@code day}, at risk below {@code atRiskShare} */
    public static EliteDelivery compute(List<Alliance> alliances, ReferenceCatalogue catalogue, FederationCode federation,
            LocalDate day, LocalDate today, BigDecimal atRiskShare) {
        List<CommitmentDelivery> commitments = new ArrayList<>();
        Map<String, EliteEventKind> distinct = new LinkedHashMap<>();
        int records = 0;
        for (Alliance alliance : alliances) {
            for (AgreementOnDay on : AsOf.agreements(alliance, day, today)) {
                if (!on.state().isSigned()) {
                    continue;
                }
                TermOnDay term = AlliancesOnDay.term(catalogue, alliance, on);
                for (EliteCommitment c : on.agreement().getEliteCommitments()) {
                    commitments.add(delivery(term, on, c, day, atRiskShare));
                }
                for (EliteEvent e : on.agreement().getEliteEvents()) {
                    records++;
                    distinct.putIfAbsent(e.getSharedReference().map(r -> "shared:" + r).orElse("event:" + e.getId()),
                            e.getKind());
                }
            }
        }
        Map<EliteEventKind, Integer> byKind = new EnumMap<>(EliteEventKind.class);
        distinct.values().forEach(kind -> byKind.merge(kind, 1, Integer::sum));
        return new EliteDelivery(federation, day, atRiskShare, commitments,
                new EliteEventCount(day, records, distinct.size(), byKind));
    }

    private static CommitmentDelivery delivery(TermOnDay term, AgreementOnDay on, EliteCommitment c, LocalDate day,
            BigDecimal atRiskShare) {
        Agreement a = on.agreement();
        int events = a.eventsCountingTowards(c).size();
        boolean met = c.isMetWith(events);
        Optional<LocalDate> end = earlier(termEnd(on), c.getDeadline());
        Optional<DaysLeft> left = end.map(last -> DaysLeft.of(a.getPeriod().orElseThrow().getStart(), last, day));
        Optional<BigDecimal> share = left.map(DaysLeft::share);
        CommitmentStatus status;
        if (met) {
            status = CommitmentStatus.MET;
        } else if (on.phase() == Phase.ENDED || end.map(day::isAfter).orElse(false)) {
            status = CommitmentStatus.MISSED;
        } else if (share.isEmpty()) {
            status = CommitmentStatus.NO_END_TO_MEASURE_AGAINST;
        } else {
            status = left.get().isBelow(atRiskShare) ? CommitmentStatus.AT_RISK : CommitmentStatus.ON_TRACK;
        }
        return new CommitmentDelivery(term, c, events, met, end, share, status);
    }

    /** The term's last day as it stood on the day: the termination date once terminated, else the period's end date. */
    private static Optional<LocalDate> termEnd(AgreementOnDay on) {
        if (on.state() == AgreementState.TERMINATED) {
            return on.agreement().getTerminationDate();
        }
        return on.agreement().getPeriod().flatMap(AgreementPeriod::getEnd);
    }

    private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }

    /** Of the days from a start to a last day, both inclusive, how many are on or after the day. */
    private record DaysLeft(long left, long total) {
        static DaysLeft of(LocalDate start, LocalDate last, LocalDate day) {
            long total = Math.max(0, ChronoUnit.DAYS.between(start, last) + 1);
            long left = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(day, last) + 1));
            return new DaysLeft(left, total);
        }

        BigDecimal share() {
            return total == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(left).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        }

        /** Exact, not on the rounded share: a share just under the threshold is below it. */
        boolean isBelow(BigDecimal threshold) {
            return BigDecimal.valueOf(left).compareTo(threshold.multiply(BigDecimal.valueOf(total))) < 0;
        }
    }
}
