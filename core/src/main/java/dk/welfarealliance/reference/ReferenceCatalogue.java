package dk.welfarealliance.reference;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.RegionCode;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.reference.internal.BundledCatalogue;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The reference data the domain services consult when a command runs (docs/model.md): which municipalities,
 * regions, local unions, federations and catalogue focus areas exist, and which local union covers which
 * municipality. Values never consult it; stored data is never checked against it when loaded.
 *
 * <p>{@link #bundled()} gives the bundled data (98 municipalities, 5 regions, 6 DBU local unions, DBU,
 * 8 focus areas). Embedders replace it by building their own, e.g. {@code
 * ReferenceCatalogue.builder().from(ReferenceCatalogue.bundled()).putCoverage(...).build()}. A catalogue is
 * consistent when built: codes are unique, every municipality's region exists, and the coverage names
 * known municipalities and unions ({@code catalogue.*} rules).
 */
@Value.Immutable
public abstract class ReferenceCatalogue implements WithReferenceCatalogue {

    /** @return the regions */
    public abstract List<Region> getRegions();

    /** @return the municipalities */
    public abstract List<Municipality> getMunicipalities();

    /** @return the local unions */
    public abstract List<LocalUnion> getLocalUnions();

    /** @return the federations */
    public abstract List<Federation> getFederations();

    /** @return which local union covers each municipality; a municipality may have none */
    public abstract Map<MunicipalityCode, LocalUnionCode> getCoverage();

    /** @return the catalogue's focus areas (custom areas are not listed: they need no entry) */
    public abstract List<FocusAreaDefinition> getFocusAreas();

    /** @return the bundled catalogue, loaded once from the library's resources */
    public static ReferenceCatalogue bundled() {
        return BundledCatalogue.get();
    }

    /** @return the municipality with {@code code} */
    public Optional<Municipality> municipality(MunicipalityCode code) {
        return Optional.ofNullable(index().municipalities.get(code));
    }

    /** @return the region with {@code code} */
    public Optional<Region> region(RegionCode code) {
        return Optional.ofNullable(index().regions.get(code));
    }

    /** @return the local union with {@code code} */
    public Optional<LocalUnion> localUnion(LocalUnionCode code) {
        return Optional.ofNullable(index().localUnions.get(code));
    }

    /** @return the federation with {@code code} */
    public Optional<Federation> federation(FederationCode code) {
        return Optional.ofNullable(index().federations.get(code));
    }

    /** @return the catalogue entry of {@code code}; empty for custom codes and unknown ones */
    public Optional<FocusAreaDefinition> focusArea(FocusAreaCode code) {
        return Optional.ofNullable(index().focusAreas.get(code));
    }

    /** @return whether {@code code} may be used: a custom code, or one in the catalogue */
    public boolean allowsFocusArea(FocusAreaCode code) {
        Violations.requireNonNull(code, "ReferenceCatalogue", "code");
        return code.isCustom() || index().focusAreas.containsKey(code);
    }

    /** @return the local union covering {@code municipality} now, if any */
    public Optional<LocalUnionCode> coveringUnion(MunicipalityCode municipality) {
        return Optional.ofNullable(getCoverage().get(municipality));
    }

    /** @return the codes of the municipalities in {@code region}, sorted; empty for an unknown region */
    public SortedSet<MunicipalityCode> municipalitiesIn(RegionCode region) {
        return getMunicipalities().stream()
                .filter(m -> m.getRegion().equals(region))
                .map(Municipality::getCode)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** @return the codes of the municipalities {@code union} covers now, sorted; empty for an unknown union */
    public SortedSet<MunicipalityCode> municipalitiesCoveredBy(LocalUnionCode union) {
        return getCoverage().entrySet().stream()
                .filter(e -> e.getValue().equals(union))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Value.Lazy
    Index index() {
        return new Index(this);
    }

    /** Lookup maps, built once per catalogue on first use. */
    static final class Index {
        final Map<MunicipalityCode, Municipality> municipalities;
        final Map<RegionCode, Region> regions;
        final Map<LocalUnionCode, LocalUnion> localUnions;
        final Map<FederationCode, Federation> federations;
        final Map<FocusAreaCode, FocusAreaDefinition> focusAreas;

        Index(ReferenceCatalogue c) {
            municipalities = byCode(c.getMunicipalities(), Municipality::getCode);
            regions = byCode(c.getRegions(), Region::getCode);
            localUnions = byCode(c.getLocalUnions(), LocalUnion::getCode);
            federations = byCode(c.getFederations(), Federation::getCode);
            focusAreas = byCode(c.getFocusAreas(), FocusAreaDefinition::getCode);
        }

        private static <K, V> Map<K, V> byCode(List<V> values, Function<V, K> code) {
            return Collections.unmodifiableMap(values.stream().collect(Collectors.toMap(code, v -> v, (a, b) -> a)));
        }
    }

    @Value.Check
    protected void check() {
        Violations v = Violations.of(ReferenceCatalogue.class);
        unique(v, "regions", getRegions(), Region::getCode);
        unique(v, "municipalities", getMunicipalities(), Municipality::getCode);
        unique(v, "localUnions", getLocalUnions(), LocalUnion::getCode);
        unique(v, "federations", getFederations(), Federation::getCode);
        unique(v, "focusAreas", getFocusAreas(), FocusAreaDefinition::getCode);
        Set<RegionCode> regions = getRegions().stream().map(Region::getCode).collect(Collectors.toSet());
        for (int i = 0; i < getMunicipalities().size(); i++) {
            RegionCode region = getMunicipalities().get(i).getRegion();
            if (!regions.contains(region)) {
                v.add("municipalities[" + i + "].region", Rule.CATALOGUE_REGION_UNKNOWN, "region", region);
            }
        }
        Set<MunicipalityCode> municipalities =
                getMunicipalities().stream().map(Municipality::getCode).collect(Collectors.toSet());
        Set<LocalUnionCode> unions = getLocalUnions().stream().map(LocalUnion::getCode).collect(Collectors.toSet());
        getCoverage().forEach((m, u) -> {
            if (!municipalities.contains(m)) {
                v.add("coverage[" + m + "]", Rule.CATALOGUE_MUNICIPALITY_UNKNOWN, "municipality", m);
            }
            if (!unions.contains(u)) {
                v.add("coverage[" + m + "]", Rule.CATALOGUE_LOCAL_UNION_UNKNOWN, "localUnion", u);
            }
        });
        for (int i = 0; i < getFocusAreas().size(); i++) {
            if (getFocusAreas().get(i).getCode().isCustom()) {
                v.add("focusAreas[" + i + "].code", Rule.FOCUS_AREA_CODE_FORMAT);
            }
        }
        v.throwIfAny();
    }

    private static <T> void unique(Violations v, String path, List<T> values, Function<T, ?> code) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            Object c = code.apply(values.get(i));
            if (!seen.add(c)) {
                v.add(path + "[" + i + "].code", Rule.CATALOGUE_CODE_DUPLICATE, "code", c);
            }
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReferenceCatalogue}; {@link #build()} throws the typed error if it is inconsistent. */
    public static class Builder extends ImmutableReferenceCatalogue.Builder {}
}
