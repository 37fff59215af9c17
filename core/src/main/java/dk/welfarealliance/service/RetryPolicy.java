package dk.welfarealliance.service;

import dk.welfarealliance.internal.validation.Violations;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How {@link AllianceService#execute} retries a command that met a concurrent writer
 * ({@link dk.welfarealliance.storage.OptimisticLockException}) or a failure worth retrying
 * ({@link dk.welfarealliance.storage.TransientStorageException}): at most {@link #maxAttempts()} attempts, each
 * one a fresh read and a fresh application of the command, with an exponential, jittered pause before each
 * retry.
 *
 * <p>The pause before attempt {@code n} (n ≥ 2) is {@code min(maxBackoff, baseBackoff · 2^(n-2))}, of which a
 * random fraction of up to {@link #jitter()} is taken off, so writers that collided once spread out. It is
 * never longer than {@code maxBackoff} and never shorter than {@code (1 - jitter)} of the exponential value.
 *
 * <p>Immutable and thread-safe if its {@link Sleeper} and random source are. The defaults pause with
 * {@link Thread#sleep} and draw from {@link ThreadLocalRandom}; tests inject their own to run instantly and
 * deterministically.
 */
public final class RetryPolicy {
    /** Attempts of {@link #defaults()}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    /** The first pause of {@link #defaults()}. */
    public static final Duration DEFAULT_BASE_BACKOFF = Duration.ofMillis(10);
    /** The longest pause of {@link #defaults()}. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(1);
    /** The jitter of {@link #defaults()}: up to half of each pause is taken off at random. */
    public static final double DEFAULT_JITTER = 0.5;

    /** Pauses the calling thread; {@link Thread#sleep} unless a test injects another. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Pauses for {@code pause}.
         *
         * @throws InterruptedException if the thread is interrupted while pausing; the service then gives up
         *     with the last error and leaves the thread's interrupt flag set
         */
        void sleep(Duration pause) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration baseBackoff;
    private final Duration maxBackoff;
    private final double jitter;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    private RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff, double jitter, Sleeper sleeper,
            DoubleSupplier random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Violations.requireNonNull(baseBackoff, "RetryPolicy", "baseBackoff");
        Violations.requireNonNull(maxBackoff, "RetryPolicy", "maxBackoff");
        Violations.requireNonNull(sleeper, "RetryPolicy", "sleeper");
        Violations.requireNonNull(random, "RetryPolicy", "random");
        if (baseBackoff.isNegative()) {
            throw new IllegalArgumentException("baseBackoff must be zero or positive, was " + baseBackoff);
        }
        if (maxBackoff.compareTo(baseBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must be at least baseBackoff (" + baseBackoff + "), was "
                    + maxBackoff);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
        this.maxAttempts = maxAttempts;
        this.baseBackoff = baseBackoff;
        this.maxBackoff = maxBackoff;
        this.jitter = jitter;
        this.sleeper = sleeper;
        this.random = random;
    }

    /**
     * @return {@value #DEFAULT_MAX_ATTEMPTS} attempts, pauses from 10 ms doubling up to 1 s, up to half of each
     *     taken off at random; real sleeping
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_BASE_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_JITTER,
                pause -> Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @return one attempt: no retry at all */
    public static RetryPolicy noRetry() {
        return defaults().withMaxAttempts(1);
    }

    /**
     * @param maxAttempts how many attempts in all, the first included; at least 1
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1
     */
    public RetryPolicy withMaxAttempts(int maxAttempts) {
        return new RetryPolicy(maxAttempts, baseBackoff, maxBackoff, jitter, sleeper, random);
    }

    /**
     * @param baseBackoff the pause before the second attempt, before jitter; zero or positive
     * @param maxBackoff the longest pause; at least {@code baseBackoff}
     * @throws dk.welfarealliance.validation.ValidationException if a pause is null
     * @throws IllegalArgumentException if a pause is negative, or {@code maxBackoff < baseBackoff}
     */
    public RetryPolicy withBackoff(Duration baseBackoff, Duration maxBackoff) {
        return new RetryPolicy(maxAttempts, baseBackoff, maxBackoff, jitter, sleeper, random);
    }

    /**
     * @param jitter the largest fraction of each pause taken off at random: 0 for none, 1 for "full jitter"
     * @throws IllegalArgumentException if {@code jitter} is not between 0 and 1
     */
    public RetryPolicy withJitter(double jitter) {
        return new RetryPolicy(maxAttempts, baseBackoff, maxBackoff, jitter, sleeper, random);
    }

    /**
     * @param sleeper what pauses between attempts (tests: one that records and returns at once)
     * @param random values in {@code [0, 1)} that decide the jitter (tests: a fixed sequence)
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     */
    public RetryPolicy withSleeperAndRandom(Sleeper sleeper, DoubleSupplier random) {
        return new RetryPolicy(maxAttempts, baseBackoff, maxBackoff, jitter, sleeper, random);
    }

    /** @return how many attempts in all, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the pause before the second attempt, before jitter */
    public Duration baseBackoff() {
        return baseBackoff;
    }

    /** @return the longest pause */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the largest fraction of each pause taken off at random */
    public double jitter() {
        return jitter;
    }

    /**
     * @param attempt the attempt about to be made, 2 or more
     * @return the pause before it: exponential from {@link #baseBackoff()}, capped at {@link #maxBackoff()}, with
     *     up to {@link #jitter()} of it taken off using the next random value
     * @throws IllegalArgumentException if {@code attempt} is below 2
     */
    public Duration pauseBefore(int attempt) {
        if (attempt < 2) {
            throw new IllegalArgumentException("only attempts from the second on are preceded by a pause, was "
                    + attempt);
        }
        long base = baseBackoff.toNanos();
        long cap = maxBackoff.toNanos();
        int doublings = Math.min(attempt - 2, 62);
        long exponential = base == 0 ? 0 : (base > (cap >> doublings) ? cap : Math.min(cap, base << doublings));
        double r = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        long jittered = exponential - (long) (exponential * jitter * r);
        return Duration.ofNanos(jittered);
    }

    /** Pauses before {@code attempt} as {@link #pauseBefore} says. */
    void pause(int attempt) throws InterruptedException {
        Duration pause = pauseBefore(attempt);
        if (!pause.isZero()) {
            sleeper.sleep(pause);
        }
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseBackoff=" + baseBackoff + ", maxBackoff="
                + maxBackoff + ", jitter=" + jitter + "]";
    }
}
