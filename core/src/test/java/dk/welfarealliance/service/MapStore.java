package dk.welfarealliance.service;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.StorageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A minimal store for testing {@link AllianceService} and the reports in core (core cannot depend on a storage
 * module): a map with version checks, which can let another writer update an alliance just before the next
 * updates, or fail every write. Queries follow the SPI's reference semantics ({@link AllianceCriteria#matches},
 * the sort's comparator, the cursor's position) and are remembered, so that a test can see which criteria a
 * caller asked for.
 */
public final class MapStore implements AllianceStore {
    private final Map<AllianceId, Alliance> alliances = new HashMap<>();
    private final List<AllianceCriteria> queried = new ArrayList<>();
    private int concurrentWritesBeforeUpdate;
    private StorageException failure;
    int updates;

    /** @return the criteria of every query so far, in order (one entry per page read) */
    public synchronized List<AllianceCriteria> queried() {
        return List.copyOf(queried);
    }

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
    public synchronized Page query(AllianceCriteria criteria, PageRequest page) {
        queried.add(criteria);
        Optional<Cursor> after = page.afterFor(criteria);
        List<Alliance> matching = alliances.values().stream()
                .filter(criteria::matches)
                .filter(a -> after.map(c -> c.precedes(a)).orElse(true))
                .sorted(page.getSort().comparator())
                .toList();
        List<Alliance> items = matching.subList(0, Math.min(page.getSize(), matching.size()));
        Optional<Cursor> next = matching.size() > items.size()
                ? Optional.of(Cursor.after(items.get(items.size() - 1), criteria, page.getSort()))
                : Optional.empty();
        return Page.of(items, next);
    }

    @Override
    public synchronized long count(AllianceCriteria criteria) {
        return alliances.values().stream().filter(criteria::matches).count();
    }
}
