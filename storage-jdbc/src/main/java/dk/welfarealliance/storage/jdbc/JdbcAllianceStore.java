package dk.welfarealliance.storage.jdbc;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.SchemaException;
import dk.welfarealliance.storage.StorageException;
import dk.welfarealliance.storage.StoreContract;
import dk.welfarealliance.storage.StoredDataInvalidException;
import dk.welfarealliance.storage.TransientStorageException;
import dk.welfarealliance.storage.jdbc.internal.AllianceOperations;
import dk.welfarealliance.storage.jdbc.internal.SchemaSetup;
import dk.welfarealliance.storage.jdbc.internal.SqlDialect;
import dk.welfarealliance.storage.jdbc.internal.TableNames;
import dk.welfarealliance.storage.jdbc.internal.Transactions;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AllianceStore} over JDBC, on PostgreSQL or H2, in relational tables that reporting users may
 * query with plain SQL (one per list or set of the aggregate; see {@code docs/jdbc-store.md}). Thread-safe;
 * holds no connection between operations.
 *
 * <p><b>Building.</b> {@link #create(DataSource)} gives store-managed transactions with every default of
 * {@link JdbcStoreConfig}; {@link #create(ConnectionProvider, JdbcStoreConfig)} also serves caller-managed
 * transactions. Building reads the database's metadata once (to detect the dialect, unless configured) and
 * validates the schema, or creates it when so configured ({@link SchemaMode}); it fails at once with a
 * {@link SchemaException} naming the missing tables or scripts.
 *
 * <p><b>Transactions.</b> With {@link TransactionMode#STORE_MANAGED} every operation is one transaction:
 * reads are read-only at an isolation level that sees one committed version (repeatable read on PostgreSQL,
 * snapshot on H2), writes are atomic and check the version with {@code UPDATE … WHERE id = ? AND
 * version = ?} and a row-count check; the connection's settings are restored before it is released. With
 * {@link TransactionMode#CALLER_MANAGED} the store never commits, rolls back, closes the connection or
 * changes its autoCommit; it rethrows every failure and leaves the rollback to the caller. <b>On PostgreSQL
 * any error, a {@link DuplicateAllianceException} included, aborts the caller's whole transaction; H2 undoes
 * only the failed statement and lets the transaction carry on.</b> Reads see what the caller's isolation
 * level lets them see, and writes need autoCommit off ({@link IllegalStateException} otherwise).
 *
 * <p><b>Remembered alliances.</b> Every write stores a new random revision with the next version (schema
 * version 3). A store remembers the last {@link JdbcStoreConfig#getRememberedAlliances()} alliances it read or
 * wrote, each with the version and revision it was stored at; as those never change together, a stored row at
 * that version and revision proves that the stored rows are the remembered ones. A read of a remembered
 * alliance then returns the remembered aggregate instead of building it again from its rows, and an update of
 * one runs {@code UPDATE … WHERE id = ? AND version = ? AND revision = ?} instead of first reading what it
 * replaces. What another store (or process) wrote since carries another revision and is read in full. Change
 * stored rows only through a store: a row edited by hand is not seen by a store that remembers its alliance,
 * unless the edit also sets the alliance row's {@code revision} to {@code NULL} (see {@code docs/jdbc-store.md}).
 *
 * <p><b>Statements.</b> Every operation executes a number of statements (calls of {@code execute*} and {@code
 * executeBatch}; transaction control not counted) that depends on which tables it touches, never on the
 * number of children or of alliances on a page. On PostgreSQL the queries of a read go together as one
 * statement, in one round trip:
 * <ul>
 *   <li>{@link #findById}: 1 on PostgreSQL; on H2 18 (the alliance row and one query per child table), or 1 if
 *       there is no such alliance or it is remembered at its stored version and revision;
 *   <li>{@link #findByNaturalKey}, {@link #query}: the alliance rows, then, unless every one is remembered, the
 *       children of those that are not (1 statement on PostgreSQL, 17 on H2); {@link #count}: 1;
 *   <li>{@link #insert}: the alliance row, then one batch per child table that has rows (at most 18);
 *   <li>{@link #update}: the versioned {@code UPDATE} of the alliance row, then one batch per child table and
 *       kind of change (insert, update, delete) that has rows: unchanged rows are not rewritten, and history rows
 *       are only ever inserted. A changed agreement title is 2 statements. Unless the alliance is remembered at
 *       the version being replaced, the stored rows are read first (as {@link #findById}, the alliance row
 *       locked); when the remembered revision no longer matches, after the one {@code UPDATE} that changed
 *       nothing;
 *   <li>{@link #delete}: 1 (the child rows go by cascade).
 * </ul>
 * A delete whose version check fails adds the one statement that reads the stored version for the exception,
 * and a duplicate insert on H2 the one that finds which key collided.
 *
 * <p><b>Errors</b> are classified by SQLState, never by message text, and keep the driver's error as their
 * cause: 23505 on insert → {@link DuplicateAllianceException} (which key: from the constraint name the
 * PostgreSQL driver reports, or on H2 from a lookup in the still usable transaction); other 23xxx →
 * {@link dk.welfarealliance.storage.IntegrityException}; 40001, 40P01, HYT00, 90131, 08xxx, 53300, 57P01 and
 * any {@link java.sql.SQLTransientException} → {@link TransientStorageException} (outcome unknown when the
 * commit failed); 42P01, 42S02, 42S03, 42S04, 42703, 42S22, 3F000, 90079 → {@link SchemaException};
 * anything else, a missing SQLState included → {@link StorageException}.
 *
 * @since 0.1.0
 */
public final class JdbcAllianceStore implements AllianceStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAllianceStore.class);

    private final JdbcStoreConfig config;
    private final Dialect dialect;
    private final Transactions transactions;
    private final AllianceOperations operations;

    private JdbcAllianceStore(JdbcStoreConfig config, Dialect dialect, Transactions transactions,
            AllianceOperations operations) {
        this.config = config;
        this.dialect = dialect;
        this.transactions = transactions;
        this.operations = operations;
    }

    /**
     * @return a store with store-managed transactions over {@code dataSource} and the default configuration:
     *     dialect detected, the connection's current schema, prefix {@code wa_}, the schema validated
     * @throws SchemaException if the tables or their version do not match this library
     * @throws StorageException if the database cannot be reached or is neither PostgreSQL nor H2
     */
    public static JdbcAllianceStore create(DataSource dataSource) {
        return create(dataSource, JdbcStoreConfig.defaults());
    }

    /**
     * @return a store with store-managed transactions over {@code dataSource}, configured by {@code config}
     * @throws IllegalArgumentException if {@code config} asks for caller-managed transactions, which need a
     *     {@link ConnectionProvider} (the store would have to close what the data source gives it)
     * @throws SchemaException if the tables or their version do not match this library
     * @throws StorageException if the database cannot be reached or is neither PostgreSQL nor H2
     */
    public static JdbcAllianceStore create(DataSource dataSource, JdbcStoreConfig config) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(config, "config");
        if (config.getTransactionMode() == TransactionMode.CALLER_MANAGED) {
            throw new IllegalArgumentException("caller-managed transactions need a ConnectionProvider that lends the "
                    + "caller's connection: use create(ConnectionProvider, JdbcStoreConfig)");
        }
        return create(ConnectionProvider.of(dataSource), config);
    }

    /**
     * @return a store that takes its connections from {@code connections}, configured by {@code config}; in
     *     caller-managed mode building it also uses the caller's connection (metadata and one query only)
     * @throws SchemaException if the tables or their version do not match this library
     * @throws StorageException if the database cannot be reached or is neither PostgreSQL nor H2
     */
    public static JdbcAllianceStore create(ConnectionProvider connections, JdbcStoreConfig config) {
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(config, "config");
        Dialect dialect = config.getDialect().orElseGet(() -> SqlDialect.detect(connections));
        SqlDialect sql = SqlDialect.of(dialect);
        TableNames names = new TableNames(config.getTablePrefix(), config.getSchema());
        Transactions transactions = Transactions.of(connections, config.getTransactionMode(), sql);
        SchemaSetup.prepare(transactions, sql, names, config.getSchemaMode());
        LOG.debug("JDBC alliance store ready: {} on {}", config, dialect);
        return new JdbcAllianceStore(config, dialect, transactions, new AllianceOperations(sql, names, config.getRememberedAlliances()));
    }

    /** @return the configuration the store was built with */
    public JdbcStoreConfig getConfig() {
        return config;
    }

    /** @return the dialect in use, as configured or detected */
    public Dialect getDialect() {
        return dialect;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The alliance row and one batch per child table with rows.
     */
    @Override
    public Alliance insert(Alliance alliance) {
        StoreContract.checkInsert(alliance);
        AllianceOperations.Written written = transactions.write("insert of alliance " + alliance.getId(),
                c -> operations.insert(c, alliance));
        operations.remember(written);
        Alliance stored = written.alliance();
        LOG.debug("inserted alliance {}", alliance.getId());
        return stored;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Only the child rows that changed are written; see the statements above.
     */
    @Override
    public Alliance update(Alliance alliance) {
        StoreContract.checkUpdate(alliance);
        AllianceOperations.Written written = transactions.write("update of alliance " + alliance.getId(),
                c -> operations.update(c, alliance));
        operations.remember(written);
        Alliance stored = written.alliance();
        LOG.debug("updated alliance {} to version {}", alliance.getId(), stored.getVersion());
        return stored;
    }

    /**
     * {@inheritDoc}
     *
     * <p>1 statement.
     *
     * @throws OptimisticLockException if the stored version differs or the alliance is not stored
     */
    @Override
    public void delete(AllianceId id, long expectedVersion) {
        StoreContract.checkDelete(id, expectedVersion);
        transactions.write("delete of alliance " + id, c -> {
            operations.delete(c, id, expectedVersion);
            return null;
        });
        LOG.debug("deleted alliance {}", id);
    }

    /**
     * {@inheritDoc}
     *
     * <p>1 statement on PostgreSQL; 18 on H2, 1 if there is no such alliance or it is remembered.
     */
    @Override
    public Optional<Alliance> findById(AllianceId id) {
        StoreContract.requireArgument(id, "id");
        return transactions.read("read of alliance " + id, (c, prologue) -> operations.findById(c, prologue, id));
    }

    /**
     * {@inheritDoc}
     *
     * <p>2 statements on PostgreSQL, 18 on H2; 1 if there is no such alliance or it is remembered.
     *
     * @throws StoredDataInvalidException if the stored data is not a valid alliance under today's rules
     */
    @Override
    public Optional<Alliance> findByNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        StoreContract.requireArgument(federation, "federation");
        StoreContract.requireArgument(municipality, "municipality");
        return transactions.read("read of the alliance of " + federation + " and municipality " + municipality,
                (c, prologue) -> operations.findByNaturalKey(c, prologue, federation, municipality));
    }

    /**
     * {@inheritDoc}
     *
     * <p>2 statements on PostgreSQL, 18 on H2, for a page of any size; 1 for an empty page or one whose
     * alliances are all remembered.
     */
    @Override
    public Page query(AllianceCriteria criteria, PageRequest page) {
        StoreContract.requireArgument(criteria, "criteria");
        StoreContract.requireArgument(page, "page");
        page.afterFor(criteria); // a cursor of another query is rejected before any connection is taken
        return transactions.read("query of alliances", (c, prologue) -> operations.query(c, prologue, criteria, page));
    }

    /**
     * {@inheritDoc}
     *
     * <p>1 statement.
     */
    @Override
    public long count(AllianceCriteria criteria) {
        StoreContract.requireArgument(criteria, "criteria");
        return transactions.read("count of alliances", (c, prologue) -> operations.count(c, prologue, criteria));
    }

    @Override
    public String toString() {
        return "JdbcAllianceStore{" + dialect + ", " + config + "}";
    }
}
