package dk.welfarealliance.report.internal;

import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.ExpiringTerm;
import dk.welfarealliance.report.MunicipalityEntry;
import dk.welfarealliance.report.RenewalPipeline;
import dk.welfarealliance.report.internal.AsOf.AgreementOnDay;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The renewal pipeline on a day: terms signed on that day ({@link AsOf}) whose end date lies within the horizon,
 * each with its successor as it stood that day.
 */
public final class Pipeline {
    private Pipeline() {}

    /** @return the pipeline of {@code alliances} of {@code federation}; municipalities the catalogue lacks are left out */
    public static RenewalPipeline of(ReferenceCatalogue catalogue, FederationCode federation, List<Alliance> alliances,
            LocalDate day, Period horizon, LocalDate today) {
        LocalDate last = day.plus(horizon);
        List<ExpiringTerm> terms = new ArrayList<>();
        for (Alliance alliance : alliances) {
            Optional<MunicipalityEntry> municipality = Names.of(catalogue, alliance.getMunicipality());
            if (!alliance.getFederation().equals(federation) || municipality.isEmpty()) {
                continue;
            }
            List<AgreementOnDay> agreements = AsOf.agreements(alliance, day, today);
            for (AgreementOnDay term : agreements) {
                Optional<LocalDate> end = term.agreement().getPeriod().flatMap(AgreementPeriod::getEnd);
                if (term.state() != AgreementState.SIGNED || end.isEmpty()
                        || end.get().isBefore(day) || end.get().isAfter(last)) {
                    continue;
                }
                Optional<AgreementOnDay> successor = successor(agreements, term);
                terms.add(ExpiringTerm.builder()
                        .municipality(municipality.get())
                        .term(Coverage.summary(term))
                        .successor(successor.map(Coverage::summary))
                        .successorLastStep(successor.flatMap(s -> AsOf.lastStep(alliance, s.agreement(), day))
                                .flatMap(HistoryEntry::getOn))
                        .build());
            }
        }
        terms.sort(Comparator.comparing((ExpiringTerm t) -> t.getMunicipality().getCode())
                .thenComparing(ExpiringTerm::end)
                .thenComparing(t -> t.getTerm().getTitle())
                .thenComparing(t -> t.getTerm().getId().value().toString()));
        return RenewalPipeline.builder().federation(federation).day(day).horizon(horizon)
                .fromDatedSteps(day.isBefore(today)).terms(terms).build();
    }

    /** The last agreement renewing {@code term} that was not abandoned, else the last abandoned one. */
    private static Optional<AgreementOnDay> successor(List<AgreementOnDay> agreements, AgreementOnDay term) {
        List<AgreementOnDay> renewing = agreements.stream()
                .filter(a -> a.agreement().getRenews().equals(Optional.of(term.agreement().getId())))
                .toList();
        Optional<AgreementOnDay> live = renewing.stream()
                .filter(a -> a.state() != AgreementState.ABANDONED).reduce((a, b) -> b);
        return live.isPresent() ? live : renewing.stream().reduce((a, b) -> b);
    }
}
