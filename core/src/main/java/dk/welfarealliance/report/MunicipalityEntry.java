package dk.welfarealliance.report;

import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.RegionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A municipality as the reference catalogue names it: code and name, its region's code and name, and the local
 * union that covers it now (a catalogue may leave a municipality uncovered). Immutable.
 */
@Value.Immutable
public abstract class MunicipalityEntry {
    /** @return the official 3-digit code */
    public abstract MunicipalityCode getCode();

    /** @return the name, e.g. {@code Aarhus} */
    public abstract String getName();

    /** @return the region's code */
    public abstract RegionCode getRegion();

    /** @return the region's name, e.g. {@code Region Midtjylland} */
    public abstract String getRegionName();

    /** @return the local union covering the municipality now, per the catalogue */
    public abstract Optional<LocalUnionCode> getLocalUnion();

    /** @return that union's name, e.g. {@code DBU Jylland}; empty when no union covers the municipality */
    public abstract Optional<String> getLocalUnionName();

    /** @return the union's name, or {@code (no local union)} */
    public String localUnionLabel() {
        return getLocalUnionName().orElse(Labels.NO_LOCAL_UNION);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MunicipalityEntry}; {@link #build()} throws the typed error for a missing value. */
    public static class Builder extends ImmutableMunicipalityEntry.Builder {}
}
