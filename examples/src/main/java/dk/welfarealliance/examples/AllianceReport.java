package dk.welfarealliance.examples;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.reference.LocalUnion;
import dk.welfarealliance.reference.Municipality;
import dk.welfarealliance.reference.ReferenceCatalogue;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** Prints alliances as a newcomer wants to read them: names from the catalogue, phases, history. */
final class AllianceReport {
    private final ReferenceCatalogue catalogue;
    private final PrintStream out;

    AllianceReport(ReferenceCatalogue catalogue, PrintStream out) {
        this.catalogue = catalogue;
        this.out = out;
    }

    /** One line: name, version, number of agreements, the last history entry. */
    void printSummary(Alliance alliance) {
        HistoryEntry last = alliance.getHistory().get(alliance.getHistory().size() - 1);
        out.printf("  %s (%s), version %d: %d agreements, last change #%d %s%n", municipalityName(alliance),
                alliance.getMunicipality(), alliance.getVersion(), alliance.getAgreements().size(), last.getSeq(),
                last.getEvent());
    }

    private String municipalityName(Alliance alliance) {
        return catalogue.municipality(alliance.getMunicipality()).map(Municipality::getName).orElse("?");
    }

    void print(Alliance alliance, LocalDate today) {
        String municipality = municipalityName(alliance);
        String union = catalogue.coveringUnion(alliance.getMunicipality())
                .flatMap(catalogue::localUnion).map(LocalUnion::getName).orElse("no local union");
        out.printf("%n%s (%s), %s with %s, version %d%n", municipality, alliance.getMunicipality(),
                alliance.getFederation(), union, alliance.getVersion());
        for (Agreement a : alliance.getAgreements()) {
            out.printf("  %-44s %-11s %-9s %s%s%n", a.getTitle(), a.getState(), alliance.phaseOn(a.getId(), today),
                    a.getPeriod().map(Object::toString).orElse("no period"),
                    a.getTerminationDate().map(d -> ", last day in force " + d).orElse(""));
            if (!a.getFocusAreas().isEmpty() || !a.getEliteEvents().isEmpty()) {
                out.printf("  %-44s focus areas %s; elite events %d%n", "",
                        a.getFocusAreas().stream().map(Object::toString).collect(Collectors.joining(", ")),
                        a.getEliteEvents().size());
            }
        }
        out.println("  history:");
        for (HistoryEntry e : alliance.getHistory()) {
            out.printf("    %3d %-10s %-20s %s%s%n", e.getSeq(), e.getOn().map(Object::toString).orElse(""), e.getEvent(),
                    e.getAgreement().flatMap(alliance::agreement).map(Agreement::getTitle).orElse("(alliance)"),
                    e.getReason().map(r -> ": " + r).orElse(""));
        }
    }
}
