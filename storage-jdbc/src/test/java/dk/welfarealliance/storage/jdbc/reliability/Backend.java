package dk.welfarealliance.storage.jdbc.reliability;

import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Listeners;
import dk.welfarealliance.service.RetryPolicy;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import dk.welfarealliance.storage.memory.InMemoryAllianceStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One store under test, by name: the memory store, or the JDBC store on its own H2 database or PostgreSQL
 * schema (dropped by {@link #close()}).
 */
public record Backend(String name, AllianceStore store, Optional<TestDatabase> db) implements AutoCloseable {

    /** @return the memory store */
    public static Backend memory() {
        return new Backend("memory", new InMemoryAllianceStore(), Optional.empty());
    }

    /** @return the JDBC store on a new database of {@code dialect}; skips the test if PostgreSQL does not answer */
    public static Backend jdbc(Dialect dialect) {
        TestDatabase db = TestDatabase.open(dialect);
        return new Backend(db.toString(), JdbcAllianceStore.create(db.dataSource(), db.config().build()), Optional.of(db));
    }

    /**
     * @return a service over this store whose lifecycle makes ids from {@code seed} and reads a clock that moves
     *     1.001 ms per reading from 2026-03-01: two services made alike and given the same commands make the same
     *     alliances, to the microsecond
     */
    public AllianceService service(long seed, RetryPolicy retry) {
        return new AllianceService(new Lifecycle(ReferenceCatalogue.bundled(), new SteppingClock(),
                Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(seed)), store, retry, Listeners.none());
    }

    @Override
    public void close() {
        db.ifPresent(TestDatabase::close);
    }

    @Override
    public String toString() {
        return name;
    }

    /** A clock that moves on by 1,001 µs each time it is read. */
    static final class SteppingClock extends Clock {
        private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
        private final AtomicLong readings = new AtomicLong();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the stepping clock is in UTC");
        }

        @Override
        public Instant instant() {
            return START.plusNanos(readings.incrementAndGet() * 1_001_000L);
        }
    }
}
