package dk.welfarealliance.examples.custombackend;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.json.AllianceJson;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.StoreContract;
import dk.welfarealliance.storage.StoredDataInvalidException;
import dk.welfarealliance.validation.ValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A complete document-store backend in one small class, written to be copied: each alliance is kept as one JSON
 * document (a {@code String}, as a document database keeps it), written and read by {@link AllianceJson}, in a map
 * keyed by id, with one read-write lock around the map. It passes the whole storage contract
 * ({@code SnapshotAllianceStoreContractTest} runs the TCK on it); replace the map with your database's collection
 * and keep the shape.
 *
 * <p>What makes it short is that the library decides every question of meaning: {@link AllianceJson} the document
 * (exact for every value, typed errors for a bad one), {@link StoreContract} the arguments and the update rules,
 * {@link AllianceCriteria#matches} the reference semantics of a query, {@link dk.welfarealliance.storage.AllianceSort#comparator()}
 * the sort order with the unsigned id tie-breaker, and {@link Cursor} the keyset position. A real backend
 * translates criteria into its own query language; the TCK then tells it, by the name of the failing case, where
 * the translation differs.
 *
 * <p>A document that no longer reads as a valid alliance (edited by hand, or written under older rules) surfaces as
 * {@link StoredDataInvalidException} naming the alliance, as the contract asks; the other documents stay readable.
 * Each operation holds the lock for its whole duration, so every write is atomic and every read sees one committed
 * state. A query reads and sorts every document: fine for a template, not for a large store.
 */
public final class SnapshotAllianceStore implements AllianceStore {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<AllianceId, String> documents = new HashMap<>();
    private final Map<NaturalKey, AllianceId> byNaturalKey = new HashMap<>();

    /** The natural key of an alliance: one per federation and municipality, fixed once inserted. */
    private record NaturalKey(FederationCode federation, MunicipalityCode municipality) {
        static NaturalKey of(Alliance alliance) {
            return new NaturalKey(alliance.getFederation(), alliance.getMunicipality());
        }
    }

    /** Creates an empty store. */
    public SnapshotAllianceStore() {}

    /** {@inheritDoc} */
    @Override
    public Alliance insert(Alliance alliance) {
        StoreContract.checkInsert(alliance);
        lock.writeLock().lock();
        try {
            if (documents.containsKey(alliance.getId())) {
                throw new DuplicateAllianceException(alliance.getId(), DuplicateAllianceException.Key.ID, null);
            }
            if (byNaturalKey.containsKey(NaturalKey.of(alliance))) {
                throw new DuplicateAllianceException(alliance.getId(), DuplicateAllianceException.Key.NATURAL_KEY, null);
            }
            Alliance stored = alliance.withVersion(1);
            documents.put(stored.getId(), AllianceJson.write(stored));
            byNaturalKey.put(NaturalKey.of(stored), stored.getId());
            return stored;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** {@inheritDoc} */
    @Override
    public Alliance update(Alliance alliance) {
        StoreContract.checkUpdate(alliance);
        lock.writeLock().lock();
        try {
            Alliance stored = requireVersion(alliance.getId(), alliance.getVersion());
            StoreContract.checkUpdateAgainst(stored, alliance);   // natural key unchanged, history only appended
            Alliance updated = alliance.withVersion(alliance.getVersion() + 1);
            documents.put(updated.getId(), AllianceJson.write(updated));
            return updated;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** {@inheritDoc} */
    @Override
    public void delete(AllianceId id, long expectedVersion) {
        StoreContract.checkDelete(id, expectedVersion);
        lock.writeLock().lock();
        try {
            Alliance stored = requireVersion(id, expectedVersion);
            documents.remove(id);
            byNaturalKey.remove(NaturalKey.of(stored));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** {@inheritDoc} */
    @Override
    public Optional<Alliance> findById(AllianceId id) {
        StoreContract.requireArgument(id, "id");
        lock.readLock().lock();
        try {
            return Optional.ofNullable(documents.get(id)).map(document -> read(id, document));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** {@inheritDoc} */
    @Override
    public Optional<Alliance> findByNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        NaturalKey key = new NaturalKey(StoreContract.requireArgument(federation, "federation"),
                StoreContract.requireArgument(municipality, "municipality"));
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byNaturalKey.get(key)).map(id -> read(id, documents.get(id)));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Keyset paging: the page starts strictly after the cursor's sort key, never at an offset, so an alliance
     * whose key did not change is neither repeated nor skipped while others write between pages.
     */
    @Override
    public Page query(AllianceCriteria criteria, PageRequest page) {
        StoreContract.requireArgument(criteria, "criteria");
        StoreContract.requireArgument(page, "page");
        Optional<Cursor> after = page.afterFor(criteria);   // rejects a cursor of other criteria
        List<Alliance> window;
        lock.readLock().lock();
        try {
            window = documents.entrySet().stream()
                    .map(entry -> read(entry.getKey(), entry.getValue()))
                    .filter(criteria::matches)
                    .filter(alliance -> after.map(cursor -> cursor.precedes(alliance)).orElse(true))
                    .sorted(page.getSort().comparator())
                    .limit(page.getSize() + 1L)                  // one more than asked tells whether more follow
                    .toList();
        } finally {
            lock.readLock().unlock();
        }
        if (window.size() <= page.getSize()) {
            return Page.of(window, Optional.empty());
        }
        List<Alliance> items = window.subList(0, page.getSize());
        return Page.of(items, Optional.of(Cursor.after(items.get(items.size() - 1), criteria, page.getSort())));
    }

    /** {@inheritDoc} */
    @Override
    public long count(AllianceCriteria criteria) {
        StoreContract.requireArgument(criteria, "criteria");
        lock.readLock().lock();
        try {
            return documents.entrySet().stream().map(entry -> read(entry.getKey(), entry.getValue()))
                    .filter(criteria::matches).count();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Removes every alliance: the TCK's reset hook between cases. */
    public void clear() {
        lock.writeLock().lock();
        try {
            documents.clear();
            byNaturalKey.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replaces the stored document of {@code id} as it is, unchecked: for showing what a hand-edited document does. */
    void putDocument(AllianceId id, String document) {
        lock.writeLock().lock();
        try {
            documents.put(id, document);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static Alliance read(AllianceId id, String document) {
        try {
            return AllianceJson.read(document);
        } catch (ValidationException e) {
            throw new StoredDataInvalidException(id, e);
        }
    }

    private Alliance requireVersion(AllianceId id, long expectedVersion) {
        Alliance stored = Optional.ofNullable(documents.get(id)).map(document -> read(id, document)).orElse(null);
        if (stored == null) {
            throw new OptimisticLockException(id, expectedVersion, OptionalLong.empty());
        }
        if (stored.getVersion() != expectedVersion) {
            throw new OptimisticLockException(id, expectedVersion, OptionalLong.of(stored.getVersion()));
        }
        return stored;
    }
}
