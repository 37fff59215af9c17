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
 * The reference semantics of queries (DESIGN §4.2–4.3), written from the design text and independently of
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
            if (matches(criteria.getAgreement().get(), agreement)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code agreement} satisfies every predicate of {@code filter} */
    public static boolean matches(AgreementFilter filter, Agreement agreement) {
        AgreementState state = agreement.getState();
        if (!filter.getStates().isEmpty() && !filter.getStates().contains(state)) {
            return false;
        }
        if (filter.getInForceOn().isPresent()) {
            LocalDate day = filter.getInForceOn().get();
            Optional<LocalDate> end = effectiveEnd(agreement);
            if (end.isEmpty() || day.isBefore(agreement.getPeriod().get().getStart()) || day.isAfter(end.get())) {
                return false;
            }
        }
        if (filter.getEndsBetween().isPresent()) {
            if (state != AgreementState.SIGNED) {
                return false;
            }
            LocalDate end = agreement.getPeriod().get().getEnd();
            if (end.isBefore(filter.getEndsBetween().get().getFirst()) || end.isAfter(filter.getEndsBetween().get().getLast())) {
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

    private static Optional<LocalDate> effectiveEnd(Agreement agreement) {
        if (agreement.getState() == AgreementState.SIGNED) {
            return Optional.of(agreement.getPeriod().get().getEnd());
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
