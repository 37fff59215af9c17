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
 * One term of an alliance (samarbejdsaftale, aftaleperiode) with its own lifecycle (DESIGN §3) and its
 * content: focus areas, initiatives, elite commitments and events, payments, evaluations, measurements.
 *
 * <p>State-dependent fields are checked when built ({@code agreement.state.*} rules): a {@link
 * AgreementState#SIGNED} or {@link AgreementState#TERMINATED} agreement has a period, a signing date and
 * signatories; a terminated one a termination date (from the day before the start to the end) and a reason;
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

    /** @return the agreement this one renews (forlængelse/fornyelse) */
    public abstract Optional<AgreementId> getRenews();

    /** @return the planned period while a draft; the term in force once signed */
    public abstract Optional<AgreementPeriod> getPeriod();

    /** @return the day it was signed; may be before or after the start */
    public abstract Optional<@SupportedDate LocalDate> getSigningDate();

    /** @return who signed, in the order given */
    public abstract List<Signatory> getSignatories();

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

    /**
     * @return the last day in force: the end of a signed agreement's period, or the termination date of a
     *     terminated one; empty for drafts and abandoned agreements
     */
    public Optional<LocalDate> effectiveEnd() {
        switch (getState()) {
            case SIGNED:
                return getPeriod().map(AgreementPeriod::getEnd);
            case TERMINATED:
                return getTerminationDate();
            default:
                return Optional.empty();
        }
    }

    /**
     * @return the days the agreement is or was in force: start to effective end; empty for drafts,
     *     abandoned agreements, and terminations that took effect before the start
     */
    public Optional<AgreementPeriod> effectivePeriod() {
        Optional<LocalDate> end = effectiveEnd();
        if (end.isEmpty() || getPeriod().isEmpty() || end.get().isBefore(getPeriod().get().getStart())) {
            return Optional.empty();
        }
        return Optional.of(AgreementPeriod.of(getPeriod().get().getStart(), end.get()));
    }

    /**
     * The phase on {@code day} (DESIGN §3): {@link Phase#DRAFT} for open states, {@link Phase#ABANDONED},
     * and for signed or terminated agreements {@link Phase#UPCOMING} before the start, {@link
     * Phase#IN_FORCE} from the start to the effective end inclusive, {@link Phase#ENDED} after it.
     */
    public Phase phaseOn(LocalDate day) {
        Violations.requireNonNull(day, "Agreement", "day");
        if (getState().isOpen()) {
            return Phase.DRAFT;
        }
        if (getState() == AgreementState.ABANDONED) {
            return Phase.ABANDONED;
        }
        LocalDate start = getPeriod().orElseThrow().getStart();
        LocalDate end = effectiveEnd().orElseThrow();
        if (day.isBefore(start)) {
            return end.isBefore(start) ? Phase.ENDED : Phase.UPCOMING;
        }
        return day.isAfter(end) ? Phase.ENDED : Phase.IN_FORCE;
    }

    /** @return whether the agreement is in force on {@code day} (signed or terminated, start ≤ day ≤ effective end) */
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

    /** @return the number of recorded events that count towards {@code commitment} */
    public long eventsCountingTowards(EliteCommitment commitment) {
        Violations.requireNonNull(commitment, "Agreement", "commitment");
        return getEliteEvents().stream().filter(commitment::isMetBy).count();
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
    public static class Builder extends ImmutableAgreement.Builder {}
}
