package dk.welfarealliance.storage.memory.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceSort;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One committed state of the in-memory store: the primary map, the natural-key index and one sorted view per
 * {@link AllianceSort}. Immutable once built; a write builds the next snapshot from this one (copy on write),
 * so a reader holding a snapshot always sees one consistent state.
 */
public final class Snapshot {
    /** The natural key (federation, municipality). */
    record NaturalKey(FederationCode federation, MunicipalityCode municipality) {
        static NaturalKey of(Alliance alliance) {
            return new NaturalKey(alliance.getFederation(), alliance.getMunicipality());
        }
    }

    private static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), emptyViews());

    private final Map<AllianceId, Alliance> byId;
    private final Map<NaturalKey, AllianceId> byNaturalKey;
    private final Map<AllianceSort, NavigableMap<SortKey, Alliance>> sorted;

    private Snapshot(Map<AllianceId, Alliance> byId, Map<NaturalKey, AllianceId> byNaturalKey,
            Map<AllianceSort, NavigableMap<SortKey, Alliance>> sorted) {
        this.byId = byId;
        this.byNaturalKey = byNaturalKey;
        this.sorted = sorted;
    }

    /** @return the snapshot of an empty store */
    public static Snapshot empty() {
        return EMPTY;
    }

    public Optional<Alliance> byId(AllianceId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Alliance> byNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        return Optional.ofNullable(byNaturalKey.get(new NaturalKey(federation, municipality))).map(byId::get);
    }

    /** @return whether an alliance with {@code alliance}'s natural key is stored */
    public boolean hasNaturalKeyOf(Alliance alliance) {
        return byNaturalKey.containsKey(NaturalKey.of(alliance));
    }

    /** @return all stored alliances, in no particular order */
    public Iterable<Alliance> all() {
        return byId.values();
    }

    /** @return the view sorted by {@code sort}, tie-breaker included */
    NavigableMap<SortKey, Alliance> sortedBy(AllianceSort sort) {
        return sorted.get(sort);
    }

    /** @return this snapshot with {@code stored} added, or replacing the alliance with the same id */
    public Snapshot with(Alliance stored) {
        Alliance previous = byId.get(stored.getId());
        Map<AllianceId, Alliance> ids = new HashMap<>(byId);
        Map<NaturalKey, AllianceId> keys = new HashMap<>(byNaturalKey);
        Map<AllianceSort, NavigableMap<SortKey, Alliance>> views = copyViews();
        if (previous != null) {
            removeFrom(ids, keys, views, previous);
        }
        ids.put(stored.getId(), stored);
        keys.put(NaturalKey.of(stored), stored.getId());
        views.values().forEach(view -> view.put(SortKey.of(stored), stored));
        return new Snapshot(Collections.unmodifiableMap(ids), Collections.unmodifiableMap(keys), freeze(views));
    }

    /** @return this snapshot without {@code stored} */
    public Snapshot without(Alliance stored) {
        Map<AllianceId, Alliance> ids = new HashMap<>(byId);
        Map<NaturalKey, AllianceId> keys = new HashMap<>(byNaturalKey);
        Map<AllianceSort, NavigableMap<SortKey, Alliance>> views = copyViews();
        removeFrom(ids, keys, views, stored);
        return new Snapshot(Collections.unmodifiableMap(ids), Collections.unmodifiableMap(keys), freeze(views));
    }

    private static void removeFrom(Map<AllianceId, Alliance> ids, Map<NaturalKey, AllianceId> keys,
            Map<AllianceSort, NavigableMap<SortKey, Alliance>> views, Alliance stored) {
        ids.remove(stored.getId());
        keys.remove(NaturalKey.of(stored));
        views.values().forEach(view -> view.remove(SortKey.of(stored)));
    }

    private Map<AllianceSort, NavigableMap<SortKey, Alliance>> copyViews() {
        Map<AllianceSort, NavigableMap<SortKey, Alliance>> copy = new EnumMap<>(AllianceSort.class);
        sorted.forEach((sort, view) -> copy.put(sort, new TreeMap<>(view)));
        return copy;
    }

    private static Map<AllianceSort, NavigableMap<SortKey, Alliance>> emptyViews() {
        Map<AllianceSort, NavigableMap<SortKey, Alliance>> views = new EnumMap<>(AllianceSort.class);
        for (AllianceSort sort : AllianceSort.values()) {
            views.put(sort, new TreeMap<>(SortKey.comparator(sort)));
        }
        return freeze(views);
    }

    private static Map<AllianceSort, NavigableMap<SortKey, Alliance>> freeze(
            Map<AllianceSort, NavigableMap<SortKey, Alliance>> views) {
        Map<AllianceSort, NavigableMap<SortKey, Alliance>> frozen = new EnumMap<>(AllianceSort.class);
        views.forEach((sort, view) -> frozen.put(sort, Collections.unmodifiableNavigableMap(view)));
        return Collections.unmodifiableMap(frozen);
    }
}
