package dk.welfarealliance.report.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.Phase;
import dk.welfarealliance.reference.Municipality;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.AgreementSummary;
import dk.welfarealliance.report.CoverageReport;
import dk.welfarealliance.report.CoverageStatus;
import dk.welfarealliance.report.MunicipalityCoverage;
import dk.welfarealliance.report.internal.AsOf.AgreementOnDay;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coverage on a day: each municipality's status from its alliance's agreements as they stood that day
 * ({@link AsOf}), in the precedence of {@link CoverageStatus}.
 */
public final class Coverage {
    private Coverage() {}

    /** @return the coverage of every municipality of {@code catalogue}, from {@code alliances} of {@code federation} */
    public static CoverageReport report(ReferenceCatalogue catalogue, FederationCode federation, List<Alliance> alliances,
            LocalDate day, LocalDate today) {
        Map<dk.welfarealliance.MunicipalityCode, Alliance> byMunicipality = new HashMap<>();
        alliances.stream().filter(a -> a.getFederation().equals(federation))
                .forEach(a -> byMunicipality.put(a.getMunicipality(), a));
        CoverageReport.Builder report = CoverageReport.builder().federation(federation).day(day)
                .fromDatedSteps(day.isBefore(today));
        catalogue.getMunicipalities().stream()
                .sorted(Comparator.comparing(Municipality::getCode))
                .forEach(m -> report.addMunicipalities(of(catalogue, federation, m,
                        Optional.ofNullable(byMunicipality.get(m.getCode())), day, today)));
        return report.build();
    }

    /** @return the coverage of {@code municipality} on {@code day}, by its alliance with the federation if it has one */
    public static MunicipalityCoverage of(ReferenceCatalogue catalogue, FederationCode federation,
            Municipality municipality, Optional<Alliance> alliance, LocalDate day, LocalDate today) {
        List<AgreementOnDay> agreements = alliance.map(a -> AsOf.agreements(a, day, today)).orElse(List.of());
        Optional<AgreementOnDay> deciding;
        CoverageStatus status;
        if ((deciding = first(agreements, Phase.IN_FORCE)).isPresent()) {
            status = CoverageStatus.IN_FORCE;
        } else if ((deciding = first(agreements, Phase.POSSIBLY_IN_FORCE)).isPresent()) {
            status = CoverageStatus.POSSIBLY_IN_FORCE;
        } else if ((deciding = withPhase(agreements, Phase.UPCOMING).min(byStart())).isPresent()) {
            status = CoverageStatus.UPCOMING;
        } else if ((deciding = withPhase(agreements, Phase.DRAFT).reduce((a, b) -> b)).isPresent()) {
            status = CoverageStatus.IN_DIALOGUE;
        } else if ((deciding = withPhase(agreements, Phase.ENDED).max(byStart())).isPresent()) {
            status = CoverageStatus.ENDED;
        } else {
            status = CoverageStatus.NONE;
        }
        return MunicipalityCoverage.builder().federation(federation).day(day)
                .municipality(Names.of(catalogue, municipality))
                .status(status)
                .decidingAgreement(deciding.map(Coverage::summary))
                .build();
    }

    /** @return {@code a} as reports name it */
    static AgreementSummary summary(AgreementOnDay a) {
        return AgreementSummary.builder().id(a.agreement().getId()).title(a.agreement().getTitle())
                .period(a.agreement().getPeriod()).state(a.state()).phase(a.phase()).build();
    }

    private static Optional<AgreementOnDay> first(List<AgreementOnDay> agreements, Phase phase) {
        return withPhase(agreements, phase).findFirst();
    }

    private static java.util.stream.Stream<AgreementOnDay> withPhase(List<AgreementOnDay> agreements, Phase phase) {
        return agreements.stream().filter(a -> a.phase() == phase);
    }

    // signed and terminated agreements always have a period
    private static Comparator<AgreementOnDay> byStart() {
        return Comparator.comparing(a -> a.agreement().getPeriod().orElseThrow().getStart());
    }
}
