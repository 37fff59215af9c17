package dk.welfarealliance.storage.tck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The sizes and seed of one contract case, read from JUnit configuration parameters: a system property
 * ({@code mvn verify -Dwa.tck.seed=42} reaches Surefire's forked JVM), an entry in
 * {@code junit-platform.properties}, or Surefire's {@code configurationParameters}. The defaults are small
 * enough for a 2-core machine; raise them for a soak run.
 *
 * <ul>
 *   <li>{@value #SEED}: the seed of every random choice; by default a new one for each case. Every failure
 *       of a random case names the seed and this property, so that setting it replays the failure;
 *   <li>{@value #EXAMPLES} (default {@value #DEFAULT_EXAMPLES}): examples per property;
 *   <li>{@value #SHRINK_CYCLES} (default {@value #DEFAULT_SHRINK_CYCLES}): how hard a failing property is
 *       shrunk to a small example;
 *   <li>{@value #DATA_SET_SIZE} (default {@value #DEFAULT_DATA_SET_SIZE}, at most 24): the most alliances in a
 *       random data set;
 *   <li>{@value #RACE_ROUNDS} (default {@value #DEFAULT_RACE_ROUNDS}): rounds of each race;
 *   <li>{@value #THREADS} (default {@value #DEFAULT_THREADS}): threads of each race, released together by a
 *       barrier;
 *   <li>{@value #TIMEOUT_SECONDS} (default {@value #DEFAULT_TIMEOUT_SECONDS}): how long a race may take before
 *       it counts as hung (a deadlock, a lost wake-up);
 *   <li>{@value #REQUIRE_ALL_CASES} (default true): whether a run of the whole contract fails when fewer
 *       than {@link AllianceStoreContract#DECLARED_CASES} cases executed. Set it to false only to run a
 *       subset on purpose, e.g. with a tag or name filter that leaves cases out of every group;
 *   <li>{@value #REPORT_DIR}: the directory of the full reports of failing cases; by default
 *       {@code target/wa-tck-reports} when the working directory has a {@code target} directory (as a Maven
 *       build's has), else {@code wa-tck-reports} in {@code java.io.tmpdir}.
 * </ul>
 *
 * <p><b>Failure messages.</b> Every failure message of a case leads with the cause in one line (the group, the
 * case, which alliance, expected and found), then the seed and this property to replay it, then the path of the
 * full report; the message stays within {@value #FAILURE_MESSAGE_LIMIT} characters, whatever the size of the
 * data generated, and the full report holds the rest.
 *
 * @since 0.1.0
 */
public final class TckSettings {
    /** The property of the seed. */
    public static final String SEED = "wa.tck.seed";
    /** The property of the number of examples per property. */
    public static final String EXAMPLES = "wa.tck.examples";
    /** The property of the shrink cycles per failing property. */
    public static final String SHRINK_CYCLES = "wa.tck.shrinkCycles";
    /** The property of the largest random data set. */
    public static final String DATA_SET_SIZE = "wa.tck.dataSetSize";
    /** The property of the number of rounds per race. */
    public static final String RACE_ROUNDS = "wa.tck.raceRounds";
    /** The property of the number of threads per race. */
    public static final String THREADS = "wa.tck.threads";
    /** The property of the time a race may take, in seconds. */
    public static final String TIMEOUT_SECONDS = "wa.tck.timeoutSeconds";
    /** The property that switches the declared-case check of a whole run on or off. */
    public static final String REQUIRE_ALL_CASES = "wa.tck.requireAllCases";
    /** The property of the directory of full failure reports. */
    public static final String REPORT_DIR = "wa.tck.reportDir";

    /** The most characters of a failing case's message; the full report is written to {@link #reportDir()}. */
    public static final int FAILURE_MESSAGE_LIMIT = 4000;

    /** Examples per property unless {@value #EXAMPLES} is set. */
    public static final int DEFAULT_EXAMPLES = 20;
    /** Shrink cycles per failing property unless {@value #SHRINK_CYCLES} is set. */
    public static final int DEFAULT_SHRINK_CYCLES = 50;
    /** The largest random data set unless {@value #DATA_SET_SIZE} is set. */
    public static final int DEFAULT_DATA_SET_SIZE = 16;
    /** Rounds per race unless {@value #RACE_ROUNDS} is set. */
    public static final int DEFAULT_RACE_ROUNDS = 30;
    /** Threads per race unless {@value #THREADS} is set. */
    public static final int DEFAULT_THREADS = 4;
    /** Seconds a race may take unless {@value #TIMEOUT_SECONDS} is set. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 120;

    private final long seed;
    private final int examples;
    private final int shrinkCycles;
    private final int dataSetSize;
    private final int raceRounds;
    private final int threads;
    private final int timeoutSeconds;
    private final boolean requireAllCases;
    private final Path reportDir;

    private TckSettings(Function<String, Optional<String>> parameters) {
        OptionalLong fixedSeed = parameters.apply(SEED).map(v -> OptionalLong.of(parseLong(SEED, v))).orElse(OptionalLong.empty());
        this.seed = fixedSeed.isPresent() ? fixedSeed.getAsLong() : new SplittableRandom().nextLong();
        this.examples = positive(parameters, EXAMPLES, DEFAULT_EXAMPLES, 1);
        this.shrinkCycles = positive(parameters, SHRINK_CYCLES, DEFAULT_SHRINK_CYCLES, 0);
        this.dataSetSize = positive(parameters, DATA_SET_SIZE, DEFAULT_DATA_SET_SIZE, 1);
        if (dataSetSize > 24) {
            throw new IllegalArgumentException(DATA_SET_SIZE + " is at most 24 (the natural keys of the data-set pools), was "
                    + dataSetSize);
        }
        this.raceRounds = positive(parameters, RACE_ROUNDS, DEFAULT_RACE_ROUNDS, 1);
        this.threads = positive(parameters, THREADS, DEFAULT_THREADS, 2);
        this.timeoutSeconds = positive(parameters, TIMEOUT_SECONDS, DEFAULT_TIMEOUT_SECONDS, 1);
        this.requireAllCases = parameters.apply(REQUIRE_ALL_CASES).map(v -> !v.trim().equalsIgnoreCase("false")).orElse(true);
        this.reportDir = parameters.apply(REPORT_DIR).filter(v -> !v.isBlank()).map(v -> Path.of(v.trim()))
                .orElseGet(TckSettings::defaultReportDir);
    }

    /**
     * @param parameters looks up a configuration parameter by name
     * @return the settings, with a new random seed unless {@value #SEED} is given
     * @throws IllegalArgumentException naming the property if a value is not a number or out of range
     */
    public static TckSettings from(Function<String, Optional<String>> parameters) {
        return new TckSettings(parameters);
    }

    /** @return the settings from system properties only, with the defaults for what is not set */
    public static TckSettings fromSystemProperties() {
        return new TckSettings(name -> Optional.ofNullable(System.getProperty(name)));
    }

    /** @return the seed of this case: {@value #SEED} if given, else drawn when the settings were read */
    public long seed() {
        return seed;
    }

    /** @return how to replay this case, for failure messages: the seed and the property that sets it */
    public String replay() {
        return "seed " + seed + " (replay with -D" + SEED + "=" + seed + ")";
    }

    /** @return examples per property */
    public int examples() {
        return examples;
    }

    /** @return shrink cycles per failing property */
    public int shrinkCycles() {
        return shrinkCycles;
    }

    /** @return the most alliances in a random data set */
    public int dataSetSize() {
        return dataSetSize;
    }

    /** @return rounds per race */
    public int raceRounds() {
        return raceRounds;
    }

    /** @return threads per race, at least 2 */
    public int threads() {
        return threads;
    }

    /** @return how long a race may take, in seconds */
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    /** @return whether a whole run must execute every declared case */
    public boolean requireAllCases() {
        return requireAllCases;
    }

    /**
     * @return the directory the full reports of failing cases are written to: {@value #REPORT_DIR} if given, else
     *     {@code target/wa-tck-reports} if the working directory has {@code target}, else a directory in
     *     {@code java.io.tmpdir}
     */
    public Path reportDir() {
        return reportDir;
    }

    private static Path defaultReportDir() {
        Path target = Path.of("target");
        return Files.isDirectory(target) ? target.resolve("wa-tck-reports")
                : Path.of(System.getProperty("java.io.tmpdir"), "wa-tck-reports");
    }

    @Override
    public String toString() {
        return "TckSettings{" + SEED + "=" + seed + ", " + EXAMPLES + "=" + examples + ", " + SHRINK_CYCLES + "="
                + shrinkCycles + ", " + DATA_SET_SIZE + "=" + dataSetSize + ", " + RACE_ROUNDS + "=" + raceRounds + ", "
                + THREADS + "=" + threads + ", " + TIMEOUT_SECONDS + "=" + timeoutSeconds + ", " + REQUIRE_ALL_CASES + "="
                + requireAllCases + ", " + REPORT_DIR + "=" + reportDir + "}";
    }

    private static int positive(Function<String, Optional<String>> parameters, String name, int defaultValue, int min) {
        int value = parameters.apply(name).map(v -> parseInt(name, v)).orElse(defaultValue);
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static long parseLong(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
        }
    }
}
