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
import dk.welfarealliance.storage.memory.internal.Indexes;
import dk.welfarealliance.storage.memory.internal.IndexQuery;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The storage SPI in memory, for tests and small tools: fast, thread-safe, isolated per instance, and
 * faithful to the JDBC store (it passes the same contract tests, {@code welfare-alliance-storage-tck}).
 *
 * <p>Alliances are immutable values, kept as given with their new version in concurrent maps (by id, by natural
 * key, and one sorted view per sort order). Readers never lock: {@link #findById} is one map read, and a read
 * never mixes two versions because every value is whole. Writers serialise on one lock, which makes the version
 * and uniqueness checks and the change atomic; a write costs O(log n) whatever the number stored. Pages follow
 * the SPI's guarantee while others write: an alliance whose sort key did not change is met exactly once.
 *
 * <p>Creating a store is cheap; {@link #clear()} empties one between tests. Nothing is persisted.
 */
public final class InMemoryAllianceStore implements AllianceStore {
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Indexes indexes = new Indexes();

    /** Creates an empty store. */
    public InMemoryAllianceStore() {}

    /** {@inheritDoc} */
    @Override
    public Alliance insert(Alliance alliance) {
        StoreContract.checkInsert(alliance);
        writeLock.lock();
        try {
            if (indexes.get(alliance.getId()) != null) {
                throw new DuplicateAllianceException(alliance.getId(), DuplicateAllianceException.Key.ID, null);
            }
            if (indexes.hasNaturalKeyOf(alliance)) {
                throw new DuplicateAllianceException(alliance.getId(), DuplicateAllianceException.Key.NATURAL_KEY, null);
            }
            Alliance stored = alliance.withVersion(1);
            indexes.put(stored);
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
            Alliance stored = requireVersion(alliance.getId(), alliance.getVersion());
            StoreContract.checkUpdateAgainst(stored, alliance);
            Alliance updated = alliance.withVersion(alliance.getVersion() + 1);
            indexes.put(updated);
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
            indexes.remove(requireVersion(id, expectedVersion));
        } finally {
            writeLock.unlock();
        }
    }

    /** {@inheritDoc} */
    @Override
    public Optional<Alliance> findById(AllianceId id) {
        return Optional.ofNullable(indexes.get(StoreContract.requireArgument(id, "id")));
    }

    /** {@inheritDoc} */
    @Override
    public Optional<Alliance> findByNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        return indexes.byNaturalKey(
                StoreContract.requireArgument(federation, "federation"),
                StoreContract.requireArgument(municipality, "municipality"));
    }

    /** {@inheritDoc} */
    @Override
    public Page query(AllianceCriteria criteria, PageRequest page) {
        return IndexQuery.page(indexes,
                StoreContract.requireArgument(criteria, "criteria"), StoreContract.requireArgument(page, "page"));
    }

    /** {@inheritDoc} */
    @Override
    public long count(AllianceCriteria criteria) {
        return IndexQuery.count(indexes, StoreContract.requireArgument(criteria, "criteria"));
    }

    /** Removes every alliance, e.g. between tests. */
    public void clear() {
        writeLock.lock();
        try {
            indexes.clear();
        } finally {
            writeLock.unlock();
        }
    }

    private Alliance requireVersion(AllianceId id, long expectedVersion) {
        Alliance stored = indexes.get(id);
        if (stored == null) {
            throw new OptimisticLockException(id, expectedVersion, OptionalLong.empty());
        }
        if (stored.getVersion() != expectedVersion) {
            throw new OptimisticLockException(id, expectedVersion, OptionalLong.of(stored.getVersion()));
        }
        return stored;
    }
}
