package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Club;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.StorageException;
import dk.welfarealliance.storage.TransientStorageException;
import dk.welfarealliance.testing.CapturedOutput;
import dk.welfarealliance.testing.Fixtures;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The service's retry (RetryPolicy): which failures it retries, that each attempt applies the command to a fresh
 * read, how long it pauses, and what it does when it gives up. The pauses are recorded, never slept.
 */
class RetryTest {
    private final MapStore map = new MapStore();
    private final ScriptedStore store = new ScriptedStore(map);
    private final List<Duration> pauses = new ArrayList<>();
    private final RetryPolicy policy = RetryPolicy.defaults().withMaxAttempts(4)
            .withBackoff(Duration.ofMillis(10), Duration.ofMillis(25)).withJitter(0.5)
            .withSleeperAndRandom(pauses::add, () -> 0.5);
    private final AllianceService service = new AllianceService(Fixtures.lifecycle(7), store, policy, Listeners.none());
    private final AllianceId id = service.create(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR).getId();

    private Outcome putClub() {
        return service.execute(id, PutClub.of(Club.builder().name("Aarhus Fremad").build()), Fixtures.ACTOR);
    }

    private static TransientStorageException lostConnection(boolean outcomeUnknown) {
        return new TransientStorageException("update of alliance x failed (SQLState 08006)", null, outcomeUnknown);
    }

    @Test
    void transient_failures_are_retried_with_a_pause_before_each_attempt_until_one_succeeds() {
        store.failUpdates(lostConnection(false), lostConnection(false));

        Alliance after = putClub().getAlliance();

        assertThat(store.updates).isEqualTo(3);
        assertThat(after.getClubs()).extracting(Club::getName).containsExactly("Aarhus Fremad");
        assertThat(after.getVersion()).isEqualTo(2);
        // 10 ms then 20 ms, each with half of the jitter (0.5 · 0.5) taken off
        assertThat(pauses).containsExactly(Duration.ofNanos(7_500_000), Duration.ofNanos(15_000_000));
    }

    @Test
    void a_transient_failure_of_the_read_is_retried_too() {
        store.failReads(lostConnection(false));

        assertThat(putClub().getAlliance().getClubs()).hasSize(1);
        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void each_attempt_applies_the_command_to_the_alliance_as_stored_then() {
        // another writer adds a club between the first read and the first update
        store.beforeNextUpdate(() -> map.update(map.findById(id).orElseThrow().withClubs(
                Club.builder().id(Fixtures.lifecycle(99).ids().newClubId()).name("Lystrup IF").build())));

        Alliance after = putClub().getAlliance();

        assertThat(after.getClubs()).extracting(Club::getName).containsExactly("Lystrup IF", "Aarhus Fremad");
        assertThat(after.getVersion()).isEqualTo(3);
        assertThat(pauses).hasSize(1);
    }

    @Test
    void after_the_last_attempt_the_last_error_is_thrown_and_the_giving_up_is_logged() {
        TransientStorageException lastError = lostConnection(false);
        store.failUpdates(lostConnection(false), lostConnection(false), lostConnection(false),
                lastError);

        String log;
        try (CapturedOutput output = CapturedOutput.start()) {
            assertThatThrownBy(this::putClub).isSameAs(lastError);
            log = output.text();
        }

        assertThat(store.updates).isEqualTo(4);
        assertThat(pauses).hasSize(3);
        assertThat(map.findById(id).orElseThrow().getClubs()).isEmpty();
        assertThat(log).contains("WARN").contains("gave up on ALLIANCE_EDIT after 4 of 4 attempts")
                .contains("TransientStorageException").contains(id.toString());
    }

    @Test
    void optimistic_conflicts_exhaust_the_attempts_and_the_last_conflict_is_thrown() {
        map.interfereWithNextUpdates(4);

        assertThatThrownBy(this::putClub).isInstanceOf(OptimisticLockException.class);
        assertThat(store.updates).isEqualTo(4);
    }

    @Test
    void a_failure_that_is_not_transient_is_thrown_at_once_without_retrying() {
        StorageException broken = new StorageException("update of alliance x failed (SQLState 22001)");
        store.failUpdates(broken);

        assertThatThrownBy(this::putClub).isSameAs(broken);
        assertThat(store.updates).isEqualTo(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void a_write_whose_outcome_is_unknown_but_took_effect_is_not_applied_again() {
        store.commitThenFail(lostConnection(true));

        Alliance after = putClub().getAlliance();

        assertThat(after.getClubs()).extracting(Club::getName).containsExactly("Aarhus Fremad");
        assertThat(store.updates).isEqualTo(1);
        assertThat(map.findById(id)).contains(after);
    }

    @Test
    void a_write_whose_outcome_is_unknown_and_did_not_take_effect_is_applied_to_a_fresh_read() {
        store.failUpdates(lostConnection(true));

        Alliance after = putClub().getAlliance();

        assertThat(after.getClubs()).hasSize(1);
        assertThat(store.updates).isEqualTo(2);
    }

    @Test
    void an_interrupted_pause_gives_up_with_the_last_error_and_keeps_the_interrupt() {
        TransientStorageException error = lostConnection(false);
        store.failUpdates(error);
        AllianceService interrupted = new AllianceService(Fixtures.lifecycle(8), store,
                policy.withSleeperAndRandom(pause -> {
                    throw new InterruptedException();
                }, () -> 0.0), Listeners.none());
        try {
            assertThatThrownBy(() -> interrupted.execute(id, PutClub.of(Club.builder().name("B93").build()),
                    Fixtures.ACTOR)).isSameAs(error);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void pauses_grow_exponentially_up_to_the_cap_and_never_exceed_it_whatever_the_random_value() {
        SplittableRandom random = new SplittableRandom(42);
        RetryPolicy p = RetryPolicy.defaults().withMaxAttempts(30).withBackoff(Duration.ofMillis(10), Duration.ofSeconds(1))
                .withJitter(0.5).withSleeperAndRandom(pause -> { }, random::nextDouble);
        for (int attempt = 2; attempt <= 30; attempt++) {
            long exponential = Math.min(1_000_000_000L, 10_000_000L << Math.min(attempt - 2, 40));
            Duration pause = p.pauseBefore(attempt);
            assertThat(pause.toNanos()).as("attempt %d", attempt)
                    .isBetween(exponential / 2, exponential)
                    .isLessThanOrEqualTo(1_000_000_000L);
        }
    }

    @Test
    void jitter_spreads_the_pauses_of_writers_that_collided_at_the_same_attempt() {
        SplittableRandom random = new SplittableRandom(7);
        RetryPolicy p = RetryPolicy.defaults().withJitter(1.0).withSleeperAndRandom(pause -> { }, random::nextDouble);
        List<Duration> pausesOfEightWriters = new ArrayList<>();
        for (int writer = 0; writer < 8; writer++) {
            pausesOfEightWriters.add(p.pauseBefore(3));
        }
        assertThat(pausesOfEightWriters).doesNotHaveDuplicates()
                .allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(20)));
        assertThat(RetryPolicy.defaults().withJitter(0).withSleeperAndRandom(pause -> { }, () -> 0.99).pauseBefore(3))
                .isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void the_defaults_are_five_attempts_from_10_ms_to_1_s_with_half_jitter() {
        RetryPolicy d = RetryPolicy.defaults();
        assertThat(d.maxAttempts()).isEqualTo(5).isEqualTo(AllianceService.DEFAULT_ATTEMPTS);
        assertThat(d.baseBackoff()).isEqualTo(Duration.ofMillis(10));
        assertThat(d.maxBackoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.jitter()).isEqualTo(0.5);
        assertThat(RetryPolicy.noRetry().maxAttempts()).isEqualTo(1);
    }

    @Test
    void a_policy_out_of_range_is_refused_when_built() {
        RetryPolicy d = RetryPolicy.defaults();
        assertThatThrownBy(() -> d.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> d.withBackoff(Duration.ofMillis(-1), Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseBackoff");
        assertThatThrownBy(() -> d.withBackoff(Duration.ofMillis(10), Duration.ofMillis(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> d.withJitter(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jitter");
        assertThatThrownBy(() -> d.withJitter(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.pauseBefore(1)).isInstanceOf(IllegalArgumentException.class);
        dk.welfarealliance.testing.Rejected.with(() -> d.withBackoff(null, Duration.ZERO), "RetryPolicy", "baseBackoff",
                "value.null");
    }

    /** A store over a {@link MapStore} that fails reads and updates as scripted, counting both. */
    private static final class ScriptedStore implements AllianceStore {
        private final MapStore delegate;
        private final Deque<StorageException> updateFailures = new ArrayDeque<>();
        private final Deque<StorageException> readFailures = new ArrayDeque<>();
        private Runnable beforeNextUpdate = () -> { };
        private StorageException afterCommit;
        int updates;
        int reads;

        ScriptedStore(MapStore delegate) {
            this.delegate = delegate;
        }

        void failUpdates(StorageException... failures) {
            updateFailures.addAll(List.of(failures));
        }

        void failReads(StorageException... failures) {
            readFailures.addAll(List.of(failures));
        }

        void beforeNextUpdate(Runnable interference) {
            beforeNextUpdate = interference;
        }

        /** The next update is stored, and then reported as failed with {@code e}, as a lost commit reply is. */
        void commitThenFail(StorageException e) {
            afterCommit = e;
        }

        @Override
        public Alliance insert(Alliance alliance) {
            return delegate.insert(alliance);
        }

        @Override
        public Alliance update(Alliance alliance) {
            updates++;
            Runnable interference = beforeNextUpdate;
            beforeNextUpdate = () -> { };
            interference.run();
            if (!updateFailures.isEmpty()) {
                throw updateFailures.removeFirst();
            }
            Alliance stored = delegate.update(alliance);
            if (afterCommit != null) {
                StorageException e = afterCommit;
                afterCommit = null;
                throw e;
            }
            return stored;
        }

        @Override
        public void delete(AllianceId id, long expectedVersion) {
            delegate.delete(id, expectedVersion);
        }

        @Override
        public Optional<Alliance> findById(AllianceId id) {
            reads++;
            if (!readFailures.isEmpty()) {
                throw readFailures.removeFirst();
            }
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
}
