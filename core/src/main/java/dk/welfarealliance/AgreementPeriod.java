package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A term from {@link #getStart()} to {@link #getEnd()}, both inclusive: agreements run "to and including"
 * their end. A one-day period has start = end. Rules: dates within 1900-01-01…9999-12-31
 * ({@code date.range}), end not before start ({@code period.order}).
 */
@Value.Immutable
public abstract class AgreementPeriod implements WithAgreementPeriod {

    /** @return the first day */
    @Value.Parameter
    @SupportedDate
    public abstract LocalDate getStart();

    /** @return the last day, inclusive */
    @Value.Parameter
    @SupportedDate
    public abstract LocalDate getEnd();

    /** @return the period {@code start}…{@code end} inclusive */
    public static AgreementPeriod of(LocalDate start, LocalDate end) {
        return ImmutableAgreementPeriod.of(start, end);
    }

    /** @return the period from {@code start} to and including 31 December of {@code lastYear} */
    public static AgreementPeriod throughYear(LocalDate start, int lastYear) {
        return of(start, LocalDate.of(lastYear, 12, 31));
    }

    /** @return whether {@code day} lies within the period, ends included */
    public boolean contains(LocalDate day) {
        Violations.requireNonNull(day, "AgreementPeriod", "day");
        return !day.isBefore(getStart()) && !day.isAfter(getEnd());
    }

    /** @return whether the two periods share at least one day */
    public boolean overlaps(AgreementPeriod other) {
        Violations.requireNonNull(other, "AgreementPeriod", "other");
        return !getStart().isAfter(other.getEnd()) && !other.getStart().isAfter(getEnd());
    }

    /** @return {@code start…end} */
    @Override
    public String toString() {
        return getStart() + "…" + getEnd();
    }

    @Value.Check
    protected void check() {
        Violations v = Violations.of(AgreementPeriod.class).addAll(BeanValidation.validate(this, AgreementPeriod.class));
        if (getEnd().isBefore(getStart())) {
            v.add("end", Rule.PERIOD_ORDER);
        }
        v.throwIfAny();
    }

    /** Builds an {@link AgreementPeriod}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableAgreementPeriod.Builder {}
}
