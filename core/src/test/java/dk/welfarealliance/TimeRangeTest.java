package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.SupportedDate;
import dk.welfarealliance.validation.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The supported time range (docs/model.md, {@link SupportedDate}): stored instants lie within
 * 1900-01-01T00:00:00Z … 9999-12-31T23:59:59.999999Z ({@code instant.range}) and stored dates within
 * 1900-01-01 … 9999-12-31 ({@code date.range}), both bounds included; instants are truncated to microseconds.
 */
class TimeRangeTest {
    private static final Instant FIRST_INSTANT = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private static HistoryEntry entryAt(Instant at) {
        return HistoryEntry.builder().seq(1).event(HistoryEvent.ALLIANCE_CREATED).at(at).actor(Fixtures.ACTOR).build();
    }

    private static Alliance allianceModifiedAt(Instant at) {
        return Alliance.builder().id(AllianceId.of(new UUID(1L, 2L))).federation(FederationCode.DBU)
                .municipality(Fixtures.AARHUS).version(0).lastModified(at).build();
    }

    private static Measurement measuredOn(LocalDate day) {
        return Measurement.builder().goal(GoalId.parse("00000000-0000-4000-8000-000000000001")).date(day)
                .value(BigDecimal.ONE).unit(GoalUnit.COUNT).build();
    }

    // ---- instants ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1900-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z", "2024-03-01T10:15:30.123456Z"})
    void a_history_entry_at_an_instant_within_the_range_including_its_bounds_is_accepted(String at) {
        assertThat(entryAt(Instant.parse(at)).getAt()).isEqualTo(Instant.parse(at));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1899-12-31T23:59:59.999999Z", "1899-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999Z"})
    void a_history_entry_at_an_instant_outside_the_range_is_rejected_naming_the_bounds(String at) {
        Violation v = Rejected.with(() -> entryAt(Instant.parse(at)), "HistoryEntry", "at", "instant.range");
        assertThat(v.getAttributes()).containsEntry("min", FIRST_INSTANT).containsEntry("max", LAST_INSTANT);
    }

    @Test
    void a_history_entry_in_the_last_nanoseconds_of_9999_is_truncated_to_the_last_microsecond_and_accepted() {
        assertThat(entryAt(Instant.parse("9999-12-31T23:59:59.999999999Z")).getAt()).isEqualTo(LAST_INSTANT);
    }

    @Test
    void a_history_entry_keeps_its_instant_truncated_to_microseconds() {
        assertThat(entryAt(Fixtures.NOW).getAt()).isEqualTo(Instant.parse("2024-03-01T10:15:30.123456Z"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1900-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z"})
    void an_alliance_last_modified_at_a_bound_of_the_range_is_accepted(String at) {
        assertThat(allianceModifiedAt(Instant.parse(at)).getLastModified()).isEqualTo(Instant.parse(at));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1899-12-31T23:59:59.999999Z", "+10000-01-01T00:00:00Z"})
    void an_alliance_last_modified_outside_the_range_is_rejected(String at) {
        Violation v = Rejected.with(() -> allianceModifiedAt(Instant.parse(at)), "Alliance", "lastModified",
                "instant.range");
        assertThat(v.getAttributes()).containsEntry("min", FIRST_INSTANT).containsEntry("max", LAST_INSTANT);
    }

    @Test
    void an_alliance_keeps_its_last_modification_truncated_to_microseconds() {
        assertThat(allianceModifiedAt(Fixtures.NOW).getLastModified()).isEqualTo(Fixtures.NOW_IN_MICROS);
    }

    // ---- dates ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1900-01-01", "9999-12-31", "2024-02-29"})
    void a_date_within_the_range_including_its_bounds_is_accepted_wherever_it_is_stored(String text) {
        LocalDate day = LocalDate.parse(text);
        assertThat(PartialDate.day(day).getFirstDay()).isEqualTo(day);
        assertThat(AgreementPeriod.of(day, day).getEnd()).contains(day);
        assertThat(AgreementPeriod.openEnded(day).getStart()).isEqualTo(day);
        assertThat(ExtensionOption.until(day).getUntil()).contains(day);
        assertThat(measuredOn(day).getDate()).isEqualTo(day);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1899-12-31", "+10000-01-01", "0001-01-01", "-999999999-01-01", "+999999999-12-31"})
    void a_date_outside_the_range_is_rejected_naming_the_bounds(String text) {
        LocalDate day = LocalDate.parse(text);
        Violation v = Rejected.with(() -> PartialDate.day(day), "PartialDate", "firstDay", "date.range");
        assertThat(v.getAttributes()).containsEntry("min", FIRST_DAY).containsEntry("max", LAST_DAY);
        Rejected.with(() -> AgreementPeriod.openEnded(day), "AgreementPeriod", "start", "date.range");
        Rejected.with(() -> ExtensionOption.until(day), "ExtensionOption", "until", "date.range");
        Rejected.with(() -> measuredOn(day), "Measurement", "date", "date.range");
    }

    @Test
    void a_period_ending_after_9999_is_rejected_at_its_end() {
        Violation v = Rejected.with(() -> AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(10000, 1, 1)),
                "AgreementPeriod", "end", "date.range");
        assertThat(v.getAttributes()).containsEntry("max", LAST_DAY);
    }

    @Test
    void the_first_and_the_last_year_of_the_range_are_accepted_as_years_and_months() {
        assertThat(PartialDate.year(1900).lastDay()).isEqualTo(LocalDate.of(1900, 12, 31));
        assertThat(PartialDate.year(9999).lastDay()).isEqualTo(LAST_DAY);
        assertThat(PartialDate.month(9999, 12).lastDay()).isEqualTo(LAST_DAY);
        assertThat(PartialDate.month(1900, 1).getFirstDay()).isEqualTo(FIRST_DAY);
    }

    @Test
    void the_years_just_outside_the_range_are_rejected() {
        Rejected.with(() -> PartialDate.year(1899), "PartialDate", "firstDay", "date.range");
        Rejected.with(() -> PartialDate.parse("1899-12"), "PartialDate", "firstDay", "date.range");
    }

    // ---- the constraint itself -----------------------------------------------------------------------------

    /** A value of the embedder's with optional instants and dates: the constraint leaves null to other checks. */
    static final class Stamped {
        @SupportedDate
        final Instant at;
        @SupportedDate
        final LocalDate day;

        Stamped(Instant at, LocalDate day) {
            this.at = at;
            this.day = day;
        }
    }

    @Test
    void a_null_instant_or_date_is_left_to_other_checks() {
        assertThat(BeanValidation.validate(new Stamped(null, null), Stamped.class)).isEmpty();
    }

    @Test
    void the_constraint_reports_instant_range_for_an_instant_and_date_range_for_a_date() {
        assertThat(BeanValidation.validate(new Stamped(Instant.parse("1899-01-01T00:00:00Z"), LocalDate.of(1899, 1, 1)),
                Stamped.class)).extracting(Violation::getPath, Violation::getRule)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("at", "instant.range"),
                        org.assertj.core.groups.Tuple.tuple("day", "date.range"));
        assertThat(BeanValidation.validate(new Stamped(LAST_INSTANT, LAST_DAY), Stamped.class)).isEmpty();
    }

    @Test
    void an_empty_optional_date_is_no_date_out_of_range() {
        assertThat(ExtensionOption.byYears(2).getUntil()).isEqualTo(Optional.empty());
        assertThat(AgreementPeriod.endNotRecorded(FIRST_DAY).getEnd()).isEmpty();
    }
}
