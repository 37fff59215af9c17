package dk.welfarealliance.report;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A map store for report tests in core (core cannot depend on a storage module): version checks like the service
 * tests' map store, and queries answered by the criteria's reference semantics ({@link AllianceCriteria#matches})
 * in the requested sort, through keyset cursors. It records the criteria of every query, so tests can see how far
 * a report narrowed what it read.
 */
final class QueriedMapStore implements AllianceStore {
    private final Map<AllianceId, Alliance> alliances = new HashMap<>();
    private final List<AllianceCriteria> queried = new ArrayList<>();

    /** @return the criteria of the queries asked so far, in order */
    synchronized List<AllianceCriteria> queried() {
        return List.copyOf(queried);
    }

    @Override
    public synchronized Alliance insert(Alliance alliance) {
        Alliance stored = alliance.withVersion(1);
        alliances.put(alliance.getId(), stored);
        return stored;
    }

    @Override
    public synchronized Alliance update(Alliance alliance) {
        Alliance stored = alliances.get(alliance.getId());
        if (stored == null || stored.getVersion() != alliance.getVersion()) {
            throw new OptimisticLockException(alliance.getId(), alliance.getVersion(),
                    stored == null ? OptionalLong.empty() : OptionalLong.of(stored.getVersion()));
        }
        Alliance updated = alliance.withVersion(alliance.getVersion() + 1);
        alliances.put(updated.getId(), updated);
        return updated;
    }

    @Override
    public synchronized void delete(AllianceId id, long expectedVersion) {
        alliances.remove(id);
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
