package dk.welfarealliance.json;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import java.util.Optional;

/** A store that forwards every call: tests override one operation to inject a failure. */
class ForwardingStore implements AllianceStore {
    private final AllianceStore delegate;

    ForwardingStore(AllianceStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public Alliance insert(Alliance alliance) {
        return delegate.insert(alliance);
    }

    @Override
    public Alliance update(Alliance alliance) {
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
