package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The number rules of goals and measurements: at most 6 decimals ({@code number.scale}), an absolute value below
 * 10^12 ({@code number.range}), and numbers normalised when built (no trailing zeros, never a negative scale) so
 * that equal numbers make equal values.
 */
class NumberRulesTest {
    private static final GoalId GOAL = GoalId.parse("00000000-0000-4000-8000-000000000001");

    /** One place a goal number is stored: how to build a value with it, and how to read it back. */
    private record Place(String name, String type, String path, Function<BigDecimal, Object> build,
            Function<Object, BigDecimal> read) {
        BigDecimal kept(String number) {
            return read.apply(build.apply(new BigDecimal(number)));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Goal goal(Optional<BigDecimal> baseline, Optional<GoalTarget> target) {
        return Goal.builder().metric("Piger i klubberne").baseline(baseline).target(target).unit(GoalUnit.COUNT).build();
    }

    private static Measurement measurement(BigDecimal value) {
        return Measurement.builder().goal(GOAL).date(LocalDate.of(2024, 6, 1)).value(value).unit(GoalUnit.COUNT).build();
    }

    static Stream<Place> places() {
        return Stream.of(
                new Place("a goal's baseline", "Goal", "baseline", n -> goal(Optional.of(n), Optional.empty()),
                        g -> ((Goal) g).getBaseline().orElseThrow()),
                new Place("a level target", "GoalTarget", "value", GoalTarget::level, t -> ((GoalTarget) t).getValue()),
                new Place("a change target", "GoalTarget", "value", GoalTarget::change, t -> ((GoalTarget) t).getValue()),
                new Place("a per-cent target", "GoalTarget", "value", GoalTarget::percentChange,
                        t -> ((GoalTarget) t).getValue()),
                new Place("a goal's target level", "GoalTarget", "value",
                        n -> goal(Optional.empty(), Optional.of(GoalTarget.level(n))),
                        g -> ((Goal) g).getTarget().orElseThrow().getValue()),
                new Place("a measurement", "Measurement", "value", NumberRulesTest::measurement,
                        m -> ((Measurement) m).getValue()));
    }

    static Stream<Arguments> placesAndNumbers(String... numbers) {
        return places().flatMap(p -> Stream.of(numbers).map(n -> Arguments.of(p, n)));
    }

    static Stream<Arguments> acceptedAtTheLimits() {
        return placesAndNumbers("999999999999.999999", "-999999999999.999999", "0.000001", "-0.000001",
                "999999999999", "-999999999999");
    }

    static Stream<Arguments> tooManyDecimals() {
        return placesAndNumbers("0.0000001", "-0.0000001", "1.1234567", "-999999999999.9999999");
    }

    static Stream<Arguments> tooLarge() {
        return placesAndNumbers("1000000000000", "-1000000000000", "1E+12", "-1E+12", "1000000000000.5",
                "9999999999999");
    }

    @ParameterizedTest(name = "{0}: {1} is accepted as it is")
    @MethodSource("acceptedAtTheLimits")
    void numbers_at_the_limits_of_six_decimals_and_twelve_digits_are_accepted_in_both_signs(Place place, String n) {
        assertThat(place.kept(n)).isEqualTo(new BigDecimal(n));
    }

    @ParameterizedTest(name = "{0}: {1} is rejected with number.scale")
    @MethodSource("tooManyDecimals")
    void a_number_with_a_seventh_decimal_is_rejected_with_the_scale_limit(Place place, String n) {
        Violation v = Rejected.with(() -> place.build.apply(new BigDecimal(n)), place.type, place.path,
                "number.scale");
        assertThat(v.getAttributes()).containsEntry("max", 6);
    }

    @ParameterizedTest(name = "{0}: {1} is rejected with number.range")
    @MethodSource("tooLarge")
    void a_number_of_ten_to_the_twelve_or_more_is_rejected_with_the_range_limit(Place place, String n) {
        Violation v = Rejected.with(() -> place.build.apply(new BigDecimal(n)), place.type, place.path,
                "number.range");
        assertThat(v.getAttributes()).containsEntry("max", "1E12");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void a_number_breaking_both_limits_is_rejected_with_both_rules(Place place) {
        ValidationException e = Rejected.by(() -> place.build.apply(new BigDecimal("1000000000000.0000001")));
        assertThat(e.getRules()).containsExactlyInAnyOrder("number.scale", "number.range");
        assertThat(e.getViolations()).extracting(Violation::getPath).containsOnly(place.path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void trailing_zeros_are_dropped_so_that_equal_numbers_are_kept_alike(Place place) {
        assertThat(place.kept("410.000")).isEqualTo(new BigDecimal("410"));
        assertThat(place.kept("410.0000000000")).isEqualTo(new BigDecimal("410"));
        assertThat(place.kept("12.500")).isEqualTo(new BigDecimal("12.5"));
        assertThat(place.kept("-0.5000")).isEqualTo(new BigDecimal("-0.5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void a_number_with_a_negative_scale_is_kept_as_a_whole_number(Place place) {
        BigDecimal kept = place.kept("4.1E+2");
        assertThat(kept).isEqualTo(new BigDecimal("410"));
        assertThat(kept.scale()).isZero();
        assertThat(place.kept("1E+11")).isEqualTo(new BigDecimal("100000000000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void zero_in_any_form_is_kept_as_plain_zero(Place place) {
        assertThat(place.kept("0.000")).isEqualTo(BigDecimal.ZERO);
        assertThat(place.kept("0E+3")).isEqualTo(BigDecimal.ZERO);
        assertThat(place.kept("0E-20")).isEqualTo(BigDecimal.ZERO);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void trailing_zeros_beyond_the_sixth_decimal_are_not_a_seventh_decimal(Place place) {
        assertThat(place.kept("1.1234560000")).isEqualTo(new BigDecimal("1.123456"));
    }

    @Test
    void goals_that_differ_only_in_trailing_zeros_are_equal_values() {
        Goal a = goal(Optional.of(new BigDecimal("410")), Optional.of(GoalTarget.percentChange(new BigDecimal("20"))));
        Goal b = goal(Optional.of(new BigDecimal("410.00")),
                Optional.of(GoalTarget.percentChange(new BigDecimal("20.0000"))));
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }

    @Test
    void measurements_that_differ_only_in_trailing_zeros_are_equal_values() {
        assertThat(measurement(new BigDecimal("87"))).isEqualTo(measurement(new BigDecimal("87.000")))
                .isNotEqualTo(measurement(new BigDecimal("87.001")));
    }

    @Test
    void targets_that_differ_only_in_trailing_zeros_are_equal_and_targets_of_another_kind_are_not() {
        assertThat(GoalTarget.level(new BigDecimal("120"))).isEqualTo(GoalTarget.level(new BigDecimal("120.0")))
                .isNotEqualTo(GoalTarget.change(new BigDecimal("120")));
    }

    // ---- target levels -------------------------------------------------------------------------------------

    @Test
    void a_per_cent_change_is_reckoned_from_the_baseline_in_exact_decimals() {
        Goal g = goal(Optional.of(new BigDecimal("410")), Optional.of(GoalTarget.percentChange(new BigDecimal("20"))));
        assertThat(g.targetLevel()).contains(new BigDecimal("492"));
        assertThat(GoalTarget.percentChange(new BigDecimal("-12.5")).levelFrom(new BigDecimal("80")))
                .isEqualTo(new BigDecimal("70"));
        assertThat(GoalTarget.percentChange(new BigDecimal("0.1")).levelFrom(new BigDecimal("3")))
                .isEqualTo(new BigDecimal("3.003"));
    }

    @Test
    void a_change_is_added_to_the_baseline() {
        Goal g = goal(Optional.of(new BigDecimal("40")), Optional.of(GoalTarget.change(new BigDecimal("-15.50"))));
        assertThat(g.targetLevel()).contains(new BigDecimal("24.5"));
    }

    @Test
    void a_level_target_is_its_own_level_whatever_the_baseline() {
        Goal g = goal(Optional.of(new BigDecimal("40")), Optional.of(GoalTarget.level(new BigDecimal("120"))));
        assertThat(g.targetLevel()).contains(new BigDecimal("120"));
        assertThat(goal(Optional.empty(), Optional.of(GoalTarget.level(new BigDecimal("7")))).targetLevel())
                .contains(new BigDecimal("7"));
        assertThat(GoalTarget.level(new BigDecimal("7")).levelFrom(new BigDecimal("1000"))).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void a_target_level_is_normalised() {
        assertThat(GoalTarget.change(new BigDecimal("0.5")).levelFrom(new BigDecimal("9.50")))
                .isEqualTo(new BigDecimal("10"));
        assertThat(GoalTarget.change(new BigDecimal("0.5")).levelFrom(new BigDecimal("9.50")).scale()).isZero();
    }

    @Test
    void a_goal_without_a_target_has_no_target_level() {
        assertThat(goal(Optional.of(new BigDecimal("40")), Optional.empty()).targetLevel()).isEmpty();
    }

    @Test
    void a_change_without_a_baseline_is_rejected_naming_its_kind() {
        Violation v = Rejected.with(() -> goal(Optional.empty(), Optional.of(GoalTarget.change(BigDecimal.ONE))),
                "Goal", "target", "goal.target.baseline-required");
        assertThat(v.getAttributes()).containsEntry("kind", TargetKind.CHANGE);
        Rejected.with(() -> goal(Optional.empty(), Optional.of(GoalTarget.percentChange(BigDecimal.TEN))),
                "Goal", "target", "goal.target.baseline-required");
    }

    @Test
    void a_level_target_needs_no_baseline() {
        assertThat(goal(Optional.empty(), Optional.of(GoalTarget.level(BigDecimal.TEN))).getBaseline()).isEmpty();
    }

    @Test
    void a_goal_built_without_an_id_is_unassigned_and_one_built_with_an_id_keeps_it() {
        assertThat(goal(Optional.empty(), Optional.empty()).getId()).isEqualTo(GoalId.UNASSIGNED);
        Goal g = Goal.builder().id(GOAL).metric("Piger").unit(GoalUnit.COUNT).target(new BigDecimal("3")).build();
        assertThat(g.getId()).isEqualTo(GOAL);
        assertThat(g.getTarget()).contains(GoalTarget.level(new BigDecimal("3")));
    }

    @Test
    void a_target_level_from_a_null_baseline_is_rejected() {
        Rejected.with(() -> GoalTarget.level(BigDecimal.ONE).levelFrom(null), "GoalTarget", "baseline", "value.null");
    }
}
