package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.testing.Rejected;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bounds of a {@link RetryPolicy}'s configuration, each at its edge, and its pause before attempt n:
 * {@code min(maxBackoff, baseBackoff · 2^(n-2))} less up to {@code jitter} of it, as its Javadoc says.
 */
class RetryPolicyRulesTest {
    private static final Duration TEN_MS = Duration.ofMillis(10);

    private static RetryPolicy fixed(double random) {
        return RetryPolicy.defaults().withSleeperAndRandom(pause -> { }, () -> random);
    }

    @Test
    void one_attempt_is_the_fewest_a_policy_allows() {
        assertThat(RetryPolicy.defaults().withMaxAttempts(1).maxAttempts()).isEqualTo(1);
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(-3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_base_pause_of_zero_is_allowed_and_a_negative_one_is_refused() {
        RetryPolicy zero = fixed(0.3).withBackoff(Duration.ZERO, Duration.ZERO);

        assertThat(zero.baseBackoff()).isZero();
        assertThat(zero.pauseBefore(2)).isZero();
        assertThat(zero.pauseBefore(40)).isZero();
        assertThatThrownBy(() -> RetryPolicy.defaults().withBackoff(Duration.ofNanos(-1), TEN_MS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseBackoff");
    }

    @Test
    void the_longest_pause_may_equal_the_base_pause_but_not_be_shorter() {
        RetryPolicy flat = fixed(0).withJitter(0).withBackoff(TEN_MS, TEN_MS);

        assertThat(flat.maxBackoff()).isEqualTo(TEN_MS);
        assertThat(flat.pauseBefore(2)).isEqualTo(TEN_MS);
        assertThat(flat.pauseBefore(5)).isEqualTo(TEN_MS);
        assertThatThrownBy(() -> RetryPolicy.defaults().withBackoff(TEN_MS, TEN_MS.minusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff");
    }

    @Test
    void a_null_pause_sleeper_or_random_source_is_refused_with_the_typed_error() {
        RetryPolicy d = RetryPolicy.defaults();

        Rejected.with(() -> d.withBackoff(TEN_MS, null), "RetryPolicy", "maxBackoff", "value.null");
        Rejected.with(() -> d.withSleeperAndRandom(null, () -> 0.5), "RetryPolicy", "sleeper", "value.null");
        Rejected.with(() -> d.withSleeperAndRandom(pause -> { }, null), "RetryPolicy", "random", "value.null");
    }

    @Test
    void jitter_may_be_zero_or_one_and_nothing_outside() {
        assertThat(RetryPolicy.defaults().withJitter(0).jitter()).isZero();
        assertThat(RetryPolicy.defaults().withJitter(1).jitter()).isEqualTo(1.0);
        assertThatThrownBy(() -> RetryPolicy.defaults().withJitter(-0.001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
        assertThatThrownBy(() -> RetryPolicy.defaults().withJitter(1.001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
    }

    @Test
    void each_with_method_changes_only_its_own_setting() {
        RetryPolicy base = RetryPolicy.defaults();

        RetryPolicy p = base.withMaxAttempts(3).withBackoff(Duration.ofMillis(20), Duration.ofMillis(500))
                .withJitter(0.25).withSleeperAndRandom(pause -> { }, () -> 0);

        assertThat(p.maxAttempts()).isEqualTo(3);
        assertThat(p.baseBackoff()).isEqualTo(Duration.ofMillis(20));
        assertThat(p.maxBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(p.jitter()).isEqualTo(0.25);
        assertThat(base.maxAttempts()).as("the original is unchanged").isEqualTo(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
        assertThat(base.jitter()).isEqualTo(RetryPolicy.DEFAULT_JITTER);
    }

    @Test
    void only_attempts_from_the_second_on_have_a_pause() {
        assertThatThrownBy(() -> fixed(0).pauseBefore(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fixed(0).pauseBefore(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(fixed(0).pauseBefore(2)).isEqualTo(RetryPolicy.DEFAULT_BASE_BACKOFF);
    }

    @Test
    void without_jitter_taken_the_pause_doubles_from_the_base_before_each_attempt() {
        RetryPolicy p = fixed(0);

        assertThat(p.pauseBefore(2)).isEqualTo(Duration.ofMillis(10));
        assertThat(p.pauseBefore(3)).isEqualTo(Duration.ofMillis(20));
        assertThat(p.pauseBefore(4)).isEqualTo(Duration.ofMillis(40));
        assertThat(p.pauseBefore(8)).isEqualTo(Duration.ofMillis(640));
    }

    @Test
    void the_pause_is_capped_at_the_longest_pause_however_many_attempts() {
        RetryPolicy p = fixed(0);

        assertThat(p.pauseBefore(9)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.pauseBefore(64)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.pauseBefore(66)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.pauseBefore(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_pause_that_doubles_exactly_to_the_cap_is_the_cap() {
        RetryPolicy p = fixed(0).withBackoff(Duration.ofMillis(250), Duration.ofSeconds(1));

        assertThat(p.pauseBefore(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.pauseBefore(3)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void a_cap_between_two_doublings_is_reached_not_passed() {
        RetryPolicy p = fixed(0).withBackoff(Duration.ofNanos(3), Duration.ofNanos(7));

        assertThat(p.pauseBefore(2)).isEqualTo(Duration.ofNanos(3));
        assertThat(p.pauseBefore(3)).isEqualTo(Duration.ofNanos(6));
        assertThat(p.pauseBefore(4)).isEqualTo(Duration.ofNanos(7));
    }

    @Test
    void the_largest_random_value_takes_off_the_whole_jitter_fraction() {
        assertThat(fixed(1.0).withJitter(0.5).pauseBefore(3)).isEqualTo(Duration.ofMillis(10));
        assertThat(fixed(1.0).withJitter(1.0).pauseBefore(3)).isZero();
        assertThat(fixed(0.5).withJitter(0.5).pauseBefore(3)).isEqualTo(Duration.ofMillis(15));
    }

    @Test
    void random_values_outside_zero_to_one_are_clamped_so_the_pause_stays_within_its_bounds() {
        assertThat(fixed(7.0).withJitter(0.5).pauseBefore(2)).isEqualTo(Duration.ofMillis(5));
        assertThat(fixed(-3.0).withJitter(0.5).pauseBefore(2)).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void no_jitter_means_the_random_value_does_not_matter() {
        assertThat(fixed(0.9).withJitter(0).pauseBefore(4)).isEqualTo(Duration.ofMillis(40));
    }

    @Test
    void pausing_sleeps_the_computed_pause_and_a_zero_pause_does_not_sleep() throws InterruptedException {
        List<Duration> slept = new ArrayList<>();
        RetryPolicy p = RetryPolicy.defaults().withJitter(0).withSleeperAndRandom(slept::add, () -> 0);

        p.pause(3);
        p.withBackoff(Duration.ZERO, Duration.ZERO).pause(2);
        p.withJitter(1).withSleeperAndRandom(slept::add, () -> 1.0).pause(2);

        assertThat(slept).containsExactly(Duration.ofMillis(20));
    }

    @Test
    void the_default_sleeper_really_pauses() throws InterruptedException {
        RetryPolicy p = RetryPolicy.defaults().withJitter(0).withBackoff(Duration.ofMillis(30), Duration.ofMillis(30));

        long start = System.nanoTime();
        p.pause(2);

        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(30).toNanos());
    }

    @Test
    void the_default_random_source_draws_values_within_the_jitter_bounds() {
        RetryPolicy p = RetryPolicy.defaults().withJitter(1);

        for (int i = 0; i < 20; i++) {
            assertThat(p.pauseBefore(2)).isBetween(Duration.ZERO, Duration.ofMillis(10));
        }
    }

    @Test
    void no_retry_is_one_attempt_with_the_default_pauses() {
        RetryPolicy p = RetryPolicy.noRetry();

        assertThat(p.maxAttempts()).isEqualTo(1);
        assertThat(p.baseBackoff()).isEqualTo(RetryPolicy.DEFAULT_BASE_BACKOFF);
        assertThat(p.maxBackoff()).isEqualTo(RetryPolicy.DEFAULT_MAX_BACKOFF);
    }
}
