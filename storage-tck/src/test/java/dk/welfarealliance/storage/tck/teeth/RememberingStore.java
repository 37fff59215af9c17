package dk.welfarealliance.storage.tck.teeth;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A store that remembers each alliance it wrote, as given, and answers a read of the same version from memory
 * instead of from its {@link #storage()}: the shape of a backend with a cache (the JDBC store skips reading the
 * child rows of an alliance it knows). Whatever the storage loses on the way in, reads through this store never
 * show; only a second store over the same storage does.
 */
final class RememberingStore implements AllianceStore {
    private final NaiveAllianceStore storage;
    private final Map<AllianceId, Alliance> remembered = new ConcurrentHashMap<>();

    RememberingStore(NaiveAllianceStore storage) {
        this.storage = storage;
    }

    /** @return the storage underneath, read without what this store remembers */
    NaiveAllianceStore storage() {
        return storage;
    }

    void clear() {
        remembered.clear();
        storage.clear();
    }

    @Override
    public Alliance insert(Alliance alliance) {
        return remember(alliance, storage.insert(alliance));
    }

    @Override
    public Alliance update(Alliance alliance) {
        return remember(alliance, storage.update(alliance));
    }

    @Override
    public void delete(AllianceId id, long expectedVersion) {
        storage.delete(id, expectedVersion);
        remembered.remove(id);
    }

    @Override
    public Optional<Alliance> findById(AllianceId id) {
        return storage.findById(id).map(this::known);
    }

    @Override
    public Optional<Alliance> findByNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        return storage.findByNaturalKey(federation, municipality).map(this::known);
    }

    @Override
    public Page query(AllianceCriteria criteria, PageRequest page) {
        Page read = storage.query(criteria, page);
        return Page.of(read.getItems().stream().map(this::known).toList(), read.getNext());
    }

    @Override
    public long count(AllianceCriteria criteria) {
        return storage.count(criteria);
    }

    private Alliance remember(Alliance given, Alliance stored) {
        Alliance known = given.withVersion(stored.getVersion());
        remembered.put(known.getId(), known);
        return known;
    }

    /** @return the remembered alliance if it is the version read, else what was read */
    private Alliance known(Alliance read) {
        Alliance known = remembered.get(read.getId());
        return known != null && known.getVersion() == read.getVersion() ? known : read;
    }
}
