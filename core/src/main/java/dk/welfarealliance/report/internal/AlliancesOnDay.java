package dk.welfarealliance.report.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.reference.Municipality;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.TermOnDay;
import dk.welfarealliance.report.internal.AsOf.AgreementOnDay;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the alliances a report needs on a day. On today or later the stored states are the states of the day, so
 * the store is asked only for alliances of the federation with an agreement matching one of the filters (one query
 * per filter, the results merged). On a past day the stored states are not those of the day (a term signed since,
 * or terminated since, stands otherwise), so every alliance of the federation is read and {@link AsOf} tells how
 * each agreement stood.
 */
public final class AlliancesOnDay {
    private AlliancesOnDay() {}

    /**
     * @return the alliances, in municipality order
     * @throws dk.welfarealliance.validation.ValidationException ({@code catalogue.federation.unknown}) if the
     *     catalogue does not hold {@code federation}
     */
    public static List<Alliance> read(AllianceStore store, ReferenceCatalogue catalogue, FederationCode federation,
            LocalDate day, LocalDate today, List<AgreementFilter> narrowing) {
        requireKnown(catalogue, federation);
        if (day.isBefore(today)) {
            return Portfolio.read(store, AllianceCriteria.builder().federation(federation).build());
        }
        Map<AllianceId, Alliance> found = new LinkedHashMap<>();
        for (AgreementFilter filter : narrowing) {
            Portfolio.read(store, AllianceCriteria.builder().federation(federation).agreement(filter).build())
                    .forEach(a -> found.putIfAbsent(a.getId(), a));
        }
        List<Alliance> alliances = new ArrayList<>(found.values());
        alliances.sort(Comparator.comparing(Alliance::getMunicipality));
        return alliances;
    }

    /** @throws dk.welfarealliance.validation.ValidationException if the catalogue does not hold {@code federation} */
    public static void requireKnown(ReferenceCatalogue catalogue, FederationCode federation) {
        if (catalogue.federation(federation).isEmpty()) {
            throw Violations.single("Reports", "federation", Rule.CATALOGUE_FEDERATION_UNKNOWN, "federation", federation);
        }
    }

    /** @return {@code agreement} of {@code alliance} as a report line names it: the municipality's name from the catalogue */
    public static TermOnDay term(ReferenceCatalogue catalogue, Alliance alliance, AgreementOnDay agreement) {
        String name = catalogue.municipality(alliance.getMunicipality()).map(Municipality::getName)
                .orElse(alliance.getMunicipality().value());
        return new TermOnDay(alliance.getMunicipality(), name, agreement.agreement().getId(),
                agreement.agreement().getTitle(), agreement.state(), agreement.phase());
    }
}
