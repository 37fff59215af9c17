package dk.welfarealliance.storage;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.UuidOrder;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * The sort orders of {@link AllianceStore#query} (docs/storage-contract.md), all ascending, each with the unsigned id
 * order ({@link UuidOrder}) as the tie-breaker. Human text is never sorted on.
 *
 * @since 0.1.0
 */
public enum AllianceSort {
    /** By municipality code (3 digits, so text order is numeric order), then id. The default. */
    MUNICIPALITY(Comparator.comparing((Alliance a) -> a.getMunicipality().value())),
    /**
     * By {@link Alliance#latestSignedEnd()} ascending, alliances without one last, then id.
     */
    LATEST_SIGNED_END(Comparator.comparing(
            (Alliance a) -> a.latestSignedEnd(), AllianceSort::compareEndsNullsLast));

    private final Comparator<Alliance> order;

    AllianceSort(Comparator<Alliance> primary) {
        this.order = primary.thenComparing(a -> a.getId().value(), UuidOrder.UNSIGNED);
    }

    /** @return the full order, tie-breaker included */
    public Comparator<Alliance> comparator() {
        return order;
    }

    /** Compares two {@code latestSignedEnd} values: present ones ascending, absent ones last. */
    static int compareEndsNullsLast(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get());
        }
        return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
}
