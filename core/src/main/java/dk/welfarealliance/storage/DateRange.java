package dk.welfarealliance.storage;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Days from {@link #getFirst()} to {@link #getLast()}, both inclusive ({@code period.order} if reversed).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DateRange implements WithDateRange {

    /** @return the first day */
    @Value.Parameter
    @SupportedDate
    public abstract LocalDate getFirst();

    /** @return the last day, inclusive */
    @Value.Parameter
    @SupportedDate
    public abstract LocalDate getLast();

    /** @return the range {@code first}…{@code last}, inclusive */
    public static DateRange of(LocalDate first, LocalDate last) {
        return ImmutableDateRange.of(first, last);
    }

    /** @return whether {@code day} lies within the range, ends included */
    public boolean contains(LocalDate day) {
        return !day.isBefore(getFirst()) && !day.isAfter(getLast());
    }

    @Value.Check
    protected void check() {
        Violations v = Violations.of(DateRange.class).addAll(BeanValidation.validate(this, DateRange.class));
        if (getLast().isBefore(getFirst())) {
            v.add("last", Rule.PERIOD_ORDER);
        }
        v.throwIfAny();
    }
}
