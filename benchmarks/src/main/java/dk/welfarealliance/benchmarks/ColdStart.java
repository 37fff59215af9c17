package dk.welfarealliance.benchmarks;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.IdGenerator;

/**
 * The library side of the cold-start row: a whole process that builds and validates its first (typical)
 * alliance, which loads the domain classes and starts Hibernate Validator. run.sh times it against
 * {@link BareStart}.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) {
        Alliance first = Fixtures.full(IdGenerator.random(), "751", Fixtures.TYPICAL_SIZE);
        if (first.getAgreements().isEmpty()) {
            throw new AssertionError("the typical alliance has an agreement");
        }
    }
}
