package dk.welfarealliance.storage.jdbc.reliability;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import java.util.Optional;

/** A store that runs another writer's change once, just before the next update: a conflict on demand. */
final class InterferingStore implements AllianceStore {
    private final AllianceStore delegate;
    private Runnable next;

    InterferingStore(AllianceStore delegate) {
        this.delegate = delegate;
    }

    /** Runs {@code interference} just before the next update reaches the store. */
    synchronized void beforeNextUpdate(Runnable interference) {
        next = interference;
    }

    @Override
    public Alliance insert(Alliance alliance) {
        return delegate.insert(alliance);
    }

    @Override
    public Alliance update(Alliance alliance) {
        Runnable interference;
        synchronized (this) {
            interference = next;
            next = null;
        }
        if (interference != null) {
            interference.run();
        }
        return delegate.update(alliance);
    }

    @Override
    public void delete(AllianceId id, long expectedVersion) {
        delegate.delete(id, expectedVersion);
    }

    @Override
    public Optional<Alliance> findById(AllianceId id) {
        return delegate.findById(id);
    }

    @Override
    public Optional<Alliance> findByNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        return delegate.findByNaturalKey(federation, municipality);
    }

    @Override
    public Page query(AllianceCriteria criteria, PageRequest page) {
        return delegate.query(criteria, page);
    }

    @Override
    public long count(AllianceCriteria criteria) {
        return delegate.count(criteria);
    }
}
