package dk.welfarealliance.storage.memory.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.UuidOrder;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.Cursor;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * The position of an alliance in a sorted view: every sort key and the id. The comparators order keys as
 * {@link AllianceSort} orders alliances, so that a {@link Cursor} maps to a key to continue after.
 */
record SortKey(String municipality, Optional<LocalDate> latestSignedEnd, UUID id) {

    static final Comparator<SortKey> BY_MUNICIPALITY = Comparator.comparing(SortKey::municipality)
            .thenComparing(SortKey::id, UuidOrder.UNSIGNED);

    static final Comparator<SortKey> BY_LATEST_SIGNED_END = Comparator
            .comparing(SortKey::latestSignedEnd, (a, b) -> a.isPresent() && b.isPresent()
                    ? a.get().compareTo(b.get())
                    : Boolean.compare(a.isEmpty(), b.isEmpty()))
            .thenComparing(SortKey::id, UuidOrder.UNSIGNED);

    static SortKey of(Alliance alliance) {
        return new SortKey(alliance.getMunicipality().value(), alliance.latestSignedEnd(), alliance.getId().value());
    }

    static SortKey of(Cursor cursor) {
        return new SortKey(cursor.getLastMunicipality().value(), cursor.getLastLatestSignedEnd(),
                cursor.getLastId().value());
    }

    static Comparator<SortKey> comparator(AllianceSort sort) {
        return sort == AllianceSort.MUNICIPALITY ? BY_MUNICIPALITY : BY_LATEST_SIGNED_END;
    }
}
