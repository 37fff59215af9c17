package dk.welfarealliance.report;

import dk.welfarealliance.LocalUnionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The coverage counts of the municipalities one local union covers now, per the catalogue; the municipalities
 * no union covers form a group of their own, without a code. Immutable.
 */
@Value.Immutable
public abstract class UnionCoverage {
    /** @return the local union; empty for the group of municipalities no union covers */
    public abstract Optional<LocalUnionCode> getLocalUnion();

    /** @return the union's name from the catalogue, or {@code (no local union)} */
    public abstract String getName();

    /** @return the counts over the union's municipalities */
    public abstract StatusCounts getCounts();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UnionCoverage}; {@link #build()} throws the typed error for a missing value. */
    public static class Builder extends ImmutableUnionCoverage.Builder {}
}
