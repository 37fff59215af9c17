package dk.welfarealliance.service.internal;

import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.Command;
import java.util.Optional;
import java.util.Set;

/** Existence and coverage checks against the reference catalogue, made when a command runs (docs/model.md). */
final class CatalogueChecks {
    private CatalogueChecks() {}

    /** Every focus area in {@code added} must be custom or in the catalogue. */
    static void requireFocusAreas(ReferenceCatalogue catalogue, Command command, String path,
            Set<FocusAreaCode> added) {
        Violations v = Violations.of(Rejections.type(command));
        for (FocusAreaCode code : added) {
            if (!catalogue.allowsFocusArea(code)) {
                v.add(path, Rule.CATALOGUE_FOCUS_AREA_UNKNOWN, "focusArea", code);
            }
        }
        v.throwIfAny();
    }

    /**
     * @return {@code requested} if it exists and covers {@code municipality}; without a request, the union
     *     covering the municipality now (possibly none)
     */
    static Optional<LocalUnionCode> localUnion(ReferenceCatalogue catalogue, Command command,
            MunicipalityCode municipality, Optional<LocalUnionCode> requested) {
        if (requested.isEmpty()) {
            return catalogue.coveringUnion(municipality);
        }
        LocalUnionCode union = requested.get();
        if (catalogue.localUnion(union).isEmpty()) {
            throw Rejections.of(command, "localUnion", Rule.CATALOGUE_LOCAL_UNION_UNKNOWN, "localUnion", union);
        }
        if (!catalogue.coveringUnion(municipality).equals(requested)) {
            throw Rejections.of(command, "localUnion", Rule.CATALOGUE_LOCAL_UNION_NOT_COVERING,
                    "localUnion", union, "municipality", municipality);
        }
        return requested;
    }
}
