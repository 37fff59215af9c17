package dk.welfarealliance.storage;

import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.RegionCode;
import dk.welfarealliance.reference.ReferenceCatalogue;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What {@link AllianceStore#query} and {@link AllianceStore#count} select (docs/storage-contract.md, normative): an
 * alliance matches when every criterion given holds.
 *
 * <ul>
 *   <li>{@link #getFederation()}: the alliance's federation;
 *   <li>{@link #getMunicipalities()}: the alliance's municipality is one of these codes (an empty set
 *       matches nothing; absent means any). Region and local-union scopes become municipality codes here,
 *       in core, from the catalogue ({@link #inRegion}, {@link #coveredBy}): backends see codes only;
 *   <li>{@link #getAgreement()}: some agreement of the alliance satisfies the whole filter.
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AllianceCriteria implements WithAllianceCriteria {

    /** @return the federation the alliance must have */
    public abstract Optional<FederationCode> getFederation();

    /** @return the municipality codes the alliance's municipality must be among; absent means any */
    public abstract Optional<Set<MunicipalityCode>> getMunicipalities();

    /** @return the filter one of the alliance's agreements must satisfy */
    public abstract Optional<AgreementFilter> getAgreement();

    /** @return criteria that every alliance matches */
    public static AllianceCriteria all() {
        return new Builder().build();
    }

    /** @return criteria for the municipalities in {@code region}, per {@code catalogue} */
    public static AllianceCriteria inRegion(ReferenceCatalogue catalogue, RegionCode region) {
        Violations.requireNonNull(catalogue, "AllianceCriteria", "catalogue");
        Violations.requireNonNull(region, "AllianceCriteria", "region");
        return new Builder().municipalities(catalogue.municipalitiesIn(region)).build();
    }

    /** @return criteria for the municipalities {@code union} covers now, per {@code catalogue} */
    public static AllianceCriteria coveredBy(ReferenceCatalogue catalogue, LocalUnionCode union) {
        Violations.requireNonNull(catalogue, "AllianceCriteria", "catalogue");
        Violations.requireNonNull(union, "AllianceCriteria", "union");
        return new Builder().municipalities(catalogue.municipalitiesCoveredBy(union)).build();
    }

    /** @return these criteria narrowed to the municipalities also in {@code codes} */
    public AllianceCriteria withinMunicipalities(Set<MunicipalityCode> codes) {
        Violations.requireNonNull(codes, "AllianceCriteria", "codes");
        Set<MunicipalityCode> narrowed = new TreeSet<>(codes);
        getMunicipalities().ifPresent(narrowed::retainAll);
        return withMunicipalities(narrowed);
    }

    /** @return whether {@code alliance} matches: the reference semantics of these criteria */
    public boolean matches(Alliance alliance) {
        if (getFederation().isPresent() && !getFederation().get().equals(alliance.getFederation())) {
            return false;
        }
        if (getMunicipalities().isPresent() && !getMunicipalities().get().contains(alliance.getMunicipality())) {
            return false;
        }
        return getAgreement().map(f -> alliance.getAgreements().stream().anyMatch(a -> f.matches(alliance, a))).orElse(true);
    }

    /** @return a canonical text of the criteria: equal criteria give equal texts (cursors are bound to it) */
    public String canonical() {
        return "federation=" + getFederation().map(Object::toString).orElse("")
                + ";municipalities=" + getMunicipalities()
                        .map(s -> "[" + s.stream().sorted().map(Object::toString).collect(Collectors.joining(",")) + "]")
                        .orElse("")
                + ";agreement=" + getAgreement().map(f -> "{" + f.canonical() + "}").orElse("");
    }

    @Value.Check
    protected AllianceCriteria normalize() {
        // The generated code does not copy a set inside an Optional: copy it here, once, so that the criteria
        // cannot change behind the caller's back.
        if (getMunicipalities().isPresent() && !(getMunicipalities().get() instanceof CopiedCodes)) {
            return new Builder().from(this).municipalities(new CopiedCodes(getMunicipalities().get())).build();
        }
        return this;
    }

    /** An unmodifiable, sorted copy of municipality codes. */
    private static final class CopiedCodes extends AbstractSet<MunicipalityCode> {
        private final Set<MunicipalityCode> codes;

        CopiedCodes(Set<MunicipalityCode> source) {
            this.codes = Collections.unmodifiableSet(new TreeSet<>(source));
        }

        @Override
        public Iterator<MunicipalityCode> iterator() {
            return codes.iterator();
        }

        @Override
        public int size() {
            return codes.size();
        }

        @Override
        public boolean contains(Object o) {
            return codes.contains(o);
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AllianceCriteria}; {@link #build()} throws the typed error for a bad value. */
    public static class Builder extends ImmutableAllianceCriteria.Builder {}
}
