package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Alliance;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The aggregates one store last read or wrote, each with the version and the revision token of the write that
 * stored it, the most recently used {@code capacity} of them. Every write of every store sets a fresh random
 * revision, so an alliance row at the remembered version and revision proves that the stored rows are the
 * remembered ones: a read that finds it returns the remembered aggregate without building it from its rows, and
 * an update needs no reading of the stored rows, as its versioned {@code UPDATE … AND revision = ?} of the
 * alliance row both locks the row and makes that proof. A stale entry (another store wrote since, the alliance was deleted
 * and inserted again, a caller's transaction rolled back) matches no stored row, so the update falls back to
 * reading the stored rows; an entry can cost a wasted statement, never a wrong write.
 *
 * <p>Holds references to aggregates the store returned, nothing else; thread-safe.
 */
final class KnownRevisions {
    /** One remembered aggregate: stored at {@code version} by the write {@code revision}. */
    record Known(long version, UUID revision, Alliance alliance) {}

    private final int capacity;
    private final Map<UUID, Known> known;

    /** @param capacity how many aggregates are remembered (0: none); the least recently used beyond are forgotten */
    KnownRevisions(int capacity) {
        this.capacity = capacity;
        this.known = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Known> eldest) {
                return size() > KnownRevisions.this.capacity;
            }
        };
    }

    /**
     * @return the remembered aggregate of the stored alliance row {@code root}, if it is remembered at the row's
     *     version and revision
     */
    synchronized Optional<Alliance> stored(AllianceTable.Row root) {
        Known k = known.get(root.id());
        return k != null && k.version() == root.version() && k.revision().equals(root.revision())
                ? Optional.of(k.alliance()) : Optional.empty();
    }

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
        if (revision != null && capacity > 0) {
            known.put(id, new Known(version, revision, alliance));
        }
    }

    /** Forgets {@code id}: it was deleted, or its write failed in a way that leaves its stored state unknown. */
    synchronized void forget(UUID id) {
        known.remove(id);
    }
}
