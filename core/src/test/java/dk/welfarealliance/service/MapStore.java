package dk.welfarealliance.service;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.StorageException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A minimal store for testing {@link AllianceService} in core (core cannot depend on a storage module): a map
 * with version checks, which can let another writer update an alliance just before the next updates, or fail
 * every write.
 */
final class MapStore implements AllianceStore {
    private final Map<AllianceId, Alliance> alliances = new HashMap<>();
    private int concurrentWritesBeforeUpdate;
    private StorageException failure;
    int updates;

    /** The next {@code n} updates each find that another writer stored a newer version just before. */
    void interfereWithNextUpdates(int n) {
        concurrentWritesBeforeUpdate = n;
    }

    /** Every later insert and update fails with {@code e} and writes nothing, as a broken backend would. */
    void failWritesWith(StorageException e) {
        failure = e;
    }

    @Override
    public synchronized Alliance insert(Alliance alliance) {
        if (failure != null) {
            throw failure;
        }
        Alliance stored = alliance.withVersion(1);
        alliances.put(alliance.getId(), stored);
        return stored;
    }

    @Override
    public synchronized Alliance update(Alliance alliance) {
        updates++;
        if (failure != null) {
            throw failure;
        }
        Alliance stored = alliances.get(alliance.getId());
        if (concurrentWritesBeforeUpdate > 0) {
            concurrentWritesBeforeUpdate--;
            stored = stored.withVersion(stored.getVersion() + 1);
            alliances.put(stored.getId(), stored);
        }
        if (stored.getVersion() != alliance.getVersion()) {
            throw new OptimisticLockException(alliance.getId(), alliance.getVersion(), OptionalLong.of(stored.getVersion()));
        }
        Alliance updated = alliance.withVersion(alliance.getVersion() + 1);
        alliances.put(updated.getId(), updated);
        return updated;
    }

    @Override
    public void delete(AllianceId id, long expectedVersion) {
        throw new UnsupportedOperationException("AllianceService does not delete");
    }

    @Override
    public synchronized Optional<Alliance> findById(AllianceId id) {
        return Optional.ofNullable(alliances.get(id));
    }

    @Override
    public synchronized Optional<Alliance> findByNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        return alliances.values().stream()
                .filter(a -> a.getFederation().equals(federation) && a.getMunicipality().equals(municipality))
                .findFirst();
    }

    @Override
    public Page query(AllianceCriteria criteria, PageRequest page) {
        throw new UnsupportedOperationException("AllianceService does not query");
    }

    @Override
    public long count(AllianceCriteria criteria) {
        throw new UnsupportedOperationException("AllianceService does not count");
    }
}
