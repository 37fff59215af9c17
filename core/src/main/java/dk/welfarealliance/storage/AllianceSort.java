package dk.welfarealliance.storage;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.UuidOrder;
import java.util.Comparator;

/**
 * The sort orders of {@link AllianceStore#query} (docs/storage-contract.md), all ascending, each with the unsigned id
 * order ({@link UuidOrder}) as the tie-breaker. Human text is never sorted on.
 *
 * @since 0.1.0
 */
public enum AllianceSort {
    /** By municipality code (3 digits, so text order is numeric order), then id. The default. */
    MUNICIPALITY,
    /**
     * By {@link Alliance#latestSignedEnd()} ascending, alliances without one last
     * ({@link SortPosition#compareLatestSignedEnds}), then id.
     */
    LATEST_SIGNED_END;

    /** @return the full order of alliances, tie-breaker included: the order of their {@link SortPosition}s */
    public Comparator<Alliance> comparator() {
        return Comparator.comparing(SortPosition::of, SortPosition.order(this));
    }
}
