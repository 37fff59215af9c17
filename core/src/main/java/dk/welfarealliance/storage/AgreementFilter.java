package dk.welfarealliance.storage;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Track;
import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.ShortText;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Agreement-level query criteria (docs/storage-contract.md, normative). An alliance matches when <em>one and the same</em>
 * agreement satisfies every predicate given; predicates not given always hold.
 *
 * <ul>
 *   <li>{@link #getStates()}: the stored state is in the set (an empty set means any state);
 *   <li>{@link #getInForceOn()} D: known to be in force on D ({@link Agreement#isInForceOn}): state SIGNED or
 *       TERMINATED and start ≤ D ≤ effective end (the termination date if terminated, else the end; an
 *       open-ended signed term has none);
 *   <li>{@link #getPossiblyInForceOn()} D: possibly in force on D ({@link Alliance#phaseOn} is
 *       {@code POSSIBLY_IN_FORCE}): state SIGNED, the end not recorded, start ≤ D, and D not after
 *       {@link Alliance#endAtLatest} (the day before the alliance's next term starts), where there is one;
 *   <li>{@link #getEndsBetween()} A..B: state SIGNED with an end date, and A ≤ end ≤ B, both inclusive;
 *   <li>{@link #getFocusArea()}: the agreement has that focus area;
 *   <li>{@link #getTrack()}: GRASSROOTS if it has a focus area or an initiative, ELITE if it has an elite
 *       commitment or event;
 *   <li>{@link #getTitleContains()}: the title's {@link SearchKey} contains the text's search key.
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AgreementFilter implements WithAgreementFilter {

    /** @return the states allowed; empty means any */
    @Value.NaturalOrder
    public abstract SortedSet<AgreementState> getStates();

    /** @return the day the agreement must be in force on */
    public abstract Optional<@SupportedDate LocalDate> getInForceOn();

    /** @return the day the agreement must possibly be in force on (its end not recorded) */
    public abstract Optional<@SupportedDate LocalDate> getPossiblyInForceOn();

    /** @return the days a signed agreement's end must fall on, inclusive */
    public abstract Optional<DateRange> getEndsBetween();

    /** @return a focus area the agreement must have */
    public abstract Optional<FocusAreaCode> getFocusArea();

    /** @return the track the agreement's content must belong to */
    public abstract Optional<Track> getTrack();

    /** @return text the title must contain, compared as search keys */
    public abstract Optional<@ShortText String> getTitleContains();

    /** @return the search key of {@link #getTitleContains()}, which backends compare with titles' keys */
    public Optional<String> titleSearchKey() {
        return getTitleContains().map(SearchKey::of);
    }

    /**
     * @return whether {@code agreement} of {@code alliance} satisfies every predicate: the reference semantics of
     *     this filter
     */
    public boolean matches(Alliance alliance, Agreement agreement) {
        Violations.requireNonNull(alliance, "AgreementFilter", "alliance");
        Violations.requireNonNull(agreement, "AgreementFilter", "agreement");
        return matches(AgreementKeys.of(alliance, agreement));
    }

    /**
     * @return whether the agreement whose stored keys are {@code keys} satisfies every predicate: the same answer as
     *     {@link #matches(Alliance, Agreement)}, from the keys alone, e.g. for a backend that keeps the keys in an
     *     index and evaluates filters there
     */
    public boolean matches(AgreementKeys keys) {
        Violations.requireNonNull(keys, "AgreementFilter", "keys");
        if (!getStates().isEmpty() && !getStates().contains(keys.getState())) {
            return false;
        }
        if (getInForceOn().isPresent() && !keys.isInForceOn(getInForceOn().get())) {
            return false;
        }
        if (getPossiblyInForceOn().isPresent() && !keys.isPossiblyInForceOn(getPossiblyInForceOn().get())) {
            return false;
        }
        if (getEndsBetween().isPresent() && !keys.endsWithin(getEndsBetween().get())) {
            return false;
        }
        if (getFocusArea().isPresent() && !keys.getFocusAreas().contains(getFocusArea().get())) {
            return false;
        }
        if (getTrack().isPresent() && !keys.getTracks().contains(getTrack().get())) {
            return false;
        }
        return titleSearchKey().map(key -> SearchKey.contains(keys.getTitleSearchKey(), key)).orElse(true);
    }

    /** @return a canonical text of the filter: equal filters give equal texts (cursors are bound to it) */
    public String canonical() {
        return "states=" + getStates().stream().map(Enum::name).collect(Collectors.joining(","))
                + ";inForceOn=" + getInForceOn().map(Object::toString).orElse("")
                + ";possiblyInForceOn=" + getPossiblyInForceOn().map(Object::toString).orElse("")
                + ";endsBetween=" + getEndsBetween().map(r -> r.getFirst() + ".." + r.getLast()).orElse("")
                + ";focusArea=" + getFocusArea().map(Object::toString).orElse("")
                + ";track=" + getTrack().map(Enum::name).orElse("")
                + ";title=" + titleSearchKey().orElse("");
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, AgreementFilter.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AgreementFilter}; {@link #build()} throws the typed error for a bad value. */
    public static class Builder extends ImmutableAgreementFilter.Builder {}
}
