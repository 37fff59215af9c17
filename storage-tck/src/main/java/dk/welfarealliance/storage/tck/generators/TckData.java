package dk.welfarealliance.storage.tck.generators;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * The TCK's generators drawn outside a property test: a seeded source of the same valid values, for a plain
 * unit test of a backend (a codec, a mapping, an index) that wants realistic data without QuickTheories.
 *
 * <pre>{@code
 * @Test
 * void my_codec_reads_back_what_it_wrote() {
 *     TckData data = TckData.seeded(42);
 *     for (int i = 0; i < 100; i++) {
 *         Alliance alliance = data.alliance();
 *         assertThat(codec.read(codec.write(alliance))).isEqualTo(alliance);
 *     }
 * }
 * }</pre>
 *
 * <p>The same seed gives the same values in the same order, on every JVM and run. Each draw continues the
 * sequence: the second {@link #alliance()} differs from the first. Values are not shrunk, since no property fails
 * here: to search for a small failing value, use the generators in a property. A source is not thread-safe; give
 * each thread its own.
 *
 * @since 0.1.0
 */
public final class TckData {
    private final long seed;
    private final SplittableRandom random;

    private TckData(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param seed any number; print it with the values so that a failure can be replayed
     * @return a source that draws a fixed sequence of values from {@code seed}
     */
    public static TckData seeded(long seed) {
        return new TckData(seed);
    }

    /** @return the seed this source was made with */
    public long seed() {
        return seed;
    }

    /** @return the next alliance, as {@link AllianceGenerators#alliances()} makes them (version 0, never stored) */
    public Alliance alliance() {
        return draw(AllianceGenerators.alliances());
    }

    /**
     * @param maxSize the most alliances, at most 24
     * @return the next data set, as {@link AllianceGenerators#dataSets(int)} makes them: distinct ids and natural keys
     */
    public List<Alliance> dataSet(int maxSize) {
        return draw(AllianceGenerators.dataSets(maxSize));
    }

    /** @return the next agreement in any state, as {@link AgreementGenerators#agreements()} makes them */
    public Agreement agreement() {
        return draw(AgreementGenerators.agreements());
    }

    /** @return the next query criteria, as {@link CriteriaGenerators#criteria()} makes them */
    public AllianceCriteria criteria() {
        return draw(CriteriaGenerators.criteria());
    }

    /** @return the next agreement filter, as {@link CriteriaGenerators#agreementFilters()} makes them */
    public AgreementFilter agreementFilter() {
        return draw(CriteriaGenerators.agreementFilters());
    }

    /** @return the next sort order */
    public AllianceSort sort() {
        return draw(CriteriaGenerators.sorts());
    }

    /** @return the next partial date, as {@link TimeGenerators#partialDates()} makes them */
    public PartialDate partialDate() {
        return draw(TimeGenerators.partialDates());
    }

    /**
     * Draws the next value of any generator of this package (those of {@code AllianceGenerators},
     * {@code AgreementGenerators}, {@code ContentGenerators}, {@code CodeGenerators}, {@code CriteriaGenerators},
     * {@code TextGenerators}, {@code TimeGenerators}, {@code UuidGenerators}).
     *
     * @param generator a generator of this package, as returned (not mapped or combined by QuickTheories)
     * @return its next value
     * @throws IllegalArgumentException if {@code generator} is not one of this package's
     */
    public <T> T draw(Gen<T> generator) {
        if (!(generator instanceof Draw.Drawn<T> drawn)) {
            throw new IllegalArgumentException("TckData draws from the TCK's own generators only, as returned by their "
                    + "factory methods; " + generator + " is another one (a mapped or combined Gen, or QuickTheories' own): "
                    + "use it in a property instead");
        }
        return drawn.draw(random);
    }

    @Override
    public String toString() {
        return "TckData.seeded(" + seed + ")";
    }
}
