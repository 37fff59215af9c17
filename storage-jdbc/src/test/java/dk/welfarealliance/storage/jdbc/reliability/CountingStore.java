package dk.welfarealliance.storage.jdbc.reliability;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.TransientStorageException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A store that passes every call on and counts the conflicts and transient failures it saw: what the service
 * had to retry (or gave up on).
 */
public final class CountingStore implements AllianceStore {
    private final AllianceStore delegate;
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong transients = new AtomicLong();
    private final AtomicLong updates = new AtomicLong();

    public CountingStore(AllianceStore delegate) {
        this.delegate = delegate;
    }

    /** @return optimistic-lock failures seen */
    public long conflicts() {
        return conflicts.get();
    }

    /** @return transient failures seen */
    public long transients() {
        return transients.get();
    }

    /** @return updates that succeeded */
    public long updates() {
        return updates.get();
    }

    private <T> T counted(Supplier<T> call) {
        try {
            return call.get();
        } catch (OptimisticLockException e) {
            conflicts.incrementAndGet();
            throw e;
        } catch (TransientStorageException e) {
            transients.incrementAndGet();
            throw e;
        }
    }

    @Override
    public Alliance insert(Alliance alliance) {
        return counted(() -> delegate.insert(alliance));
    }

    @Override
    public Alliance update(Alliance alliance) {
        Alliance stored = counted(() -> delegate.update(alliance));
        updates.incrementAndGet();
        return stored;
    }

    @Override
    public void delete(AllianceId id, long expectedVersion) {
        counted(() -> {
            delegate.delete(id, expectedVersion);
            return null;
        });
    }

    @Override
    public Optional<Alliance> findById(AllianceId id) {
        return counted(() -> delegate.findById(id));
    }

    @Override
    public Optional<Alliance> findByNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        return counted(() -> delegate.findByNaturalKey(federation, municipality));
    }

    @Override
    public Page query(AllianceCriteria criteria, PageRequest page) {
        return counted(() -> delegate.query(criteria, page));
    }

    @Override
    public long count(AllianceCriteria criteria) {
        return counted(() -> delegate.count(criteria));
    }
}
