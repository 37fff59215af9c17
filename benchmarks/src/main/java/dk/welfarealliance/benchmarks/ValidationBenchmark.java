package dk.welfarealliance.benchmarks;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.IdGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Building a typical alliance (one signed agreement, 44 child rows' worth of values) with core's validated
 * builders, against the same object graph as plain Java records ({@link PlainAlliance}) holding the same
 * values. Both sides make their ids from the same kind of seeded generator, so the difference is the
 * domain model's checks and copies.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ValidationBenchmark {
    @Benchmark
    public Alliance buildTypical() {
        return Fixtures.full(IdGenerator.seeded(3), "751", Fixtures.TYPICAL_SIZE);
    }

    @Benchmark
    public PlainAlliance buildTypical_baselineRecords() {
        return PlainAlliance.full(IdGenerator.seeded(3), "751", Fixtures.TYPICAL_SIZE);
    }
}
