package dk.welfarealliance.report;

import dk.welfarealliance.RegionCode;
import org.immutables.value.Value;

/** The coverage counts of the municipalities of one region. Immutable. */
@Value.Immutable
public abstract class RegionCoverage {
    /** @return the region */
    public abstract RegionCode getRegion();

    /** @return the region's name from the catalogue */
    public abstract String getName();

    /** @return the counts over the region's municipalities */
    public abstract StatusCounts getCounts();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RegionCoverage}; {@link #build()} throws the typed error for a missing value. */
    public static class Builder extends ImmutableRegionCoverage.Builder {}
}
