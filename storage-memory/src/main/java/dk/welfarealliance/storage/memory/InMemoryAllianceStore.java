package dk.welfarealliance.storage.memory;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.StoreContract;
import dk.welfarealliance.storage.memory.internal.Snapshot;
import dk.welfarealliance.storage.memory.internal.SnapshotQuery;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The storage SPI in memory, for tests and small tools: fast, thread-safe, isolated per instance, and
 * faithful to the JDBC store (it passes the same contract tests, {@code welfare-alliance-storage-tck}).
 *
 * <p>Writers serialise on one lock and publish an immutable snapshot (primary map, natural-key index, one
 * sorted view per sort order) through a volatile reference; readers never lock and always see one
 * consistent snapshot, so a read never mixes two versions and a page is read from one state. A write copies
 * the maps (linear in the number of alliances): right for test suites and tools, not for millions of
 * alliances. Values are immutable, so the store keeps them as given, with the new version.
 *
 * <p>Creating a store is cheap; {@link #clear()} empties one between tests. Nothing is persisted.
 */
public final class InMemoryAllianceStore implements AllianceStore {
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile Snapshot snapshot = Snapshot.empty();

    /** Creates an empty store. */
    public InMemoryAllianceStore() {}

    /** {@inheritDoc} */
    @Override
    public Alliance insert(Alliance alliance) {
        StoreContract.checkInsert(alliance);
        writeLock.lock();
        try {
            Snapshot current = snapshot;
            if (current.byId(alliance.getId()).isPresent()) {
                throw new DuplicateAllianceException(alliance.getId(), DuplicateAllianceException.Key.ID, null);
            }
            if (current.hasNaturalKeyOf(alliance)) {
                throw new DuplicateAllianceException(alliance.getId(), DuplicateAllianceException.Key.NATURAL_KEY, null);
            }
            Alliance stored = alliance.withVersion(1);
            snapshot = current.with(stored);
            return stored;
        } finally {
            writeLock.unlock();
        }
    }

    /** {@inheritDoc} */
    @Override
    public Alliance update(Alliance alliance) {
        StoreContract.checkUpdate(alliance);
        writeLock.lock();
        try {
            Snapshot current = snapshot;
            Alliance stored = requireVersion(current, alliance.getId(), alliance.getVersion());
            StoreContract.checkUpdateAgainst(stored, alliance);
            Alliance updated = alliance.withVersion(alliance.getVersion() + 1);
            snapshot = current.with(updated);
            return updated;
        } finally {
            writeLock.unlock();
        }
    }

    /** {@inheritDoc} */
    @Override
    public void delete(AllianceId id, long expectedVersion) {
        StoreContract.checkDelete(id, expectedVersion);
        writeLock.lock();
        try {
            Snapshot current = snapshot;
            snapshot = current.without(requireVersion(current, id, expectedVersion));
        } finally {
            writeLock.unlock();
        }
    }

    /** {@inheritDoc} */
    @Override
    public Optional<Alliance> findById(AllianceId id) {
        return snapshot.byId(StoreContract.requireArgument(id, "id"));
    }

    /** {@inheritDoc} */
    @Override
    public Optional<Alliance> findByNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        return snapshot.byNaturalKey(
                StoreContract.requireArgument(federation, "federation"),
                StoreContract.requireArgument(municipality, "municipality"));
    }

    /** {@inheritDoc} */
    @Override
    public Page query(AllianceCriteria criteria, PageRequest page) {
        return SnapshotQuery.page(snapshot,
                StoreContract.requireArgument(criteria, "criteria"), StoreContract.requireArgument(page, "page"));
    }

    /** {@inheritDoc} */
    @Override
    public long count(AllianceCriteria criteria) {
        return SnapshotQuery.count(snapshot, StoreContract.requireArgument(criteria, "criteria"));
    }

    /** Removes every alliance. Readers holding the previous snapshot finish reading it undisturbed. */
    public void clear() {
        writeLock.lock();
        try {
            snapshot = Snapshot.empty();
        } finally {
            writeLock.unlock();
        }
    }

    private static Alliance requireVersion(Snapshot current, AllianceId id, long expectedVersion) {
        Alliance stored = current.byId(id).orElseThrow(
                () -> new OptimisticLockException(id, expectedVersion, OptionalLong.empty()));
        if (stored.getVersion() != expectedVersion) {
            throw new OptimisticLockException(id, expectedVersion, OptionalLong.of(stored.getVersion()));
        }
        return stored;
    }
}
