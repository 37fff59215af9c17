package dk.welfarealliance.report;

import dk.welfarealliance.FederationCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One municipality's coverage by a federation on a day: the municipality as the catalogue names it, its
 * {@link CoverageStatus}, and the agreement that decides that status. Immutable.
 *
 * <p>The deciding agreement is the term in force ({@link CoverageStatus#IN_FORCE}), the term possibly in force
 * ({@link CoverageStatus#POSSIBLY_IN_FORCE}), the upcoming term that starts first ({@link CoverageStatus#UPCOMING}),
 * the open draft ({@link CoverageStatus#IN_DIALOGUE}) or the ended term with the latest start
 * ({@link CoverageStatus#ENDED}); there is none for {@link CoverageStatus#NONE}.
 */
@Value.Immutable
public abstract class MunicipalityCoverage {
    /** @return the federation the coverage is of */
    public abstract FederationCode getFederation();

    /** @return the day the coverage is of */
    public abstract LocalDate getDay();

    /** @return the municipality, with its names from the catalogue */
    public abstract MunicipalityEntry getMunicipality();

    /** @return the status on the day */
    public abstract CoverageStatus getStatus();

    /** @return the agreement that decides the status; empty exactly for {@link CoverageStatus#NONE} */
    public abstract Optional<AgreementSummary> getDecidingAgreement();

    /** @return the headers of {@link #cells()} */
    static List<String> headers() {
        return List.of("Municipality code", "Municipality", "Region", "Local union", "Status", "Agreement", "Period",
                "Agreement state", "Phase");
    }

    /** @return this coverage as one row under {@link #headers()} */
    List<String> cells() {
        MunicipalityEntry m = getMunicipality();
        Optional<AgreementSummary> a = getDecidingAgreement();
        List<String> cells = new ArrayList<>(List.of(m.getCode().value(), m.getName(), m.getRegionName(),
                m.localUnionLabel(), getStatus().label()));
        cells.add(a.map(AgreementSummary::getTitle).orElse(""));
        cells.add(a.map(s -> Labels.period(s.getPeriod())).orElse(""));
        cells.add(a.map(s -> Labels.state(s.getState())).orElse(""));
        cells.add(a.map(s -> Labels.phase(s.getPhase())).orElse(""));
        return cells;
    }

    /**
     * @return a one-row table titled "Coverage of {federation} in {municipality} on {day}", with the columns of
     *     {@link CoverageReport#toTable()}
     */
    public ReportTable toTable() {
        return ReportTable.of("Coverage of " + getFederation() + " in " + getMunicipality().getName() + " on "
                + getDay(), headers(), List.of(cells()));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MunicipalityCoverage}; {@link #build()} throws the typed error for a missing value. */
    public static class Builder extends ImmutableMunicipalityCoverage.Builder {}
}
