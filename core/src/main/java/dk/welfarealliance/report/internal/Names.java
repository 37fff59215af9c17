package dk.welfarealliance.report.internal;

import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.reference.LocalUnion;
import dk.welfarealliance.reference.Municipality;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.reference.Region;
import dk.welfarealliance.report.MunicipalityEntry;
import java.util.Optional;

/** Municipalities as the catalogue names them: reports show names, not only codes. */
public final class Names {
    private Names() {}

    /** @return {@code code} with its names, region and covering union; empty if the catalogue does not hold it */
    public static Optional<MunicipalityEntry> of(ReferenceCatalogue catalogue, MunicipalityCode code) {
        return catalogue.municipality(code).map(m -> of(catalogue, m));
    }

    /** @return {@code municipality} with its region's name and its covering union's code and name */
    public static MunicipalityEntry of(ReferenceCatalogue catalogue, Municipality municipality) {
        Optional<LocalUnionCode> union = catalogue.coveringUnion(municipality.getCode());
        return MunicipalityEntry.builder()
                .code(municipality.getCode())
                .name(municipality.getName())
                .region(municipality.getRegion())
                // a consistent catalogue holds every municipality's region (catalogue.region.unknown)
                .regionName(catalogue.region(municipality.getRegion()).map(Region::getName)
                        .orElse(municipality.getRegion().value()))
                .localUnion(union)
                .localUnionName(union.map(u -> catalogue.localUnion(u).map(LocalUnion::getName).orElse(u.value())))
                .build();
    }
}
