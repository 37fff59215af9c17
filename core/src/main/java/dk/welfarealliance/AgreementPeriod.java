package dk.welfarealliance;

import dk.welfarealliance.internal.Terms;
import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A term from {@link #getStart()} to its end, both inclusive: agreements run "to and including" their end.
 * The end is a day ({@link EndKind#DATE}), {@linkplain #isOpenEnded() open-ended} (agreed to run until
 * terminated) or not recorded (the source does not say); see {@link #endKind()}. A one-day period has
 * start = end.
 *
 * <p>Helpers for how agreements are worded: {@link #of} ("from … to and including …"), {@link #throughYear}
 * ("to and including 2027"), {@link #forYears} ("for 4 years from …"), {@link #openEnded} and
 * {@link #endNotRecorded}. Rules: dates within 1900-01-01…9999-12-31 ({@code date.range}), end not before
 * start ({@code period.order}), no end date on an open-ended period ({@code period.open-ended-with-end}).
 */
@Value.Immutable
public abstract class AgreementPeriod implements WithAgreementPeriod {

    /** @return the first day */
    @SupportedDate
    public abstract LocalDate getStart();

    /** @return the last day, inclusive, when the period states one */
    public abstract Optional<@SupportedDate LocalDate> getEnd();

    /** @return whether the period was agreed to run until terminated; then it has no end date */
    @Value.Default
    public boolean isOpenEnded() {
        return false;
    }

    /** @return the period {@code start}…{@code end} inclusive */
    public static AgreementPeriod of(LocalDate start, LocalDate end) {
        return new Builder().start(start).end(end).build();
    }

    /** @return the period from {@code start} to and including 31 December of {@code lastYear} */
    public static AgreementPeriod throughYear(LocalDate start, int lastYear) {
        return of(start, TimeParts.date(lastYear, 12, 31));
    }

    /**
     * @return the period of {@code years} whole years from {@code start}: "for 4 years from 1 April 2020" ends on
     *     31 March 2024
     * @throws dk.welfarealliance.validation.ValidationException ({@code count.min}) if {@code years} is below 1
     */
    public static AgreementPeriod forYears(LocalDate start, int years) {
        Violations.requireNonNull(start, "AgreementPeriod", "start");
        if (years < 1) {
            throw Violations.single("AgreementPeriod", "years", Rule.COUNT_MIN, "min", 1);
        }
        return of(start, start.plusYears(years).minusDays(1));
    }

    /** @return the period from {@code start}, agreed to run until terminated */
    public static AgreementPeriod openEnded(LocalDate start) {
        return new Builder().start(start).openEnded(true).build();
    }

    /** @return the period from {@code start} whose end the source does not give */
    public static AgreementPeriod endNotRecorded(LocalDate start) {
        return new Builder().start(start).build();
    }

    /** @return what is known of the end */
    public EndKind endKind() {
        if (getEnd().isPresent()) {
            return EndKind.DATE;
        }
        return isOpenEnded() ? EndKind.OPEN_ENDED : EndKind.NOT_RECORDED;
    }

    /**
     * @return whether {@code day} certainly lies within the period: on or after the start and, for an end date,
     *     not after it; every day from the start on for an open-ended period; never for an end not recorded
     */
    public boolean contains(LocalDate day) {
        Violations.requireNonNull(day, "AgreementPeriod", "day");
        if (day.isBefore(getStart())) {
            return false;
        }
        return getEnd().map(end -> !day.isAfter(end)).orElse(isOpenEnded());
    }

    /**
     * @return whether two terms overlap, taken in order of their starts: the same start always does; a term with
     *     an end date overlaps a later one that starts on or before its end; an open-ended term overlaps every
     *     later one; a term whose end is not recorded overlaps none that starts later (the later start tells that
     *     it had ended by then)
     */
    public boolean overlaps(AgreementPeriod other) {
        Violations.requireNonNull(other, "AgreementPeriod", "other");
        return Terms.overlap(this, other);
    }

    /** @return the same start with the end {@code end} */
    public AgreementPeriod endingOn(LocalDate end) {
        return new Builder().start(getStart()).end(end).build();
    }

    /** @return {@code start…end}, {@code start…(open-ended)} or {@code start…(end not recorded)} */
    @Override
    public String toString() {
        String end = switch (endKind()) {
            case DATE -> getEnd().orElseThrow().toString();
            case OPEN_ENDED -> "(open-ended)";
            case NOT_RECORDED -> "(end not recorded)";
        };
        return getStart() + "…" + end;
    }

    @Value.Check
    protected void check() {
        Violations v = Violations.of(AgreementPeriod.class).addAll(BeanValidation.validate(this, AgreementPeriod.class));
        if (getEnd().isPresent() && getEnd().get().isBefore(getStart())) {
            v.add("end", Rule.PERIOD_ORDER);
        }
        if (getEnd().isPresent() && isOpenEnded()) {
            v.add("openEnded", Rule.PERIOD_OPEN_ENDED_WITH_END);
        }
        v.throwIfAny();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AgreementPeriod}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableAgreementPeriod.Builder {}
}
