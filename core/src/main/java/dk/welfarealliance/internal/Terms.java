package dk.welfarealliance.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.HistoryEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules of terms in force, in one place: when two effective terms overlap, how far a term whose end is not
 * recorded can have run, and an agreement's state on a past day from its dated history.
 */
public final class Terms {
    private Terms() {}

    /**
     * Whether two effective terms overlap. Taken in order of their starts (the same start always overlaps): a term
     * with an end date overlaps the next if it ends on or after the next one's start; an open-ended term overlaps
     * every later one; a term whose end is not recorded overlaps none that starts later, for the later term's
     * start tells that it had ended by then.
     */
    public static boolean overlap(AgreementPeriod a, AgreementPeriod b) {
        if (a.getStart().equals(b.getStart())) {
            return true;
        }
        AgreementPeriod first = a.getStart().isBefore(b.getStart()) ? a : b;
        AgreementPeriod second = first == a ? b : a;
        switch (first.endKind()) {
            case OPEN_ENDED:
                return true;
            case NOT_RECORDED:
                return false;
            default:
                return !first.getEnd().orElseThrow().isBefore(second.getStart());
        }
    }

    /** @see Alliance#endAtLatest(AgreementId) */
    public static Optional<LocalDate> endAtLatest(Alliance alliance, Agreement agreement) {
        Optional<AgreementPeriod> effective = agreement.effectivePeriod();
        if (effective.isEmpty()) {
            return Optional.empty();
        }
        AgreementPeriod term = effective.get();
        switch (term.endKind()) {
            case DATE:
                return term.getEnd();
            case OPEN_ENDED:
                return Optional.empty();
            default:
                return alliance.getAgreements().stream()
                        .map(Agreement::effectivePeriod)
                        .flatMap(Optional::stream)
                        .map(AgreementPeriod::getStart)
                        .filter(start -> start.isAfter(term.getStart()))
                        .min(LocalDate::compareTo)
                        .map(next -> next.minusDays(1));
        }
    }

    /** @see Alliance#stateOn(AgreementId, LocalDate) */
    public static Optional<AgreementState> stateOn(List<HistoryEntry> history, AgreementId id, LocalDate day) {
        List<HistoryEntry> steps = history.stream().filter(e -> e.getAgreement().equals(Optional.of(id))).toList();
        int last = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getOn().map(on -> !on.lastDay().isAfter(day)).orElse(false)) {
                last = i;
            }
        }
        AgreementState state = null;
        AgreementState beforeHold = null;
        for (int i = 0; i <= last; i++) {
            switch (steps.get(i).getEvent()) {
                case OPENED, RENEWAL_OPENED -> state = AgreementState.IN_DIALOGUE;
                case APPROVED -> state = AgreementState.APPROVED;
                case PUT_ON_HOLD -> {
                    beforeHold = state;
                    state = AgreementState.ON_HOLD;
                }
                case RESUMED -> state = beforeHold == null ? AgreementState.IN_DIALOGUE : beforeHold;
                case ABANDONED -> state = AgreementState.ABANDONED;
                case SIGNED -> state = AgreementState.SIGNED;
                case TERMINATED, SUPERSEDED -> state = AgreementState.TERMINATED;
                default -> {
                    // content changes, evaluations and notes leave the state as it was
                }
            }
        }
        return Optional.ofNullable(state);
    }
}
