package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dk.welfarealliance.testing.PropertyRuns;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link AgreementPeriod}: the helpers for how agreements word their terms, and the documented overlap rule. */
class AgreementPeriodTest {
    private static final LocalDate BASE = LocalDate.of(2015, 1, 1);

    /** Periods with an end date, starting within ten years of 2015. */
    private static final Gen<AgreementPeriod> DATED = integers().between(0, 3650)
            .zip(integers().between(0, 2000), (start, length) -> AgreementPeriod.of(BASE.plusDays(start),
                    BASE.plusDays(start + length)));

    /** Periods starting within ten years of 2015: with an end date, open-ended, or with no end recorded. */
    private static final Gen<AgreementPeriod> PERIODS = Generate.frequency(List.of(
            Pair.of(1, DATED),
            Pair.of(1, integers().between(0, 3650).map(start -> AgreementPeriod.openEnded(BASE.plusDays(start)))),
            Pair.of(1, integers().between(0, 3650).map(start -> AgreementPeriod.endNotRecorded(BASE.plusDays(start))))));

    @Test
    void four_years_from_the_first_of_april_2020_end_on_the_last_of_march_2024() {
        AgreementPeriod period = AgreementPeriod.forYears(LocalDate.of(2020, 4, 1), 4);

        assertThat(period.getStart()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(period.getEnd()).contains(LocalDate.of(2024, 3, 31));
        assertThat(period.endKind()).isEqualTo(EndKind.DATE);
    }

    @Test
    void a_term_for_no_years_is_rejected() {
        Rejected.with(() -> AgreementPeriod.forYears(LocalDate.of(2020, 4, 1), 0), "AgreementPeriod", "years", "count.min");
    }

    @Test
    void a_term_to_and_including_a_year_ends_on_the_last_of_december_of_that_year() {
        AgreementPeriod period = AgreementPeriod.throughYear(LocalDate.of(2024, 1, 1), 2027);

        assertThat(period.getEnd()).contains(LocalDate.of(2027, 12, 31));
        assertThat(period.contains(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(period.contains(LocalDate.of(2028, 1, 1))).isFalse();
    }

    @Test
    void an_open_ended_term_contains_every_day_from_its_start() {
        AgreementPeriod period = AgreementPeriod.openEnded(LocalDate.of(2018, 1, 1));

        assertThat(period.endKind()).isEqualTo(EndKind.OPEN_ENDED);
        assertThat(period.getEnd()).isEmpty();
        assertThat(period.contains(LocalDate.of(2017, 12, 31))).isFalse();
        assertThat(period.contains(LocalDate.of(9999, 12, 31))).isTrue();
    }

    @Test
    void a_term_whose_end_is_not_recorded_certainly_contains_no_day() {
        AgreementPeriod period = AgreementPeriod.endNotRecorded(LocalDate.of(2018, 1, 1));

        assertThat(period.endKind()).isEqualTo(EndKind.NOT_RECORDED);
        assertThat(period.contains(LocalDate.of(2018, 1, 1))).isFalse();
        assertThat(period).hasToString("2018-01-01…(end not recorded)");
    }

    @Test
    void an_open_ended_term_with_an_end_date_is_rejected() {
        Rejected.with(() -> AgreementPeriod.builder().start(LocalDate.of(2018, 1, 1)).end(LocalDate.of(2020, 1, 1))
                .openEnded(true).build(), "AgreementPeriod", "openEnded", "period.open-ended-with-end");
    }

    @Test
    void terms_overlap_as_documented_taken_in_order_of_their_starts() {
        AgreementPeriod dated = AgreementPeriod.throughYear(LocalDate.of(2021, 1, 1), 2024);

        assertThat(dated.overlaps(AgreementPeriod.endNotRecorded(LocalDate.of(2021, 1, 1)))).as("same start").isTrue();
        assertThat(dated.overlaps(AgreementPeriod.openEnded(LocalDate.of(2024, 12, 31)))).as("starts on the end").isTrue();
        assertThat(dated.overlaps(AgreementPeriod.openEnded(LocalDate.of(2025, 1, 1)))).as("starts after the end").isFalse();
        assertThat(AgreementPeriod.openEnded(LocalDate.of(2018, 1, 1)).overlaps(dated)).as("open-ended first").isTrue();
        assertThat(AgreementPeriod.endNotRecorded(LocalDate.of(2018, 1, 1)).overlaps(dated)).as("end not recorded first")
                .isFalse();
        assertThat(dated.overlaps(AgreementPeriod.endNotRecorded(LocalDate.of(2018, 1, 1)))).as("either way round")
                .isFalse();
    }

    @Test
    void overlapping_is_symmetric() {
        PropertyRuns.qt(500).forAll(PERIODS, PERIODS)
                .checkAssert((a, b) -> assertThat(a.overlaps(b)).as(a + " and " + b).isEqualTo(b.overlaps(a)));
    }

    @Test
    void every_term_overlaps_itself() {
        PropertyRuns.qt(300).forAll(PERIODS).checkAssert(p -> assertThat(p.overlaps(p)).as(p.toString()).isTrue());
    }

    @Test
    void two_dated_terms_overlap_exactly_when_they_share_a_day() {
        PropertyRuns.qt(500).forAll(DATED, DATED).checkAssert((a, b) -> {
                    boolean shareADay = !a.getStart().isAfter(b.getEnd().orElseThrow())
                            && !b.getStart().isAfter(a.getEnd().orElseThrow());
                    assertThat(a.overlaps(b)).as(a + " and " + b).isEqualTo(shareADay);
                });
    }
}
