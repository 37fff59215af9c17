package dk.welfarealliance.storage.tck;

import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The contract of the storage SPI ({@link AllianceStore}, docs/storage-contract.md) as tests. A backend proves
 * that it keeps the contract by extending this class in its own tests (with {@code welfare-alliance-storage-tck} as a
 * test-scoped dependency) and implementing the factory and the reset hook:
 *
 * <pre>{@code
 * class JdbcAllianceStoreContractTest extends AllianceStoreContract {
 *     protected AllianceStore createStore() { return JdbcAllianceStore.create(dataSource); }
 *     protected void resetStore(AllianceStore store) { truncateTables(dataSource); }
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> Before every contract case the TCK calls {@link #createStore()}, then
 * {@link #resetStore(AllianceStore)} with that store, then checks that the store is empty. Property cases call
 * the reset hook again before each example. After the case, a store that is {@link AutoCloseable} is closed.
 * A backend that keeps stored data in memory besides its storage (a cache) also overrides
 * {@link #secondStore(AllianceStore)}, so that the round-trip cases read from the storage, not from the cache.
 * A store may share expensive resources (a connection pool, a database started once per class) as long as
 * every case starts empty. Stores must be thread-safe: the race cases call one store from many threads.
 *
 * <p><b>Reading a failure.</b> Each case is a method of a group named for the part of the contract it checks
 * ({@link Inserting}, {@link Updating}, {@link Deleting}, {@link Finding}, {@link Arguments}, {@link Querying},
 * {@link CombiningCriteria}, {@link Searching}, {@link Sorting}, {@link Paging}, {@link Fidelity},
 * {@link Concurrency}, {@link Isolation}, {@link Patterns}, {@link Reporting}); the method name is the rule broken, as a sentence. Every failure
 * message leads with the cause in one line ({@code [Group] case: which alliance, the first differing field, expected
 * and found}), then the case's seed and the property that replays it ({@code seed 42 (replay with
 * -Dwa.tck.seed=42)}), then the file of the full report; it stays within {@link TckSettings#FAILURE_MESSAGE_LIMIT}
 * characters ({@link TckSettings}).
 *
 * <p><b>One case at a time.</b> The cases run one after another on one thread, even where JUnit's parallel
 * execution is switched on: they share the backend's resources through the reset hook, and one case sets the
 * JVM's default locale while it runs. The race cases start their own threads.
 *
 * <p><b>Nothing is skipped silently.</b> The contract has {@link #DECLARED_CASES} cases. When a whole run
 * executes fewer (a case aborted by an assumption, disabled by a condition, or never reported), the run fails
 * after the last case. A run of some groups or cases only, as an IDE does, is not checked; see
 * {@link TckSettings#REQUIRE_ALL_CASES}.
 *
 * @since 0.1.0
 */
@ExtendWith({DeclaredCaseCount.class, CaseSettings.class})
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.SAME_THREAD)
public abstract class AllianceStoreContract {
    /** The number of contract cases; a whole run that executes fewer fails. */
    public static final int DECLARED_CASES = 82;

    /**
     * Makes the store under test. Called before every contract case.
     *
     * @return a thread-safe store; it may be new or share resources with earlier ones
     */
    protected abstract AllianceStore createStore();

    /**
     * Removes every alliance from {@code store}, so that the next case or example starts empty. Called after
     * {@link #createStore()} before every case, and again on the same store before every example of a property
     * case, so even a backend whose new stores start empty must implement it (e.g. by deleting every alliance
     * it holds). The TCK checks that the store is empty afterwards.
     *
     * @param store a store made by {@link #createStore()}
     */
    protected abstract void resetStore(AllianceStore store);

    /**
     * Opens a second store over the data that {@code store} holds. The round-trip cases read every alliance they
     * write back through {@code store} and through this second store, so that what a store object keeps in memory
     * (a cache of the alliances it last wrote or read, say) cannot stand in for what it stored. Called at most once
     * per case, after {@link #createStore()} and the reset; the second store is closed after the case if it is
     * {@link AutoCloseable} and not {@code store} itself.
     *
     * <p>The default returns {@code store} itself, which is right for a backend whose store object is its storage
     * (as the in-memory store is) or that keeps nothing of the stored data in memory. A backend that caches must
     * override it and return a new store over the same storage, starting with nothing cached: the JDBC store's own
     * contract test returns a second {@code JdbcAllianceStore} over the same database.
     *
     * @param store the store under test of the case, made by {@link #createStore()}
     * @return a store that reads the data of {@code store}, not what {@code store} remembers
     * @since 0.1.0
     */
    protected AllianceStore secondStore(AllianceStore store) {
        return store;
    }

    /** @return a new store, reset and checked to be empty */
    final AllianceStore openStore() {
        AllianceStore store = createStore();
        if (store == null) {
            throw new AssertionError(getClass().getName() + ".createStore() returned null");
        }
        resetEmpty(store);
        return store;
    }

    /** Resets {@code store} through the hook and checks that it is empty. */
    final void resetEmpty(AllianceStore store) {
        resetStore(store);
        long left = store.count(AllianceCriteria.all());
        if (left != 0) {
            throw new AssertionError(getClass().getName() + ".resetStore(store) left " + left
                    + " alliances: it must remove every alliance so that each case starts empty");
        }
    }

    /** Inserts: versions, duplicates of the id and of the natural key (docs/storage-contract.md). */
    @Nested
    @Order(1)
    class Inserting extends InsertingCases {
        Inserting() {
            super(AllianceStoreContract.this);
        }
    }

    /** Updates: the version bump, stale versions, missing rows, append-only history (docs/storage-contract.md). */
    @Nested
    @Order(2)
    class Updating extends UpdatingCases {
        Updating() {
            super(AllianceStoreContract.this);
        }
    }

    /** Deletes: every trace removed, stale versions, missing rows (docs/storage-contract.md). */
    @Nested
    @Order(3)
    class Deleting extends DeletingCases {
        Deleting() {
            super(AllianceStoreContract.this);
        }
    }

    /** Finders by id and by natural key (docs/storage-contract.md). */
    @Nested
    @Order(4)
    class Finding extends FindingCases {
        Finding() {
            super(AllianceStoreContract.this);
        }
    }

    /** Argument checks that do not depend on stored data: nulls, versions, page sizes (docs/storage-contract.md). */
    @Nested
    @Order(5)
    class Arguments extends ArgumentsCases {
        Arguments() {
            super(AllianceStoreContract.this);
        }
    }

    /** Each query criterion alone on the fixed example data set, boundaries included (docs/storage-contract.md). */
    @Nested
    @Order(6)
    class Querying extends QueryingCases {
        Querying() {
            super(AllianceStoreContract.this);
        }
    }

    /** Criteria together: the same-agreement rule, combinations, random criteria against the reference. */
    @Nested
    @Order(7)
    class CombiningCriteria extends CombiningCriteriaCases {
        CombiningCriteria() {
            super(AllianceStoreContract.this);
        }
    }

    /** Title search: case, accents, normalisation, literal metacharacters, locale (docs/storage-contract.md). */
    @Nested
    @Order(8)
    class Searching extends SearchingCases {
        Searching() {
            super(AllianceStoreContract.this);
        }
    }

    /** Sort orders and the unsigned id order of the tie-breaker (docs/model.md, docs/storage-contract.md). */
    @Nested
    @Order(9)
    class Sorting extends SortingCases {
        Sorting() {
            super(AllianceStoreContract.this);
        }
    }

    /** Keyset paging: complete and ordered pages, cursors bound to their query, page sizes (docs/storage-contract.md). */
    @Nested
    @Order(10)
    class Paging extends PagingCases {
        Paging() {
            super(AllianceStoreContract.this);
        }
    }

    /** What is read equals what was written: text, instants, dates, numbers, child order (docs/model.md). */
    @Nested
    @Order(11)
    class Fidelity extends FidelityCases {
        Fidelity() {
            super(AllianceStoreContract.this);
        }
    }

    /** Writers racing: unique keys, optimistic locking, read-modify-write with retry (docs/storage-contract.md). */
    @Nested
    @Order(12)
    class Concurrency extends ConcurrencyCases {
        Concurrency() {
            super(AllianceStoreContract.this);
        }
    }

    /** Alliances entered through the lifecycle as sources document them, read back equal and queried apart. */
    @Nested
    @Order(14)
    class Patterns extends PatternsCases {
        Patterns() {
            super(AllianceStoreContract.this);
        }
    }

    /** The portfolio reports over the store: the same figures on every backend, worked out by hand. */
    @Nested
    @Order(15)
    class Reporting extends ReportingCases {
        Reporting() {
            super(AllianceStoreContract.this);
        }
    }

    /** What readers see while others write: whole versions, the paging guarantee (docs/storage-contract.md). */
    @Nested
    @Order(13)
    class Isolation extends IsolationCases {
        Isolation() {
            super(AllianceStoreContract.this);
        }
    }
}
