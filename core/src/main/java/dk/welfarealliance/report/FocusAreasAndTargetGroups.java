package dk.welfarealliance.report;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.internal.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Focus areas and target groups of a federation's terms on a day ({@link Reports#focusAreas}). Terms known to be in
 * force that day ({@link dk.welfarealliance.Phase#IN_FORCE}, open-ended ones included) are counted; terms possibly in
 * force ({@link dk.welfarealliance.Phase#POSSIBLY_IN_FORCE}: signed, end not recorded, not ended by a later term)
 * are never counted as in force: they are counted in columns of their own and listed in {@link #possiblyInForce()}.
 *
 * @param federation the federation reported on
 * @param day the day reported on
 * @param termsInForce how many terms were known to be in force
 * @param possiblyInForce the terms possibly in force, by municipality code then agreement order
 * @param focusAreas the catalogue's areas first, in catalogue order (every current area, a historic one only when a
 *     term or initiative covers it; then codes used that the catalogue no longer holds), then custom areas in code
 *     order
 * @param targetGroups every target group an initiative names, in code order
 */
public record FocusAreasAndTargetGroups(FederationCode federation, LocalDate day, int termsInForce,
        List<TermOnDay> possiblyInForce, List<FocusAreaCount> focusAreas, List<TargetGroupCount> targetGroups) {

    /** @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) if a component or element is null */
    public FocusAreasAndTargetGroups {
        Violations.requireNonNull(federation, "FocusAreasAndTargetGroups", "federation");
        Violations.requireNonNull(day, "FocusAreasAndTargetGroups", "day");
        Violations.requireNonNull(possiblyInForce, "FocusAreasAndTargetGroups", "possiblyInForce")
                .forEach(t -> Violations.requireNonNull(t, "FocusAreasAndTargetGroups", "possiblyInForce[]"));
        Violations.requireNonNull(focusAreas, "FocusAreasAndTargetGroups", "focusAreas")
                .forEach(f -> Violations.requireNonNull(f, "FocusAreasAndTargetGroups", "focusAreas[]"));
        Violations.requireNonNull(targetGroups, "FocusAreasAndTargetGroups", "targetGroups")
                .forEach(g -> Violations.requireNonNull(g, "FocusAreasAndTargetGroups", "targetGroups[]"));
        possiblyInForce = List.copyOf(possiblyInForce);
        focusAreas = List.copyOf(focusAreas);
        targetGroups = List.copyOf(targetGroups);
    }

    /** @return the catalogue's areas (and codes it no longer holds), in report order */
    public List<FocusAreaCount> catalogueAreas() {
        return focusAreas.stream().filter(f -> !f.custom()).toList();
    }

    /** @return the custom areas, in code order */
    public List<FocusAreaCount> customAreas() {
        return focusAreas.stream().filter(FocusAreaCount::custom).toList();
    }

    /**
     * @return one row per focus area (catalogue, then custom), then one per target group, under the headers "What"
     *     ({@code catalogue focus area}, {@code custom focus area} or {@code target group}), "Name", "Danish name",
     *     "Terms in force", "Initiatives in force", "Terms possibly in force", "Initiatives possibly in force"; the
     *     title gives the day and the number of terms in force and possibly in force
     */
    public ReportTable toTable() {
        List<List<String>> rows = new ArrayList<>();
        for (FocusAreaCount f : focusAreas) {
            rows.add(List.of(f.custom() ? "custom focus area" : "catalogue focus area", f.name(), f.nameDa(),
                    Integer.toString(f.termsInForce()), Integer.toString(f.initiativesInForce()),
                    Integer.toString(f.termsPossiblyInForce()), Integer.toString(f.initiativesPossiblyInForce())));
        }
        for (TargetGroupCount g : targetGroups) {
            rows.add(List.of("target group", g.group().code(), "", Integer.toString(g.termsInForce()),
                    Integer.toString(g.initiativesInForce()), Integer.toString(g.termsPossiblyInForce()),
                    Integer.toString(g.initiativesPossiblyInForce())));
        }
        return ReportTable.of("Focus areas and target groups on " + day + " (" + federation + "): " + termsInForce
                        + " terms in force, " + possiblyInForce.size() + " possibly in force (counted apart)",
                List.of("What", "Name", "Danish name", "Terms in force", "Initiatives in force",
                        "Terms possibly in force", "Initiatives possibly in force"),
                rows);
    }
}
