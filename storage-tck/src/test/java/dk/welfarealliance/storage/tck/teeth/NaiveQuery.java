package dk.welfarealliance.storage.tck.teeth;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Phase;
import dk.welfarealliance.Track;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.Cursor;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The naive store's own filtering and ordering, written apart from core's helpers and the TCK's reference so
 * that faults can be switched in.
 */
final class NaiveQuery {
    private final Set<Fault> faults;

    NaiveQuery(Set<Fault> faults) {
        this.faults = faults;
    }

    boolean matches(AllianceCriteria criteria, Alliance alliance) {
        if (criteria.getFederation().map(f -> !f.equals(alliance.getFederation())).orElse(false)) {
            return false;
        }
        if (criteria.getMunicipalities().map(m -> !m.contains(alliance.getMunicipality())).orElse(false)) {
            return false;
        }
        if (criteria.getAgreement().isEmpty()) {
            return true;
        }
        List<Predicate<Agreement>> predicates = predicates(criteria.getAgreement().get(), alliance);
        List<Agreement> agreements = alliance.getAgreements();
        if (faults.contains(Fault.PREDICATES_ACROSS_AGREEMENTS)) {
            return !agreements.isEmpty() && predicates.stream().allMatch(p -> agreements.stream().anyMatch(p));
        }
        return agreements.stream().anyMatch(a -> predicates.stream().allMatch(p -> p.test(a)));
    }

    /** Compares alliances in {@code sort} order. */
    int compare(AllianceSort sort, Alliance a, Alliance b) {
        int primary = sort == AllianceSort.MUNICIPALITY
                ? a.getMunicipality().value().compareTo(b.getMunicipality().value())
                : compareEnds(latestEnd(a), latestEnd(b));
        return primary != 0 ? primary : compareIds(a.getId().value(), b.getId().value());
    }

    /** @return whether {@code alliance} sorts after the cursor's position */
    boolean isAfter(Cursor cursor, Alliance alliance) {
        int primary = cursor.getSort() == AllianceSort.MUNICIPALITY
                ? alliance.getMunicipality().value().compareTo(cursor.getLastMunicipality().value())
                : compareEnds(latestEnd(alliance), cursor.getLastLatestSignedEnd());
        return primary > 0 || primary == 0 && compareIds(alliance.getId().value(), cursor.getLastId().value()) > 0;
    }

    private List<Predicate<Agreement>> predicates(AgreementFilter f, Alliance alliance) {
        List<Predicate<Agreement>> predicates = new ArrayList<>();
        if (!f.getStates().isEmpty()) {
            predicates.add(a -> f.getStates().contains(a.getState()));
        }
        f.getInForceOn().ifPresent(day -> predicates.add(a -> inForce(a, day)));
        // The naive store trusts core for the one predicate that needs the whole alliance; the fault asks the
        // agreement alone, which cannot know that the alliance's next term ended it.
        f.getPossiblyInForceOn().ifPresent(day -> predicates.add(faults.contains(Fault.POSSIBLY_IN_FORCE_IGNORES_NEXT_TERM)
                ? a -> a.getState() == AgreementState.SIGNED && a.phaseOn(day) == Phase.POSSIBLY_IN_FORCE
                : a -> alliance.phaseOn(a.getId(), day) == Phase.POSSIBLY_IN_FORCE));
        f.getEndsBetween().ifPresent(range -> predicates.add(a -> {
            if (a.getState() != AgreementState.SIGNED) {
                return false;
            }
            if (a.getPeriod().orElseThrow().getEnd().isEmpty()) {
                return false;
            }
            LocalDate end = a.getPeriod().orElseThrow().getEnd().get();
            boolean beforeLast = faults.contains(Fault.ENDS_BETWEEN_OFF_BY_ONE) ? end.isBefore(range.getLast())
                    : !end.isAfter(range.getLast());
            return !end.isBefore(range.getFirst()) && beforeLast;
        }));
        f.getFocusArea().ifPresent(area -> predicates.add(a -> a.getFocusAreas().contains(area)));
        f.getTrack().ifPresent(track -> predicates.add(a -> track == Track.GRASSROOTS
                ? !a.getFocusAreas().isEmpty() || !a.getInitiatives().isEmpty()
                : !a.getEliteCommitments().isEmpty() || !a.getEliteEvents().isEmpty()));
        f.getTitleContains().ifPresent(text -> predicates.add(a -> key(a.getTitle()).contains(key(text))));
        return predicates;
    }

    private boolean inForce(Agreement a, LocalDate day) {
        Optional<LocalDate> end = end(a);
        boolean openEnded = a.getState() == AgreementState.SIGNED && a.getPeriod().orElseThrow().isOpenEnded();
        if (a.getState().isSigned() && openEnded) {
            return !day.isBefore(a.getPeriod().orElseThrow().getStart());
        }
        if (end.isEmpty() || day.isBefore(a.getPeriod().orElseThrow().getStart())) {
            return false;
        }
        return faults.contains(Fault.IN_FORCE_ON_OFF_BY_ONE) ? day.isBefore(end.get()) : !day.isAfter(end.get());
    }

    private String key(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (faults.contains(Fault.CASE_SENSITIVE_SEARCH)) {
            return nfc;
        }
        return faults.contains(Fault.LOCALE_SENSITIVE_SEARCH) ? nfc.toLowerCase(Locale.getDefault()) : nfc.toLowerCase(Locale.ROOT);
    }

    private int compareIds(UUID a, UUID b) {
        if (faults.contains(Fault.SIGNED_UUID_ORDER)) {
            return a.compareTo(b);
        }
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static Optional<LocalDate> end(Agreement a) {
        return switch (a.getState()) {
            case SIGNED -> a.getPeriod().orElseThrow().getEnd();
            case TERMINATED -> a.getTerminationDate();
            default -> Optional.empty();
        };
    }

    private static Optional<LocalDate> latestEnd(Alliance alliance) {
        Optional<LocalDate> latest = Optional.empty();
        for (Agreement a : alliance.getAgreements()) {
            Optional<LocalDate> end = end(a);
            if (end.isPresent() && (latest.isEmpty() || end.get().isAfter(latest.get()))) {
                latest = end;
            }
        }
        return latest;
    }

    private static int compareEnds(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        return a.get().compareTo(b.get());
    }
}
