package dk.welfarealliance.storage;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.UuidOrder;
import dk.welfarealliance.internal.validation.Violations;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The position of an alliance in the sort orders of {@link AllianceStore#query} (docs/storage-contract.md): its
 * municipality, its {@link Alliance#latestSignedEnd()} and its id. A backend that keeps its own sorted index, or
 * that compares a {@link Cursor} with stored keys, orders positions with {@link #order(AllianceSort)}, the one
 * order {@link AllianceSort#comparator()} and {@link Cursor#precedes(Alliance)} use, so that it cannot differ from
 * them:
 *
 * <ul>
 *   <li>{@link AllianceSort#MUNICIPALITY}: municipality code ascending, then the id;
 *   <li>{@link AllianceSort#LATEST_SIGNED_END}: latest signed end ascending, <em>no end date sorts last</em>
 *       ({@link #compareLatestSignedEnds}), then the id;
 *   <li>the id in the unsigned order of its 128 bits ({@link UuidOrder}), never {@code UUID.compareTo}.
 * </ul>
 *
 * @since 0.1.0
 */
public final class SortPosition {
    private static final Comparator<SortPosition> BY_ID = Comparator.comparing(p -> p.id.value(), UuidOrder.UNSIGNED);
    private static final Comparator<SortPosition> BY_MUNICIPALITY =
            Comparator.comparing((SortPosition p) -> p.municipality.value()).thenComparing(BY_ID);
    private static final Comparator<SortPosition> BY_LATEST_SIGNED_END =
            Comparator.comparing((SortPosition p) -> p.latestSignedEnd, SortPosition::compareLatestSignedEnds)
                    .thenComparing(BY_ID);

    private final MunicipalityCode municipality;
    private final Optional<LocalDate> latestSignedEnd;
    private final AllianceId id;

    private SortPosition(MunicipalityCode municipality, Optional<LocalDate> latestSignedEnd, AllianceId id) {
        this.municipality = municipality;
        this.latestSignedEnd = latestSignedEnd;
        this.id = id;
    }

    /** @return the position of {@code alliance} */
    public static SortPosition of(Alliance alliance) {
        Violations.requireNonNull(alliance, "SortPosition", "alliance");
        return new SortPosition(alliance.getMunicipality(), alliance.latestSignedEnd(), alliance.getId());
    }

    /** @return the position a page ended at: a next page holds the alliances strictly after it */
    public static SortPosition of(Cursor cursor) {
        Violations.requireNonNull(cursor, "SortPosition", "cursor");
        return new SortPosition(cursor.getLastMunicipality(), cursor.getLastLatestSignedEnd(), cursor.getLastId());
    }

    /**
     * @param municipality the stored municipality code
     * @param latestSignedEnd the stored {@link Alliance#latestSignedEnd()}
     * @param id the stored id
     * @return the position of a stored alliance from its keys, without reading the alliance
     */
    public static SortPosition of(MunicipalityCode municipality, Optional<LocalDate> latestSignedEnd, AllianceId id) {
        Violations.requireNonNull(municipality, "SortPosition", "municipality");
        Violations.requireNonNull(latestSignedEnd, "SortPosition", "latestSignedEnd");
        Violations.requireNonNull(id, "SortPosition", "id");
        return new SortPosition(municipality, latestSignedEnd, id);
    }

    /** @return the order of positions in {@code sort}, the id as tie-breaker: no two distinct positions compare equal */
    public static Comparator<SortPosition> order(AllianceSort sort) {
        Violations.requireNonNull(sort, "SortPosition", "sort");
        return sort == AllianceSort.MUNICIPALITY ? BY_MUNICIPALITY : BY_LATEST_SIGNED_END;
    }

    /**
     * Compares two latest signed ends as {@link AllianceSort#LATEST_SIGNED_END} does: present ones by date, and an
     * absent one (an alliance that never signed a term) after every present one. In SQL:
     * {@code ORDER BY latest_signed_end ASC NULLS LAST} (or {@code CASE WHEN latest_signed_end IS NULL THEN 1 ELSE 0
     * END, latest_signed_end} where {@code NULLS LAST} is missing).
     *
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
     */
    public static int compareLatestSignedEnds(Optional<LocalDate> a, Optional<LocalDate> b) {
        Violations.requireNonNull(a, "SortPosition", "a");
        Violations.requireNonNull(b, "SortPosition", "b");
        if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get());
        }
        return Boolean.compare(a.isEmpty(), b.isEmpty());
    }

    /** @return the municipality, the key of {@link AllianceSort#MUNICIPALITY} */
    public MunicipalityCode getMunicipality() {
        return municipality;
    }

    /** @return the latest signed end, the key of {@link AllianceSort#LATEST_SIGNED_END}; empty sorts last */
    public Optional<LocalDate> getLatestSignedEnd() {
        return latestSignedEnd;
    }

    /** @return the id, the tie-breaker of every sort */
    public AllianceId getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SortPosition p && municipality.equals(p.municipality) && latestSignedEnd.equals(p.latestSignedEnd)
                && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(municipality, latestSignedEnd, id);
    }

    @Override
    public String toString() {
        return "SortPosition{" + municipality + ", " + latestSignedEnd.map(LocalDate::toString).orElse("no end") + ", " + id + "}";
    }
}
