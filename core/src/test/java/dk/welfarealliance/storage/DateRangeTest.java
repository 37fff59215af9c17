package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A range of days, both ends included: which days it contains at and beyond its bounds, and the typed errors for a
 * reversed range or a date outside the supported years.
 */
class DateRangeTest {
    private static final LocalDate FIRST = LocalDate.of(2024, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 3, 31);

    @Test
    void a_range_keeps_its_first_and_last_day() {
        DateRange range = DateRange.of(FIRST, LAST);

        assertThat(range.getFirst()).isEqualTo(FIRST);
        assertThat(range.getLast()).isEqualTo(LAST);
        assertThat(range).isEqualTo(DateRange.of(FIRST, LAST));
    }

    @Test
    void a_range_contains_both_of_its_ends_and_the_days_between() {
        DateRange range = DateRange.of(FIRST, LAST);

        assertThat(range.contains(FIRST)).isTrue();
        assertThat(range.contains(LocalDate.of(2024, 3, 15))).isTrue();
        assertThat(range.contains(LAST)).isTrue();
    }

    @Test
    void a_range_does_not_contain_the_day_before_its_first_or_the_day_after_its_last() {
        DateRange range = DateRange.of(FIRST, LAST);

        assertThat(range.contains(FIRST.minusDays(1))).isFalse();
        assertThat(range.contains(LAST.plusDays(1))).isFalse();
    }

    @Test
    void a_range_of_one_day_contains_exactly_that_day() {
        DateRange day = DateRange.of(FIRST, FIRST);

        assertThat(day.contains(FIRST)).isTrue();
        assertThat(day.contains(FIRST.minusDays(1))).isFalse();
        assertThat(day.contains(FIRST.plusDays(1))).isFalse();
    }

    @Test
    void a_range_whose_last_day_is_before_its_first_is_rejected() {
        Rejected.with(() -> DateRange.of(FIRST, FIRST.minusDays(1)), "DateRange", "last", "period.order");
    }

    @Test
    void a_range_may_span_the_whole_supported_years() {
        DateRange all = DateRange.of(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));

        assertThat(all.contains(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(all.contains(LocalDate.of(9999, 12, 31))).isTrue();
    }

    @Test
    void a_range_beyond_the_supported_years_is_rejected_at_the_day_outside() {
        Rejected.with(() -> DateRange.of(LocalDate.of(1899, 12, 31), LAST), "DateRange", "first", "date.range");
        Rejected.with(() -> DateRange.of(FIRST, LocalDate.of(10000, 1, 1)), "DateRange", "last", "date.range");
    }

    @Test
    void a_missing_day_is_rejected_with_the_typed_error() {
        Rejected.by(() -> DateRange.of(null, LAST));
        Rejected.by(() -> DateRange.of(FIRST, null));
    }
}
