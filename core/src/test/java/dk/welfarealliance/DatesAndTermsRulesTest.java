package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The smaller rules of partial dates, agreement periods, extension options and unrecorded terms: null arguments
 * and impossible dates give the typed error, each kind of end prints and reads as documented, an extension option
 * says something ({@code extension-option.empty}) and extends by at least a year ({@code count.min}).
 */
class DatesAndTermsRulesTest {
    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    // ---- partial dates -------------------------------------------------------------------------------------

    @Test
    void an_impossible_day_is_rejected_as_an_invalid_date() {
        Rejected.with(() -> PartialDate.day(2023, 2, 29), "PartialDate", "", "date.invalid");
        Rejected.with(() -> PartialDate.month(2023, 13), "PartialDate", "", "date.invalid");
        assertThat(PartialDate.day(2024, 2, 29).getFirstDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void a_month_given_as_a_year_month_is_that_month() {
        assertThat(PartialDate.month(YearMonth.of(2021, 9))).isEqualTo(PartialDate.month(2021, 9));
        assertThat(PartialDate.month(YearMonth.of(2021, 9)).getPrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void null_arguments_to_a_partial_date_are_rejected_naming_them() {
        PartialDate d = PartialDate.year(2021);
        Rejected.with(() -> PartialDate.month((YearMonth) null), "PartialDate", "month", "value.null");
        Rejected.with(() -> PartialDate.parse(null), "PartialDate", "text", "value.null");
        Rejected.with(() -> d.mayBe(null), "PartialDate", "day", "value.null");
        Rejected.with(() -> d.isCertainlyBefore(null), "PartialDate", "other", "value.null");
    }

    @Test
    void each_precision_stands_for_its_days() {
        assertThat(PartialDate.year(2024).lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PartialDate.year(2024).getPrecision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.month(2023, 2).lastDay()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(PartialDate.day(2023, 2, 28).lastDay()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(PartialDate.day(2023, 2, 28).getPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.year(2024).mayBe(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(PartialDate.year(2024).mayBe(LocalDate.of(2023, 12, 31))).isFalse();
    }

    @Test
    void a_day_is_certainly_before_the_next_day_but_not_before_itself() {
        PartialDate d = PartialDate.day(2021, 9, 30);
        assertThat(d.isCertainlyBefore(PartialDate.day(2021, 10, 1))).isTrue();
        assertThat(d.isCertainlyBefore(d)).isFalse();
        assertThat(d.compareTo(PartialDate.day(2021, 9, 30))).isZero();
        assertThat(d.compareTo(PartialDate.day(2021, 10, 1))).isNegative();
        assertThat(PartialDate.year(2021).compareTo(PartialDate.month(2021, 1))).isPositive();
    }

    @Test
    void a_day_built_with_any_first_day_needs_no_alignment() {
        assertThat(new PartialDate.Builder().firstDay(LocalDate.of(2021, 9, 15)).precision(DatePrecision.DAY).build())
                .isEqualTo(PartialDate.day(2021, 9, 15));
    }

    @Test
    void a_misaligned_month_names_its_precision() {
        Violation v = Rejected.with(() -> new PartialDate.Builder().firstDay(LocalDate.of(2021, 9, 2))
                .precision(DatePrecision.MONTH).build(), "PartialDate", "firstDay", "partial-date.alignment");
        assertThat(v.getAttributes()).containsEntry("precision", DatePrecision.MONTH);
    }

    @Test
    void early_years_print_with_four_digits() {
        assertThat(PartialDate.year(1900)).hasToString("1900");
        assertThat(PartialDate.month(1900, 1)).hasToString("1900-01");
        assertThat(PartialDate.day(1900, 1, 2)).hasToString("1900-01-02");
    }

    // ---- agreement periods ---------------------------------------------------------------------------------

    @Test
    void each_kind_of_end_prints_as_documented() {
        assertThat(AgreementPeriod.of(START, END)).hasToString("2022-01-01…2025-12-31");
        assertThat(AgreementPeriod.openEnded(START)).hasToString("2022-01-01…(open-ended)");
        assertThat(AgreementPeriod.endNotRecorded(START)).hasToString("2022-01-01…(end not recorded)");
    }

    @Test
    void each_kind_of_end_is_told_apart() {
        assertThat(AgreementPeriod.of(START, END).endKind()).isEqualTo(EndKind.DATE);
        assertThat(AgreementPeriod.openEnded(START).endKind()).isEqualTo(EndKind.OPEN_ENDED);
        assertThat(AgreementPeriod.openEnded(START).isOpenEnded()).isTrue();
        assertThat(AgreementPeriod.endNotRecorded(START).endKind()).isEqualTo(EndKind.NOT_RECORDED);
        assertThat(AgreementPeriod.endNotRecorded(START).isOpenEnded()).isFalse();
        assertThat(AgreementPeriod.of(START, END).isOpenEnded()).isFalse();
    }

    @Test
    void a_dated_term_contains_its_first_and_last_day_and_nothing_outside() {
        AgreementPeriod p = AgreementPeriod.of(START, END);
        assertThat(p.contains(START)).isTrue();
        assertThat(p.contains(END)).isTrue();
        assertThat(p.contains(START.minusDays(1))).isFalse();
        assertThat(p.contains(END.plusDays(1))).isFalse();
        assertThat(AgreementPeriod.openEnded(START).contains(START.minusDays(1))).isFalse();
    }

    @Test
    void ending_a_term_on_a_day_keeps_its_start() {
        AgreementPeriod p = AgreementPeriod.openEnded(START).endingOn(END);
        assertThat(p).isEqualTo(AgreementPeriod.of(START, END));
        Rejected.with(() -> AgreementPeriod.of(START, END).endingOn(START.minusDays(1)), "AgreementPeriod", "end",
                "period.order");
    }

    @Test
    void a_term_for_one_year_ends_the_day_before_the_anniversary() {
        assertThat(AgreementPeriod.forYears(LocalDate.of(2024, 2, 29), 1).getEnd()).contains(LocalDate.of(2025, 2, 27));
        assertThat(AgreementPeriod.forYears(START, 1).getEnd()).contains(LocalDate.of(2022, 12, 31));
    }

    @Test
    void a_term_for_a_negative_number_of_years_is_rejected_with_the_minimum() {
        Violation v = Rejected.with(() -> AgreementPeriod.forYears(START, -1), "AgreementPeriod", "years", "count.min");
        assertThat(v.getAttributes()).containsEntry("min", 1);
    }

    @Test
    void null_arguments_to_a_period_are_rejected_naming_them() {
        AgreementPeriod p = AgreementPeriod.of(START, END);
        Rejected.with(() -> AgreementPeriod.forYears(null, 4), "AgreementPeriod", "start", "value.null");
        Rejected.with(() -> p.contains(null), "AgreementPeriod", "day", "value.null");
        Rejected.with(() -> p.overlaps(null), "AgreementPeriod", "other", "value.null");
    }

    @Test
    void a_period_ending_before_it_starts_and_open_ended_with_an_end_reports_both() {
        ValidationException e = Rejected.by(() -> AgreementPeriod.builder().start(START).end(START.minusDays(1))
                .openEnded(true).build());
        assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getRule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("end", "period.order"),
                org.assertj.core.groups.Tuple.tuple("openEnded", "period.open-ended-with-end"));
    }

    // ---- extension options ---------------------------------------------------------------------------------

    @Test
    void an_extension_option_may_give_years_a_last_day_or_only_its_text() {
        assertThat(ExtensionOption.byYears(1).getYears()).hasValue(1);
        assertThat(ExtensionOption.until(END).getUntil()).contains(END);
        assertThat(ExtensionOption.builder().text("Kan forlænges efter aftale.").build().getText())
                .contains("Kan forlænges efter aftale.");
    }

    @Test
    void an_extension_option_that_says_nothing_is_rejected() {
        Rejected.with(() -> ExtensionOption.builder().build(), "ExtensionOption", "", "extension-option.empty");
    }

    @Test
    void an_extension_by_no_years_is_rejected_with_the_minimum() {
        Violation v = Rejected.with(() -> ExtensionOption.byYears(0), "ExtensionOption", "years", "count.min");
        assertThat(v.getAttributes()).containsEntry("min", 1);
        Rejected.with(() -> ExtensionOption.byYears(-2), "ExtensionOption", "years", "count.min");
    }

    @Test
    void the_text_of_an_extension_option_follows_the_long_text_rules() {
        ValidationException e = Rejected.by(() -> ExtensionOption.builder().years(2).text(" ").build());
        assertThat(e.getRules()).containsExactly("text.blank");
        assertThat(e.getViolations().get(0).getType()).isEqualTo("ExtensionOption");
    }

    // ---- unrecorded terms ----------------------------------------------------------------------------------

    @Test
    void an_unrecorded_term_of_which_nothing_is_known_has_no_period_and_no_note() {
        UnrecordedTerm t = UnrecordedTerm.unknown();
        assertThat(t.getPeriod()).isEmpty();
        assertThat(t.getNote()).isEmpty();
    }

    @Test
    void an_unrecorded_term_keeps_its_period_and_note_and_rejects_a_blank_note() {
        UnrecordedTerm t = UnrecordedTerm.builder().period(AgreementPeriod.throughYear(LocalDate.of(2016, 1, 1), 2019))
                .note("Første aftale 2016–2019, underskrevet før registret.").build();
        assertThat(t.getPeriod()).map(AgreementPeriod::getStart).contains(LocalDate.of(2016, 1, 1));
        ValidationException e = Rejected.by(() -> UnrecordedTerm.builder().note("").build());
        assertThat(e.getRules()).containsExactly("text.blank");
        assertThat(e.getViolations().get(0).getType()).isEqualTo("UnrecordedTerm");
    }
}
