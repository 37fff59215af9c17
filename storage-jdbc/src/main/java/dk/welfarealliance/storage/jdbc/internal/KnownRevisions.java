package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Alliance;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The aggregates one store last read or wrote, each with the version and the revision token of the write that
 * stored it, the most recently used {@link #CAPACITY} of them. An update whose alliance is remembered at its
 * version needs no reading of the stored rows: the versioned {@code UPDATE … AND revision = ?} of the alliance
 * row both locks the row and proves that the stored rows are still the remembered ones, because every write of
 * every store sets a fresh random revision. A stale entry (another store wrote since, the alliance was deleted
 * and inserted again, a caller's transaction rolled back) matches no stored row, so the update falls back to
 * reading the stored rows; an entry can cost a wasted statement, never a wrong write.
 *
 * <p>Holds references to aggregates the store returned, nothing else; thread-safe.
 */
final class KnownRevisions {
    /** How many aggregates are remembered; the least recently used beyond it are forgotten. */
    static final int CAPACITY = 1024;

    /** One remembered aggregate: stored at {@code version} by the write {@code revision}. */
    record Known(long version, UUID revision, Alliance alliance) {}

    private final Map<UUID, Known> known = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Known> eldest) {
            return size() > CAPACITY;
        }
    };

    /** @return the remembered aggregate of {@code id} if it is remembered at {@code version} */
    synchronized Optional<Known> at(UUID id, long version) {
        Known k = known.get(id);
        return k != null && k.version() == version ? Optional.of(k) : Optional.empty();
    }

    /**
     * Remembers {@code alliance} as stored at {@code version} by {@code revision}; a row without a revision
     * (written before schema version 3) is not remembered, as nothing could confirm it.
     */
    synchronized void remember(UUID id, long version, UUID revision, Alliance alliance) {
        if (revision != null) {
            known.put(id, new Known(version, revision, alliance));
        }
    }

    /** Forgets {@code id}: it was deleted, or its write failed in a way that leaves its stored state unknown. */
    synchronized void forget(UUID id) {
        known.remove(id);
    }
}
