package dk.welfarealliance;

import dk.welfarealliance.internal.AgreementInvariants;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.validation.ShortText;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One term of an alliance (samarbejdsaftale, aftaleperiode) with its own lifecycle (docs/lifecycle.md) and its
 * content: focus areas, initiatives, elite commitments and events, payments, evaluations, measurements.
 *
 * <p>State-dependent fields are checked when built ({@code agreement.state.*} rules): a {@link
 * AgreementState#SIGNED} or {@link AgreementState#TERMINATED} agreement has a period, a signing date and
 * signatories, or says its signatories are not recorded; a terminated one a termination date (from the day before the start to the end) and a reason;
 * an abandoned one a reason; one on hold the state it left. Fields that belong to other states are absent,
 * and events, evaluations and measurements exist only once signed. Change agreements through the
 * lifecycle's commands ({@code dk.welfarealliance.service.Lifecycle}), which also keep the history.
 */
@Value.Immutable
public abstract class Agreement implements WithAgreement {

    /** @return the agreement's id */
    public abstract AgreementId getId();

    /** @return the title */
    @ShortText
    public abstract String getTitle();

    /** @return the stored state */
    public abstract AgreementState getState();

    /** @return the state it left, only while {@link AgreementState#ON_HOLD} */
    public abstract Optional<AgreementState> getHeldFrom();

    /** @return the local union that is a party to the agreement (the one covering the municipality when opened) */
    public abstract Optional<LocalUnionCode> getLocalUnion();

    /** @return the agreement of the alliance this one renews (forlængelse/fornyelse) */
    public abstract Optional<AgreementId> getRenews();

    /** @return the earlier term this one renews when the registry does not hold it; never with {@link #getRenews()} */
    public abstract Optional<UnrecordedTerm> getRenewsUnrecorded();

    /** @return the planned period while a draft; the term in force once signed */
    public abstract Optional<AgreementPeriod> getPeriod();

    /** @return the day it was signed, known to the day, month or year; may be before or after the start */
    public abstract Optional<PartialDate> getSigningDate();

    /** @return who signed, in the order given; empty for a signed agreement whose signatories are not recorded */
    public abstract List<Signatory> getSignatories();

    /** @return whether the agreement was signed but the source does not say by whom */
    @Value.Default
    public boolean isSignatoriesNotRecorded() {
        return false;
    }

    /** @return the last day in force of a terminated agreement; the day before the start if it never came into force */
    public abstract Optional<@SupportedDate LocalDate> getTerminationDate();

    /** @return why it was terminated */
    public abstract Optional<@LongText String> getTerminationReason();

    /** @return why it was abandoned */
    public abstract Optional<@LongText String> getAbandonReason();

    /** @return the grassroots focus areas (indsatsområder), in code order */
    @Value.NaturalOrder
    public abstract SortedSet<FocusAreaCode> getFocusAreas();

    /** @return the initiatives, in the order given */
    public abstract List<Initiative> getInitiatives();

    /** @return the elite commitments, in the order given */
    public abstract List<EliteCommitment> getEliteCommitments();

    /** @return the elite events held, in the order recorded */
    public abstract List<EliteEvent> getEliteEvents();

    /** @return the payments, in the order given */
    public abstract List<Payment> getPayments();

    /** @return the evaluations, in the order recorded */
    public abstract List<Evaluation> getEvaluations();

    /** @return the measurements of the initiatives' goals, in the order recorded */
    public abstract List<Measurement> getMeasurements();

    /** @return an option to extend the agreement, if it holds one */
    public abstract Optional<ExtensionOption> getExtensionOption();

    /** @return dated notes on this agreement, in the order recorded */
    public abstract List<Note> getNotes();

    /**
     * @return the last day in force, where known: the end date of a signed agreement's period, or the termination
     *     date of a terminated one; empty for drafts, abandoned agreements, and signed terms that are open-ended
     *     or whose end is not recorded
     */
    public Optional<LocalDate> effectiveEnd() {
        switch (getState()) {
            case SIGNED:
                return getPeriod().flatMap(AgreementPeriod::getEnd);
            case TERMINATED:
                return getTerminationDate();
            default:
                return Optional.empty();
        }
    }

    /**
     * @return the days the agreement is or was in force: from the start to the effective end, which for a
     *     signed term may be open-ended or not recorded ({@link AgreementPeriod#endKind()}); empty for drafts,
     *     abandoned agreements, and terminations that took effect before the start
     */
    public Optional<AgreementPeriod> effectivePeriod() {
        if (!getState().isSigned() || getPeriod().isEmpty()) {
            return Optional.empty();
        }
        AgreementPeriod period = getPeriod().get();
        if (getState() == AgreementState.SIGNED) {
            return Optional.of(period);
        }
        LocalDate end = getTerminationDate().orElseThrow();
        return end.isBefore(period.getStart()) ? Optional.empty() : Optional.of(period.endingOn(end));
    }

    /**
     * The phase on {@code day} by this agreement's own facts: {@link Phase#DRAFT} for open states, {@link
     * Phase#ABANDONED}, and for signed or terminated agreements {@link Phase#UPCOMING} before the start, {@link
     * Phase#IN_FORCE} from the start to the effective end inclusive (for ever when open-ended), {@link
     * Phase#ENDED} after it, and {@link Phase#POSSIBLY_IN_FORCE} from the start on when the end is not recorded.
     * {@link Alliance#phaseOn(AgreementId, LocalDate)} also knows that a later term ends such a term: prefer it.
     */
    public Phase phaseOn(LocalDate day) {
        Violations.requireNonNull(day, "Agreement", "day");
        if (getState().isOpen()) {
            return Phase.DRAFT;
        }
        if (getState() == AgreementState.ABANDONED) {
            return Phase.ABANDONED;
        }
        AgreementPeriod period = getPeriod().orElseThrow();
        Optional<AgreementPeriod> effective = effectivePeriod();
        if (effective.isEmpty()) {
            return Phase.ENDED; // terminated before it came into force
        }
        if (day.isBefore(period.getStart())) {
            return Phase.UPCOMING;
        }
        switch (effective.get().endKind()) {
            case OPEN_ENDED:
                return Phase.IN_FORCE;
            case NOT_RECORDED:
                return Phase.POSSIBLY_IN_FORCE;
            default:
                return day.isAfter(effective.get().getEnd().orElseThrow()) ? Phase.ENDED : Phase.IN_FORCE;
        }
    }

    /**
     * @return whether the agreement is known to be in force on {@code day}: signed or terminated, start ≤ day ≤
     *     effective end (an open-ended term has no end); never for a term whose end is not recorded
     */
    public boolean isInForceOn(LocalDate day) {
        Violations.requireNonNull(day, "Agreement", "day");
        return effectivePeriod().map(p -> p.contains(day)).orElse(false);
    }

    /** @return the tracks its content belongs to: grassroots (focus area or initiative), elite (commitment or event) */
    public Set<Track> tracks() {
        Set<Track> tracks = EnumSet.noneOf(Track.class);
        if (!getFocusAreas().isEmpty() || !getInitiatives().isEmpty()) {
            tracks.add(Track.GRASSROOTS);
        }
        if (!getEliteCommitments().isEmpty() || !getEliteEvents().isEmpty()) {
            tracks.add(Track.ELITE);
        }
        return tracks;
    }

    /**
     * @return the commitment {@code event} counts towards: the one it names, else the first of this agreement's
     *     commitments, in list order, that it fits ({@link EliteCommitment#isMetBy}); empty if none. An event
     *     counts towards at most one commitment.
     */
    public Optional<EliteCommitment> commitmentOf(EliteEvent event) {
        Violations.requireNonNull(event, "Agreement", "event");
        if (event.getCommitment().isPresent()) {
            return getEliteCommitments().stream().filter(c -> c.getId().equals(event.getCommitment().get())).findFirst();
        }
        return getEliteCommitments().stream().filter(c -> c.isMetBy(event)).findFirst();
    }

    /** @return the recorded events that count towards {@code commitment} (see {@link #commitmentOf}), in order */
    public List<EliteEvent> eventsCountingTowards(EliteCommitment commitment) {
        Violations.requireNonNull(commitment, "Agreement", "commitment");
        return getEliteEvents().stream()
                .filter(e -> commitmentOf(e).map(c -> c.getId().equals(commitment.getId())).orElse(false))
                .toList();
    }

    @Value.Check
    protected void check() {
        AgreementInvariants.check(this);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Agreement}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableAgreement.Builder {
        /** Sets the signing day, known to the day. */
        public final Builder signingDate(LocalDate day) {
            return signingDate(PartialDate.day(day));
        }
    }
}
