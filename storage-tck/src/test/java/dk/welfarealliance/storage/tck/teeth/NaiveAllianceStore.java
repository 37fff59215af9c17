package dk.welfarealliance.storage.tck.teeth;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.StoreContract;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small, deliberately naive store for the TCK's own tests: immutable values in a map guarded by one lock, a
 * natural-key index that holds the rows, and its own filtering and ordering ({@link NaiveQuery}). Without
 * faults it keeps the whole contract; each {@link Fault} breaks one rule. Not the memory store.
 */
final class NaiveAllianceStore implements AllianceStore {
    private record NaturalKey(FederationCode federation, MunicipalityCode municipality) {}

    private final Set<Fault> faults;
    private final NaiveQuery query;
    private final Map<AllianceId, Alliance> rows = new LinkedHashMap<>();
    private final Map<NaturalKey, Alliance> byNaturalKey = new HashMap<>();
    /** Only with {@link Fault#OFFSET_PAGING}: the offset each cursor handed out continues at. */
    private final Map<String, Integer> offsets = new ConcurrentHashMap<>();

    NaiveAllianceStore(Set<Fault> faults) {
        this.faults = faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults);
        this.query = new NaiveQuery(this.faults);
    }

    synchronized void clear() {
        rows.clear();
        byNaturalKey.clear();
    }

    @Override
    public Alliance insert(Alliance alliance) {
        StoreContract.checkInsert(alliance);
        Alliance stored = written(alliance.withVersion(1));
        if (faults.contains(Fault.NATURAL_KEY_RACE)) {
            synchronized (this) {
                checkUnique(alliance);
            }
            widenTheWindow();
            synchronized (this) {
                if (rows.containsKey(alliance.getId())) {
                    throw new DuplicateAllianceException(alliance.getId(), DuplicateAllianceException.Key.ID, null);
                }
                put(stored);
            }
            return stored;
        }
        synchronized (this) {
            checkUnique(alliance);
            put(stored);
        }
        return stored;
    }

    @Override
    public Alliance update(Alliance alliance) {
        StoreContract.checkUpdate(alliance);
        long version = faults.contains(Fault.UPDATE_KEEPS_VERSION) ? alliance.getVersion() : alliance.getVersion() + 1;
        Alliance stored = written(alliance.withVersion(version));
        synchronized (this) {
            Alliance current = rows.get(alliance.getId());
            if (current == null) {
                throw new OptimisticLockException(alliance.getId(), alliance.getVersion(), OptionalLong.empty());
            }
            if (current.getVersion() != alliance.getVersion()) {
                throw new OptimisticLockException(alliance.getId(), alliance.getVersion(),
                        OptionalLong.of(current.getVersion()));
            }
            StoreContract.checkUpdateAgainst(current, alliance);
            if (!faults.contains(Fault.TORN_UPDATE)) {
                put(stored);
                return stored;
            }
            put(Alliance.builder().from(current).clubs(stored.getClubs()).build());
        }
        widenTheWindow();
        synchronized (this) {
            put(stored);
        }
        return stored;
    }

    @Override
    public synchronized void delete(AllianceId id, long expectedVersion) {
        StoreContract.checkDelete(id, expectedVersion);
        Alliance current = rows.get(id);
        if (current == null || current.getVersion() != expectedVersion) {
            throw new OptimisticLockException(id, expectedVersion,
                    current == null ? OptionalLong.empty() : OptionalLong.of(current.getVersion()));
        }
        rows.remove(id);
        if (!faults.contains(Fault.STALE_INDEX_AFTER_DELETE)) {
            byNaturalKey.remove(key(current));
        }
    }

    @Override
    public synchronized Optional<Alliance> findById(AllianceId id) {
        StoreContract.requireArgument(id, "id");
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<Alliance> findByNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        StoreContract.requireArgument(federation, "federation");
        StoreContract.requireArgument(municipality, "municipality");
        return Optional.ofNullable(byNaturalKey.get(new NaturalKey(federation, municipality)));
    }

    @Override
    public Page query(AllianceCriteria criteria, PageRequest page) {
        StoreContract.requireArgument(criteria, "criteria");
        StoreContract.requireArgument(page, "page");
        Optional<Cursor> after = page.afterFor(criteria);
        boolean byOffset = faults.contains(Fault.OFFSET_PAGING);
        List<Alliance> matching = new ArrayList<>(snapshot().stream()
                .filter(a -> query.matches(criteria, a))
                .filter(a -> byOffset || after.map(c -> query.isAfter(c, a)).orElse(true))
                .toList());
        matching.sort((a, b) -> query.compare(page.getSort(), a, b));
        int from = byOffset ? Math.min(matching.size(), after.map(c -> offsets.getOrDefault(c.token(), 0)).orElse(0)) : 0;
        int to = Math.min(from + page.getSize(), matching.size());
        List<Alliance> items = matching.subList(from, to);
        if (to == matching.size()) {
            return Page.of(items, Optional.empty());
        }
        Cursor next = Cursor.after(items.get(items.size() - 1), criteria, page.getSort());
        if (byOffset) {
            offsets.put(next.token(), to);
        }
        return Page.of(items, Optional.of(next));
    }

    @Override
    public long count(AllianceCriteria criteria) {
        StoreContract.requireArgument(criteria, "criteria");
        return snapshot().stream().filter(a -> query.matches(criteria, a)).count();
    }

    private synchronized List<Alliance> snapshot() {
        return new ArrayList<>(rows.values());
    }

    private void checkUnique(Alliance alliance) {
        if (rows.containsKey(alliance.getId())) {
            throw new DuplicateAllianceException(alliance.getId(), DuplicateAllianceException.Key.ID, null);
        }
        if (byNaturalKey.containsKey(key(alliance))) {
            throw new DuplicateAllianceException(alliance.getId(), DuplicateAllianceException.Key.NATURAL_KEY, null);
        }
    }

    private void put(Alliance stored) {
        rows.put(stored.getId(), stored);
        byNaturalKey.put(key(stored), stored);
    }

    private static NaturalKey key(Alliance alliance) {
        return new NaturalKey(alliance.getFederation(), alliance.getMunicipality());
    }

    /** What a faulty storage layer makes of a value on its way in. */
    private Alliance written(Alliance alliance) {
        Alliance a = alliance;
        if (faults.contains(Fault.MILLISECOND_INSTANTS)) {
            List<HistoryEntry> history = a.getHistory().stream().map(e -> e.withAt(e.getAt().truncatedTo(ChronoUnit.MILLIS))).toList();
            a = a.withLastModified(a.getLastModified().truncatedTo(ChronoUnit.MILLIS)).withHistory(history);
        }
        if (faults.contains(Fault.CHILD_ORDER_LOST)) {
            a = sortedById(a);
        }
        if (faults.contains(Fault.DROPS_NOTES)) {
            a = a.withAgreements(a.getAgreements().stream().map(g -> g.withNotes(List.of())).toList());
        }
        if (faults.contains(Fault.DROPS_OPEN_ENDED)) {
            a = a.withAgreements(a.getAgreements().stream().map(g -> g.withPeriod(g.getPeriod().map(
                    p -> p.isOpenEnded() ? AgreementPeriod.endNotRecorded(p.getStart()) : p))).toList());
        }
        if (faults.contains(Fault.DROPS_DATE_PRECISION)) {
            a = PartialDatesAsDays.of(a);
        }
        return a;
    }

    /** Every child list in id order, as rows read back without {@code ORDER BY position}. */
    private static Alliance sortedById(Alliance a) {
        List<Agreement> agreements = new ArrayList<>();
        for (Agreement g : a.getAgreements()) {
            List<Initiative> initiatives = new ArrayList<>();
            for (Initiative i : g.getInitiatives()) {
                initiatives.add(i.withGoals(byId(i.getGoals(), x -> x.getId().value())));
            }
            agreements.add(Agreement.builder().from(g)
                    .initiatives(byId(initiatives, x -> x.getId().value()))
                    .signatories(byId(g.getSignatories(), x -> x.getId().value()))
                    .eliteCommitments(byId(g.getEliteCommitments(), x -> x.getId().value()))
                    .eliteEvents(byId(g.getEliteEvents(), x -> x.getId().value()))
                    .payments(byId(g.getPayments(), x -> x.getId().value()))
                    .evaluations(byId(g.getEvaluations(), x -> x.getId().value()))
                    .measurements(byId(g.getMeasurements(), x -> x.getId().value()))
                    .build());
        }
        return Alliance.builder().from(a).agreements(byId(agreements, x -> x.getId().value()))
                .clubs(byId(a.getClubs(), x -> x.getId().value()))
                .partners(byId(a.getPartners(), x -> x.getId().value()))
                .contacts(byId(a.getContacts(), x -> x.getId().value()))
                .build();
    }

    private static <T> List<T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().sorted(Comparator.comparing(id)).toList();
    }

    /** Sleeps between two steps that should be one, so that a race between them shows even on two cores. */
    private static void widenTheWindow() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
