package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dk.welfarealliance.testing.PropertyRuns;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link PartialDate}: a date known to the day, the month or the year, as its class comment documents it. */
class PartialDateTest {

    /** Dates of every precision between 1900 and 9999, the first day aligned to the precision. */
    private static final Gen<PartialDate> DATES = dates(1900, 9999);
    /** Dates of every precision in two years only, so that many start on the same day. */
    private static final Gen<PartialDate> CLOSE_DATES = dates(2020, 2021);

    private static Gen<PartialDate> dates(int firstYear, int lastYear) {
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        int days = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - first.toEpochDay());
        return Generate.frequency(List.of(
                Pair.of(1, integers().between(firstYear, lastYear).map(PartialDate::year)),
                Pair.of(1, integers().between(firstYear, lastYear).zip(integers().between(1, 12), PartialDate::month)),
                Pair.of(1, integers().between(0, days).map(n -> PartialDate.day(first.plusDays(n))))));
    }

    @Test
    void the_text_of_each_precision_reads_back_as_the_same_date() {
        assertThat(PartialDate.parse("2019")).isEqualTo(PartialDate.year(2019));
        assertThat(PartialDate.parse("2021-09")).isEqualTo(PartialDate.month(2021, 9));
        assertThat(PartialDate.parse("2020-09-24")).isEqualTo(PartialDate.day(2020, 9, 24));
        assertThat(PartialDate.year(2019)).hasToString("2019");
        assertThat(PartialDate.month(2021, 9)).hasToString("2021-09");
        assertThat(PartialDate.day(2020, 9, 24)).hasToString("2020-09-24");
    }

    @Test
    void parsing_the_text_of_any_date_gives_the_same_date() {
        PropertyRuns.qt(500).forAll(DATES).checkAssert(d -> assertThat(PartialDate.parse(d.toString())).isEqualTo(d));
    }

    @Test
    void the_natural_order_is_consistent_with_equals() {
        PropertyRuns.qt(500).forAll(CLOSE_DATES, CLOSE_DATES).checkAssert((a, b) -> {
            assertThat(a.compareTo(b) == 0).as(a + " vs " + b).isEqualTo(a.equals(b));
            assertThat(Integer.signum(a.compareTo(b))).as(a + " vs " + b).isEqualTo(-Integer.signum(b.compareTo(a)));
        });
    }

    @Test
    void a_date_that_is_certainly_before_another_also_sorts_before_it() {
        PropertyRuns.qt(500).forAll(CLOSE_DATES, CLOSE_DATES).checkAssert((a, b) -> {
            if (a.isCertainlyBefore(b)) {
                assertThat(a).as(a + " vs " + b).isLessThan(b);
                assertThat(b.isCertainlyBefore(a)).isFalse();
            }
        });
    }

    @Test
    void dates_that_start_the_same_day_sort_finer_first() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.year(2021), PartialDate.day(2021, 1, 1),
                PartialDate.month(2021, 1)));

        Collections.sort(dates);

        assertThat(dates).containsExactly(PartialDate.day(2021, 1, 1), PartialDate.month(2021, 1), PartialDate.year(2021));
    }

    @Test
    void a_month_is_certainly_before_a_day_after_it_but_not_before_the_year_it_is_in() {
        PartialDate september = PartialDate.month(2021, 9);

        assertThat(september.isCertainlyBefore(PartialDate.day(2021, 10, 2))).isTrue();
        assertThat(september.isCertainlyBefore(PartialDate.year(2021))).isFalse();
        assertThat(PartialDate.year(2021).isCertainlyBefore(september)).isFalse();
        assertThat(september.isCertainlyBefore(PartialDate.day(2021, 9, 30))).isFalse();
    }

    @Test
    void a_date_may_be_any_day_from_its_first_to_its_last() {
        PartialDate february2024 = PartialDate.month(2024, 2);

        assertThat(february2024.getFirstDay()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(february2024.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(february2024.mayBe(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(february2024.mayBe(LocalDate.of(2024, 3, 1))).isFalse();
        assertThat(PartialDate.year(2019).lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(PartialDate.day(2020, 9, 24).mayBe(LocalDate.of(2020, 9, 25))).isFalse();
    }

    @Test
    void a_month_that_does_not_start_on_the_first_is_rejected() {
        Rejected.with(() -> new PartialDate.Builder().firstDay(LocalDate.of(2021, 9, 15)).precision(DatePrecision.MONTH).build(),
                "PartialDate", "firstDay", "partial-date.alignment");
    }

    @Test
    void a_year_that_does_not_start_on_the_first_of_january_is_rejected() {
        Rejected.with(() -> new PartialDate.Builder().firstDay(LocalDate.of(2021, 2, 1)).precision(DatePrecision.YEAR).build(),
                "PartialDate", "firstDay", "partial-date.alignment");
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"", "21", "2021-9", "2021-13", "2021-02-30", "2021-09-24T10:00", "24-09-2021", " 2021", "2021/09"})
    void text_in_another_form_is_rejected_with_the_format_rule(String text) {
        Rejected.with(() -> PartialDate.parse(text), "PartialDate", "text", "partial-date.format");
    }

    @Test
    void a_year_outside_the_supported_range_is_rejected() {
        assertThat(Rejected.by(() -> PartialDate.parse("1899")).getRules()).containsExactly("date.range");
    }
}
