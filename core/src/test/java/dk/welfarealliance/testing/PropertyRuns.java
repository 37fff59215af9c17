package dk.welfarealliance.testing;

import org.quicktheories.QuickTheory;

/**
 * The one way this module's property tests start QuickTheories.
 *
 * <p>Reproducing a failure: QuickTheories picks a fresh seed per property (from {@code System.nanoTime()})
 * unless the system property {@code QT_SEED} is set, and ends every failure message with
 * {@code Seed was <n>} ({@code PropertySeedTest} checks that). Run the failing test again with
 * {@code mvn -pl core verify -Dtest=TheTest -DQT_SEED=<n>} to get the same examples and the same
 * smallest falsifying value.
 *
 * <p>Example counts are kept small (a few hundred) so that the whole core suite runs in seconds on two cores;
 * {@code -DQT_EXAMPLES=<n>} raises them for a longer local run.
 */
public final class PropertyRuns {
    private PropertyRuns() {}

    /** @return a QuickTheory with {@code examples} examples, unless {@code QT_EXAMPLES} asks for another number */
    public static QuickTheory qt(int examples) {
        String override = System.getProperty("QT_EXAMPLES");
        return QuickTheory.qt().withExamples(override == null ? examples : Integer.parseInt(override));
    }
}
