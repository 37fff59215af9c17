package dk.welfarealliance.report;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.RegionCode;
import dk.welfarealliance.internal.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The coverage of a federation on a day: every municipality of the catalogue with its {@link CoverageStatus},
 * in municipality-code order, and the totals, by local union and by region, computed from those lines.
 * Immutable. Made by {@link Reports#coverage(FederationCode, LocalDate)}.
 */
@Value.Immutable
public abstract class CoverageReport {
    /** @return the federation */
    public abstract FederationCode getFederation();

    /** @return the day */
    public abstract LocalDate getDay();

    /**
     * @return whether the states are as the dated steps give them (a day before today) rather than as stored
     *     (today or later)
     */
    public abstract boolean isFromDatedSteps();

    /** @return every municipality of the catalogue, in code order */
    public abstract List<MunicipalityCoverage> getMunicipalities();

    /** @return the line of {@code code}; empty if the catalogue does not hold it */
    public Optional<MunicipalityCoverage> municipality(MunicipalityCode code) {
        Violations.requireNonNull(code, "CoverageReport", "code");
        return getMunicipalities().stream().filter(m -> m.getMunicipality().getCode().equals(code)).findFirst();
    }

    /** @return the counts per status over every municipality; their total is the catalogue's number of municipalities */
    public StatusCounts totals() {
        return StatusCounts.of(getMunicipalities().stream().map(MunicipalityCoverage::getStatus).toList());
    }

    /**
     * @return the counts per local union covering the municipalities now, in union-code order, the municipalities
     *     no union covers last; only unions that cover a municipality appear
     */
    public List<UnionCoverage> byLocalUnion() {
        Map<Optional<LocalUnionCode>, List<MunicipalityCoverage>> groups = new TreeMap<>(
                Comparator.comparing((Optional<LocalUnionCode> u) -> u.isEmpty())
                        .thenComparing(u -> u.map(LocalUnionCode::value).orElse("")));
        getMunicipalities().forEach(m -> groups.computeIfAbsent(m.getMunicipality().getLocalUnion(),
                k -> new ArrayList<>()).add(m));
        List<UnionCoverage> result = new ArrayList<>();
        groups.forEach((union, lines) -> result.add(UnionCoverage.builder().localUnion(union)
                .name(lines.get(0).getMunicipality().localUnionLabel())
                .counts(StatusCounts.of(lines.stream().map(MunicipalityCoverage::getStatus).toList()))
                .build()));
        return result;
    }

    /** @return the counts per region, in region-code order */
    public List<RegionCoverage> byRegion() {
        Map<RegionCode, List<MunicipalityCoverage>> groups = new TreeMap<>();
        getMunicipalities().forEach(m -> groups.computeIfAbsent(m.getMunicipality().getRegion(),
                k -> new ArrayList<>()).add(m));
        List<RegionCoverage> result = new ArrayList<>();
        groups.forEach((region, lines) -> result.add(RegionCoverage.builder().region(region)
                .name(lines.get(0).getMunicipality().getRegionName())
                .counts(StatusCounts.of(lines.stream().map(MunicipalityCoverage::getStatus).toList()))
                .build()));
        return result;
    }

    /**
     * @return the municipalities with nothing in force, upcoming or in dialogue ({@link CoverageStatus#ENDED} and
     *     {@link CoverageStatus#NONE}; each line says which), in code order
     */
    public List<MunicipalityCoverage> nothingInForce() {
        return getMunicipalities().stream().filter(m -> m.getStatus().isNothingInForce()).toList();
    }

    /**
     * @return every municipality as a row: code, name, region, local union, status, and the deciding agreement's
     *     title, period, state and phase on the day (empty cells where there is none)
     */
    public ReportTable toTable() {
        return ReportTable.of(title("Coverage"), MunicipalityCoverage.headers(),
                getMunicipalities().stream().map(MunicipalityCoverage::cells).toList());
    }

    /** @return a row per local union ({@link #byLocalUnion()}), a column per status, the total, and a last row {@code All} */
    public ReportTable byLocalUnionTable() {
        List<List<String>> rows = new ArrayList<>();
        byLocalUnion().forEach(u -> rows.add(u.getCounts().cells(u.getName())));
        rows.add(totals().cells("All"));
        return ReportTable.of(title("Coverage by local union"), StatusCounts.headers("Local union"), rows);
    }

    /** @return a row per region ({@link #byRegion()}), a column per status, the total, and a last row {@code All} */
    public ReportTable byRegionTable() {
        List<List<String>> rows = new ArrayList<>();
        byRegion().forEach(r -> rows.add(r.getCounts().cells(r.getName())));
        rows.add(totals().cells("All"));
        return ReportTable.of(title("Coverage by region"), StatusCounts.headers("Region"), rows);
    }

    /** @return the rows of {@link #nothingInForce()}, with the columns of {@link #toTable()} */
    public ReportTable nothingInForceTable() {
        return ReportTable.of(title("Nothing in force"), MunicipalityCoverage.headers(),
                nothingInForce().stream().map(MunicipalityCoverage::cells).toList());
    }

    /** @return the statuses with their counts, in precedence order, and the total */
    public ReportTable totalsTable() {
        StatusCounts totals = totals();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (CoverageStatus status : CoverageStatus.values()) {
            rows.put(status.label(), totals.count(status));
        }
        rows.put("Total", totals.total());
        List<List<String>> cells = new ArrayList<>();
        rows.forEach((label, n) -> cells.add(List.of(label, Integer.toString(n))));
        return ReportTable.of(title("Coverage totals"), List.of("Status", "Municipalities"), cells);
    }

    private String title(String what) {
        return what + " of " + getFederation() + " on " + getDay() + " (" + Labels.readAs(isFromDatedSteps()) + ")";
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CoverageReport}; {@link #build()} throws the typed error for a missing value. */
    public static class Builder extends ImmutableCoverageReport.Builder {}
}
