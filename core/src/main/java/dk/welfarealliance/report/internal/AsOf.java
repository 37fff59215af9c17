package dk.welfarealliance.report.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.Phase;
import dk.welfarealliance.internal.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agreements of an alliance as they stood on a day, for reports "as of" that day. On or after today an
 * agreement stands as stored. On a past day its state is the one its dated steps give ({@link
 * Alliance#stateOn}); an agreement with no step by then did not exist yet and is left out. An agreement whose
 * history carries no dates at all (written before steps were dated) stands as stored: its past cannot be told.
 * Content (periods, focus areas, initiatives, commitments, events) is as stored today: the history records
 * steps, not earlier versions of the content, except that events, evaluations and measurements dated after the
 * day are left out.
 */
public final class AsOf {
    private AsOf() {}

    /** One agreement on a day: as stored (events after the day left out), its state and phase that day. */
    public record AgreementOnDay(Agreement agreement, AgreementState state, Phase phase) {}

    /** @return the agreements of {@code alliance} that existed on {@code day}, in the alliance's order */
    public static List<AgreementOnDay> agreements(Alliance alliance, LocalDate day, LocalDate today) {
        List<AgreementOnDay> result = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            if (!day.isBefore(today) || !isDated(alliance, a)) {
                result.add(new AgreementOnDay(withoutLaterRecords(a, day), a.getState(), alliance.phaseOn(a.getId(), day)));
                continue;
            }
            Optional<AgreementState> state = alliance.stateOn(a.getId(), day);
            state.ifPresent(s -> result.add(new AgreementOnDay(withoutLaterRecords(a, day), s, phase(alliance, a, s, day))));
        }
        return result;
    }

    private static boolean isDated(Alliance alliance, Agreement agreement) {
        return alliance.getHistory().stream()
                .filter(e -> e.getAgreement().equals(Optional.of(agreement.getId())))
                .anyMatch(e -> e.getOn().isPresent());
    }

    /** The phase of {@code a} on {@code day} when it was in {@code state} then. */
    private static Phase phase(Alliance alliance, Agreement a, AgreementState state, LocalDate day) {
        if (state.isOpen()) {
            return Phase.DRAFT;
        }
        if (state == AgreementState.ABANDONED) {
            return Phase.ABANDONED;
        }
        if (state == a.getState()) {
            return alliance.phaseOn(a.getId(), day);
        }
        // Signed on the day, terminated since: it stood as a signed term of its period. A later term still bounds
        // an end not recorded, but the termination date does not: it was not known on the day, just as it does not
        // shorten a term with an end date here (the stored agreement's endAtLatest would be that date).
        Agreement signed = Agreement.builder().from(a).state(AgreementState.SIGNED)
                .terminationDate(Optional.empty()).terminationReason(Optional.empty()).build();
        Phase phase = signed.phaseOn(day);
        if (phase == Phase.POSSIBLY_IN_FORCE) {
            return Terms.endAtLatest(alliance, signed).map(bound -> day.isAfter(bound) ? Phase.ENDED : phase).orElse(phase);
        }
        return phase;
    }

    private static Agreement withoutLaterRecords(Agreement a, LocalDate day) {
        return Agreement.builder().from(a)
                .eliteEvents(a.getEliteEvents().stream().filter(e -> !e.getDate().isAfter(day)).toList())
                .evaluations(a.getEvaluations().stream().filter(e -> !e.getDate().isAfter(day)).toList())
                .measurements(a.getMeasurements().stream().filter(m -> !m.getDate().isAfter(day)).toList())
                .build();
    }

    /** @return the last history entry of agreement {@code a} whose step had certainly happened by {@code day} */
    public static Optional<HistoryEntry> lastStep(Alliance alliance, Agreement a, LocalDate day) {
        HistoryEntry last = null;
        for (HistoryEntry e : alliance.getHistory()) {
            if (e.getAgreement().equals(Optional.of(a.getId()))
                    && e.getOn().map(on -> !on.lastDay().isAfter(day)).orElse(false)) {
                last = e;
            }
        }
        return Optional.ofNullable(last);
    }
}
