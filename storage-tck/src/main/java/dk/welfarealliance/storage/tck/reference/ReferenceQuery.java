package dk.welfarealliance.storage.tck.reference;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Track;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The reference semantics of queries (docs/storage-contract.md), written from that page and independently of
 * core's helpers ({@code AllianceCriteria.matches}, {@code AllianceSort.comparator}, {@code SearchKey},
 * {@code UuidOrder}, {@code Agreement.isInForceOn}), so that the TCK also catches a wrong helper. The TCK
 * checks every store's query and count results against it; backend authors may use it in their own tests.
 *
 * @since 0.1.0
 */
public final class ReferenceQuery {
    private ReferenceQuery() {}

    /** @return the alliances of {@code alliances} that match {@code criteria}, in {@code sort} order */
    public static List<Alliance> select(Collection<Alliance> alliances, AllianceCriteria criteria, AllianceSort sort) {
        return alliances.stream().filter(a -> matches(criteria, a)).sorted(order(sort)).toList();
    }

    /**
     * @return whether {@code alliance} matches: its federation is the one given, its municipality is among
     *     the codes given, and one and the same agreement satisfies the whole agreement filter
     */
    public static boolean matches(AllianceCriteria criteria, Alliance alliance) {
        if (criteria.getFederation().isPresent() && !criteria.getFederation().get().equals(alliance.getFederation())) {
            return false;
        }
        if (criteria.getMunicipalities().isPresent()
                && !criteria.getMunicipalities().get().contains(alliance.getMunicipality())) {
            return false;
        }
        if (criteria.getAgreement().isEmpty()) {
            return true;
        }
        for (Agreement agreement : alliance.getAgreements()) {
            if (matches(criteria.getAgreement().get(), alliance, agreement)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code agreement} of {@code alliance} satisfies every predicate of {@code filter} */
    public static boolean matches(AgreementFilter filter, Alliance alliance, Agreement agreement) {
        AgreementState state = agreement.getState();
        if (!filter.getStates().isEmpty() && !filter.getStates().contains(state)) {
            return false;
        }
        if (filter.getInForceOn().isPresent() && !knownInForce(agreement, filter.getInForceOn().get())) {
            return false;
        }
        if (filter.getPossiblyInForceOn().isPresent()
                && !possiblyInForce(alliance, agreement, filter.getPossiblyInForceOn().get())) {
            return false;
        }
        if (filter.getEndsBetween().isPresent()) {
            if (state != AgreementState.SIGNED) {
                return false;
            }
            Optional<LocalDate> end = agreement.getPeriod().get().getEnd();
            if (end.isEmpty() || end.get().isBefore(filter.getEndsBetween().get().getFirst())
                    || end.get().isAfter(filter.getEndsBetween().get().getLast())) {
                return false;
            }
        }
        if (filter.getFocusArea().isPresent() && !agreement.getFocusAreas().contains(filter.getFocusArea().get())) {
            return false;
        }
        if (filter.getTrack().isPresent() && !hasTrack(agreement, filter.getTrack().get())) {
            return false;
        }
        return filter.getTitleContains().map(text -> searchKey(agreement.getTitle()).contains(searchKey(text))).orElse(true);
    }

    /** @return the full order of {@code sort}: its key ascending, then the id in unsigned order */
    public static Comparator<Alliance> order(AllianceSort sort) {
        Comparator<Alliance> byKey = switch (sort) {
            case MUNICIPALITY -> Comparator.comparing((Alliance a) -> a.getMunicipality().value());
            case LATEST_SIGNED_END -> (a, b) -> compareEndsAbsentLast(latestSignedEnd(a), latestSignedEnd(b));
        };
        return byKey.thenComparing((a, b) -> compareUnsigned(a.getId().value(), b.getId().value()));
    }

    /**
     * @return the latest effective end over signed (the period's end) and terminated (the termination date)
     *     agreements; empty if the alliance has none
     */
    public static Optional<LocalDate> latestSignedEnd(Alliance alliance) {
        return alliance.getAgreements().stream().map(ReferenceQuery::effectiveEnd).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    /**
     * Compares the 128 bits of two UUIDs as unsigned numbers. The canonical text of a UUID is fixed-width
     * lower-case hexadecimal, most significant digit first, so its text order is the unsigned order.
     */
    public static int compareUnsigned(UUID a, UUID b) {
        return Integer.signum(a.toString().compareTo(b.toString()));
    }

    /** @return the search key of §4.3: NFC, then lower case by the root locale */
    public static String searchKey(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * Known in force on {@code day}: signed or terminated, on or after the start, and on or before the termination
     * date (terminated), the end date (signed), or for ever (signed and open-ended); never when the end is not
     * recorded.
     */
    private static boolean knownInForce(Agreement agreement, LocalDate day) {
        AgreementState state = agreement.getState();
        if ((state != AgreementState.SIGNED && state != AgreementState.TERMINATED)
                || day.isBefore(agreement.getPeriod().get().getStart())) {
            return false;
        }
        if (state == AgreementState.TERMINATED) {
            return !day.isAfter(agreement.getTerminationDate().get());
        }
        Optional<LocalDate> end = agreement.getPeriod().get().getEnd();
        return end.isPresent() ? !day.isAfter(end.get()) : agreement.getPeriod().get().isOpenEnded();
    }

    /**
     * Possibly in force on {@code day}: signed, its end not recorded, on or after its start, and no other term of
     * the alliance that came into force starts after it and on or before {@code day}.
     */
    private static boolean possiblyInForce(Alliance alliance, Agreement agreement, LocalDate day) {
        if (agreement.getState() != AgreementState.SIGNED || agreement.getPeriod().get().getEnd().isPresent()
                || agreement.getPeriod().get().isOpenEnded()) {
            return false;
        }
        LocalDate start = agreement.getPeriod().get().getStart();
        if (day.isBefore(start)) {
            return false;
        }
        for (Agreement other : alliance.getAgreements()) {
            boolean cameIntoForce = other.getState() == AgreementState.SIGNED
                    || (other.getState() == AgreementState.TERMINATED
                            && !other.getTerminationDate().get().isBefore(other.getPeriod().get().getStart()));
            if (cameIntoForce && other.getPeriod().get().getStart().isAfter(start)
                    && !other.getPeriod().get().getStart().isAfter(day)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalDate> effectiveEnd(Agreement agreement) {
        if (agreement.getState() == AgreementState.SIGNED) {
            return agreement.getPeriod().get().getEnd();
        }
        if (agreement.getState() == AgreementState.TERMINATED) {
            return agreement.getTerminationDate();
        }
        return Optional.empty();
    }

    private static boolean hasTrack(Agreement agreement, Track track) {
        if (track == Track.GRASSROOTS) {
            return !agreement.getFocusAreas().isEmpty() || !agreement.getInitiatives().isEmpty();
        }
        return !agreement.getEliteCommitments().isEmpty() || !agreement.getEliteEvents().isEmpty();
    }

    private static int compareEndsAbsentLast(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get());
        }
        return a.isPresent() ? -1 : b.isPresent() ? 1 : 0;
    }
}
