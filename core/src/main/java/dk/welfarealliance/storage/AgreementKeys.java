package dk.welfarealliance.storage;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Track;
import dk.welfarealliance.internal.validation.Violations;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a backend stores of one agreement so that it can answer every {@link AgreementFilter} without reading the
 * aggregate: the values core derives from the agreement and its alliance, each computed here once, so that
 * backends cannot differ in meaning. Write them beside the aggregate (columns, index fields of a document) when
 * inserting or updating, and compare with the filter's values when querying;
 * {@link AgreementFilter#matches(AgreementKeys)} is the reference semantics over these keys alone.
 *
 * <table>
 *   <caption>The keys and the predicates that read them</caption>
 *   <tr><th>key</th><th>derived as</th><th>read by</th></tr>
 *   <tr><td>{@link #getState()}</td><td>the stored state</td><td>states, and the others below</td></tr>
 *   <tr><td>{@link #getPeriodStart()}, {@link #getEndKind()}</td><td>the period's start and end kind (date, open-ended, not recorded)</td><td>inForceOn, possiblyInForceOn</td></tr>
 *   <tr><td>{@link #getEffectiveEnd()}</td><td>{@link Agreement#effectiveEnd()}: the termination date if terminated, else the end date</td><td>inForceOn, endsBetween</td></tr>
 *   <tr><td>{@link #getEndAtLatest()}</td><td>{@link Alliance#endAtLatest(AgreementId)}: for an end not recorded, the day before the alliance's next term starts</td><td>possiblyInForceOn</td></tr>
 *   <tr><td>{@link #getFocusAreas()}</td><td>the agreement's focus areas</td><td>focusArea</td></tr>
 *   <tr><td>{@link #getTracks()}</td><td>{@link Agreement#tracks()}: grassroots (focus area or initiative), elite (commitment or event)</td><td>track</td></tr>
 *   <tr><td>{@link #getTitleSearchKey()}</td><td>{@link SearchKey#of(String)} of the title</td><td>titleContains</td></tr>
 * </table>
 *
 * <p>Keys change when the agreement changes and, for {@link #getEndAtLatest()}, when another term of the alliance
 * does: recompute the keys of every agreement on every write of the alliance. The alliance's own sort keys are in
 * {@link SortPosition}.
 *
 * @since 0.1.0
 */
public final class AgreementKeys {
    private final AgreementId agreementId;
    private final AgreementState state;
    private final Optional<LocalDate> periodStart;
    private final Optional<EndKind> endKind;
    private final Optional<LocalDate> effectiveEnd;
    private final Optional<LocalDate> endAtLatest;
    private final Set<FocusAreaCode> focusAreas;
    private final Set<Track> tracks;
    private final String titleSearchKey;

    private AgreementKeys(Alliance alliance, Agreement agreement) {
        this.agreementId = agreement.getId();
        this.state = agreement.getState();
        this.periodStart = agreement.getPeriod().map(AgreementPeriod::getStart);
        this.endKind = agreement.getPeriod().map(AgreementPeriod::endKind);
        this.effectiveEnd = agreement.effectiveEnd();
        this.endAtLatest = alliance.endAtLatest(agreement.getId());
        this.focusAreas = Collections.unmodifiableSet(new TreeSet<>(agreement.getFocusAreas()));
        Set<Track> derived = EnumSet.noneOf(Track.class);
        derived.addAll(agreement.tracks());
        this.tracks = Collections.unmodifiableSet(derived);
        this.titleSearchKey = SearchKey.of(agreement.getTitle());
    }

    /**
     * @return the keys of {@code agreement}, one of {@code alliance}'s agreements
     * @throws dk.welfarealliance.validation.ValidationException if either is null, or the alliance does not hold
     *     the agreement
     */
    public static AgreementKeys of(Alliance alliance, Agreement agreement) {
        Violations.requireNonNull(alliance, "AgreementKeys", "alliance");
        Violations.requireNonNull(agreement, "AgreementKeys", "agreement");
        return new AgreementKeys(alliance, agreement);
    }

    /** @return the keys of every agreement of {@code alliance}, in the order of its agreements */
    public static List<AgreementKeys> of(Alliance alliance) {
        Violations.requireNonNull(alliance, "AgreementKeys", "alliance");
        return alliance.getAgreements().stream().map(a -> new AgreementKeys(alliance, a)).toList();
    }

    /** @return the agreement's id */
    public AgreementId getAgreementId() {
        return agreementId;
    }

    /** @return the stored state */
    public AgreementState getState() {
        return state;
    }

    /** @return the first day of the period; empty for a draft without one */
    public Optional<LocalDate> getPeriodStart() {
        return periodStart;
    }

    /** @return how the period ends: a date, open-ended, or not recorded; empty without a period */
    public Optional<EndKind> getEndKind() {
        return endKind;
    }

    /** @return {@link Agreement#effectiveEnd()}: the last day in force where known */
    public Optional<LocalDate> getEffectiveEnd() {
        return effectiveEnd;
    }

    /** @return {@link Alliance#endAtLatest(AgreementId)}: the latest day the agreement can have been in force */
    public Optional<LocalDate> getEndAtLatest() {
        return endAtLatest;
    }

    /** @return the agreement's focus areas */
    public Set<FocusAreaCode> getFocusAreas() {
        return focusAreas;
    }

    /** @return {@link Agreement#tracks()} */
    public Set<Track> getTracks() {
        return tracks;
    }

    /** @return the {@link SearchKey} of the title */
    public String getTitleSearchKey() {
        return titleSearchKey;
    }

    /**
     * @return whether the agreement is known to be in force on {@code day} ({@link Agreement#isInForceOn}): signed
     *     or terminated, start ≤ day, and day ≤ the effective end; for ever from the start for an open-ended signed
     *     term; never for a term whose end is not recorded
     */
    public boolean isInForceOn(LocalDate day) {
        Violations.requireNonNull(day, "AgreementKeys", "day");
        if (!state.isSigned() || periodStart.isEmpty() || day.isBefore(periodStart.get())) {
            return false;
        }
        if (effectiveEnd.isPresent()) {
            return !day.isAfter(effectiveEnd.get());
        }
        return state == AgreementState.SIGNED && endKind.equals(Optional.of(EndKind.OPEN_ENDED));
    }

    /**
     * @return whether the agreement is possibly in force on {@code day} ({@link Alliance#phaseOn} is {@code
     *     POSSIBLY_IN_FORCE}): signed, its end not recorded, start ≤ day, and day ≤ {@link #getEndAtLatest()} where
     *     there is one
     */
    public boolean isPossiblyInForceOn(LocalDate day) {
        Violations.requireNonNull(day, "AgreementKeys", "day");
        return state == AgreementState.SIGNED && endKind.equals(Optional.of(EndKind.NOT_RECORDED))
                && periodStart.isPresent() && !day.isBefore(periodStart.get())
                && endAtLatest.map(bound -> !day.isAfter(bound)).orElse(true);
    }

    /** @return whether the agreement is signed with an end date within {@code range}, both ends included */
    public boolean endsWithin(DateRange range) {
        Violations.requireNonNull(range, "AgreementKeys", "range");
        return state == AgreementState.SIGNED && effectiveEnd.map(range::contains).orElse(false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgreementKeys k && agreementId.equals(k.agreementId) && state == k.state
                && periodStart.equals(k.periodStart) && endKind.equals(k.endKind) && effectiveEnd.equals(k.effectiveEnd)
                && endAtLatest.equals(k.endAtLatest) && focusAreas.equals(k.focusAreas) && tracks.equals(k.tracks)
                && titleSearchKey.equals(k.titleSearchKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agreementId, state, periodStart, endKind, effectiveEnd, endAtLatest, focusAreas, tracks,
                titleSearchKey);
    }

    @Override
    public String toString() {
        return "AgreementKeys{" + agreementId + ", " + state + ", start " + periodStart.orElse(null) + ", end kind "
                + endKind.orElse(null) + ", effective end " + effectiveEnd.orElse(null) + ", end at latest "
                + endAtLatest.orElse(null) + ", focus areas " + focusAreas + ", tracks " + tracks + "}";
    }
}
