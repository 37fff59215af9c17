package dk.welfarealliance.storage.memory.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.SortPosition;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;

/**
 * The alliances of the in-memory store and their indexes: the primary map, the natural-key index and one
 * sorted view per {@link AllianceSort}, all concurrent maps of immutable values. Readers never lock: a lookup is
 * one map read, and a page walks a sorted view, which returns every entry present throughout the walk exactly
 * once. Writers must hold the store's lock, which makes a write's checks and changes atomic towards other
 * writers. A write costs O(log n), whatever the number stored.
 */
public final class Indexes {
    /** The natural key (federation, municipality). */
    record NaturalKey(FederationCode federation, MunicipalityCode municipality) {
        static NaturalKey of(Alliance alliance) {
            return new NaturalKey(alliance.getFederation(), alliance.getMunicipality());
        }
    }

    private final Map<AllianceId, Alliance> byId = new ConcurrentHashMap<>();
    private final Map<NaturalKey, AllianceId> byNaturalKey = new ConcurrentHashMap<>();
    private final Map<AllianceSort, NavigableMap<SortPosition, Alliance>> sorted = new EnumMap<>(AllianceSort.class);

    public Indexes() {
        for (AllianceSort sort : AllianceSort.values()) {
            sorted.put(sort, new ConcurrentSkipListMap<>(SortPosition.order(sort)));
        }
    }

    /** @return the alliance with {@code id}, or null: the store's fast path, one map read */
    public @Nullable Alliance get(AllianceId id) {
        return byId.get(id);
    }

    public Optional<Alliance> byNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        return Optional.ofNullable(byNaturalKey.get(new NaturalKey(federation, municipality))).map(byId::get);
    }

    /** @return whether an alliance with {@code alliance}'s natural key is stored */
    public boolean hasNaturalKeyOf(Alliance alliance) {
        return byNaturalKey.containsKey(NaturalKey.of(alliance));
    }

    /** @return all stored alliances, in no particular order, as a live view */
    public Collection<Alliance> all() {
        return byId.values();
    }

    /** @return the view sorted by {@code sort}, tie-breaker included, as a live view */
    NavigableMap<SortPosition, Alliance> sortedBy(AllianceSort sort) {
        // the constructor puts a view for every sort
        return Objects.requireNonNull(sorted.get(sort));
    }

    /**
     * Stores {@code stored}, adding it or replacing the alliance with the same id. A changed sort key is put in
     * place before the old one is removed, so a reader walking a view meets the alliance at its old position, its
     * new one, or both, never at neither. Callers hold the store's lock.
     */
    public void put(Alliance stored) {
        Alliance previous = byId.get(stored.getId());
        byId.put(stored.getId(), stored);
        byNaturalKey.put(NaturalKey.of(stored), stored.getId());
        SortPosition key = SortPosition.of(stored);
        Optional<SortPosition> old = Optional.ofNullable(previous).map(SortPosition::of);
        sorted.forEach((sort, view) -> {
            view.put(key, stored);
            // Each view orders by its own keys: only where they differ is the old position a separate entry.
            if (old.isPresent() && SortPosition.order(sort).compare(old.get(), key) != 0) {
                view.remove(old.get());
            }
        });
    }

    /** Removes {@code stored} from every index. Callers hold the store's lock. */
    public void remove(Alliance stored) {
        byId.remove(stored.getId());
        byNaturalKey.remove(NaturalKey.of(stored));
        SortPosition key = SortPosition.of(stored);
        sorted.values().forEach(view -> view.remove(key));
    }

    /** Removes every alliance. Callers hold the store's lock. */
    public void clear() {
        byId.clear();
        byNaturalKey.clear();
        sorted.values().forEach(Map::clear);
    }
}
