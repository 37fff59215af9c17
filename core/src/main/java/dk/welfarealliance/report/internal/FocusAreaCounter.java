package dk.welfarealliance.report.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Phase;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.reference.FocusAreaDefinition;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.FocusAreaCount;
import dk.welfarealliance.report.FocusAreasAndTargetGroups;
import dk.welfarealliance.report.TargetGroupCount;
import dk.welfarealliance.report.TermOnDay;
import dk.welfarealliance.report.internal.AsOf.AgreementOnDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Computes {@link FocusAreasAndTargetGroups} from the alliances read for a day. */
public final class FocusAreaCounter {
    private FocusAreaCounter() {}

    /** Counts for one area or group: terms and initiatives, in force and possibly in force. */
    private static final class Tally {
        int terms;
        int initiatives;
        int possibleTerms;
        int possibleInitiatives;

        void add(boolean inForce, int initiativesOfTerm) {
            if (inForce) {
                terms++;
                initiatives += initiativesOfTerm;
            } else {
                possibleTerms++;
                possibleInitiatives += initiativesOfTerm;
            }
        }

        boolean isEmpty() {
            return terms + initiatives + possibleTerms + possibleInitiatives == 0;
        }
    }

    /** @return the focus areas and target groups of {@code alliances} on {@code day} */
    public static FocusAreasAndTargetGroups compute(List<Alliance> alliances, ReferenceCatalogue catalogue,
            FederationCode federation, LocalDate day, LocalDate today) {
        Map<FocusAreaCode, Tally> areas = new TreeMap<>();
        Map<TargetGroup, Tally> groups = new TreeMap<>();
        List<TermOnDay> possibly = new ArrayList<>();
        int inForce = 0;
        for (Alliance alliance : alliances) {
            for (AgreementOnDay on : AsOf.agreements(alliance, day, today)) {
                boolean known = on.phase() == Phase.IN_FORCE;
                if (!known && on.phase() != Phase.POSSIBLY_IN_FORCE) {
                    continue;
                }
                if (known) {
                    inForce++;
                } else {
                    possibly.add(AlliancesOnDay.term(catalogue, alliance, on));
                }
                count(on.agreement(), known, areas, groups);
            }
        }
        return new FocusAreasAndTargetGroups(federation, day, inForce, possibly, focusAreas(catalogue, areas),
                groups.entrySet().stream().map(e -> new TargetGroupCount(e.getKey(), e.getValue().terms,
                        e.getValue().initiatives, e.getValue().possibleTerms, e.getValue().possibleInitiatives)).toList());
    }

    private static void count(Agreement a, boolean inForce, Map<FocusAreaCode, Tally> areas, Map<TargetGroup, Tally> groups) {
        for (FocusAreaCode area : a.getFocusAreas()) {
            int initiatives = (int) a.getInitiatives().stream().filter(i -> i.getFocusArea().equals(Optional.of(area))).count();
            areas.computeIfAbsent(area, k -> new Tally()).add(inForce, initiatives);
        }
        Set<TargetGroup> named = new HashSet<>();
        a.getInitiatives().forEach(i -> named.addAll(i.getTargetGroups()));
        for (TargetGroup group : named) {
            int initiatives = (int) a.getInitiatives().stream().filter(i -> i.getTargetGroups().contains(group)).count();
            groups.computeIfAbsent(group, k -> new Tally()).add(inForce, initiatives);
        }
    }

    private static List<FocusAreaCount> focusAreas(ReferenceCatalogue catalogue, Map<FocusAreaCode, Tally> areas) {
        List<FocusAreaCount> result = new ArrayList<>();
        Set<FocusAreaCode> listed = new HashSet<>();
        for (FocusAreaDefinition d : catalogue.getFocusAreas()) {
            Tally t = areas.getOrDefault(d.getCode(), new Tally());
            if (!d.isHistoric() || !t.isEmpty()) {
                result.add(line(d.getCode(), false, d.getNameEn(), d.getNameDa(), t));
            }
            listed.add(d.getCode());
        }
        // A stored code the catalogue no longer holds still counts; it is named by its code.
        areas.forEach((code, t) -> {
            if (!code.isCustom() && !listed.contains(code)) {
                result.add(line(code, false, code.value(), code.value(), t));
            }
        });
        areas.forEach((code, t) -> {
            if (code.isCustom()) {
                result.add(line(code, true, code.value(), code.value(), t));
            }
        });
        return result;
    }

    private static FocusAreaCount line(FocusAreaCode code, boolean custom, String name, String nameDa, Tally t) {
        return new FocusAreaCount(code, custom, name, nameDa, t.terms, t.initiatives, t.possibleTerms, t.possibleInitiatives);
    }

}
