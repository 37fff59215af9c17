package dk.welfarealliance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * The property tests' promise (see {@link PropertyRuns}): a failure names its seed, and running again with
 * {@code -DQT_SEED=<that seed>} gives the same examples and the same smallest falsifying value.
 */
class PropertySeedTest {

    /** A property that is false for every number from 1000 up. */
    private static String falsify() {
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> PropertyRuns.qt(200)
                .forAll(integers().between(0, 1_000_000))
                .checkAssert(n -> assertThat(n).isLessThan(1000)));
        assertThat(failure).as("the property fails").isNotNull();
        return failure.getMessage();
    }

    @Test
    void a_failing_property_reports_the_seed_given_as_qt_seed_and_fails_the_same_way_again() {
        String previous = System.getProperty("QT_SEED");
        try {
            System.setProperty("QT_SEED", "4711");
            String first = falsify();
            String second = falsify();

            assertThat(first).startsWith("Property falsified").endsWith("Seed was 4711");
            // the same examples and the same smallest value (stack traces in the cause differ by call site)
            assertThat(beforeCause(second)).isEqualTo(beforeCause(first)).contains("falsifying value(s) :-");
        } finally {
            if (previous == null) {
                System.clearProperty("QT_SEED");
            } else {
                System.setProperty("QT_SEED", previous);
            }
        }
    }

    private static String beforeCause(String message) {
        return message.substring(0, message.indexOf("Cause was"));
    }

    @Test
    void a_failing_property_ends_its_message_with_the_seed_it_used() {
        assertThat(falsify()).containsPattern("Seed was -?[0-9]+$");
    }
}
