package dk.welfarealliance.spring;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import dk.welfarealliance.storage.jdbc.TransactionMode;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JDBC store for a Spring application: each operation joins the Spring transaction of the calling thread
 * when one is active, and is a transaction of its own when none is.
 *
 * <ul>
 *   <li>In a transaction ({@link TransactionSynchronizationManager#isActualTransactionActive()}): a
 *       {@link TransactionMode#CALLER_MANAGED} {@link JdbcAllianceStore} on the transaction's connection
 *       ({@link SpringConnectionProvider}). Its writes commit and roll back with the transaction; it never
 *       commits, rolls back or closes anything itself, and it rethrows every failure. <b>On PostgreSQL any failed
 *       statement, a {@link dk.welfarealliance.storage.DuplicateAllianceException} included, aborts the whole
 *       transaction</b>: every later statement in it fails until it rolls back, so catching the exception and
 *       carrying on does not work there (H2 undoes only the failed statement). The transaction must be run by a
 *       transaction manager over the same {@code DataSource} and must not be read-only for a write.
 *   <li>Outside one: a {@link TransactionMode#STORE_MANAGED} {@link JdbcAllianceStore} on the {@code DataSource}:
 *       every write is atomic and has committed when it returns. Spring reports a transaction as active only
 *       with transaction synchronization (the default of its transaction managers); under one set to
 *       {@code SYNCHRONIZATION_NEVER} every operation runs here.
 * </ul>
 *
 * <p>Give the {@link dk.welfarealliance.service.AllianceService} over it a {@link SpringCommitHook}, which
 * decides by the same test, so that listeners hear a write only after the transaction it belongs to has
 * committed. Thread-safe; holds no connection between operations. Each of the two stores remembers the
 * alliances it read or wrote ({@link JdbcStoreConfig#getRememberedAlliances()}); a write that a transaction
 * rolled back is never mistaken for what is stored (its revision was never stored).
 *
 * @since 0.1.0
 */
public final class SpringJdbcAllianceStore implements AllianceStore {
    private final JdbcAllianceStore storeManaged;
    private final JdbcAllianceStore callerManaged;

    private SpringJdbcAllianceStore(JdbcAllianceStore storeManaged, JdbcAllianceStore callerManaged) {
        this.storeManaged = storeManaged;
        this.callerManaged = callerManaged;
    }

    /**
     * Builds the store over {@code dataSource}: prepares the schema as {@code config} says (validating it, or
     * creating it in its own transaction with {@link SchemaMode#CREATE_IF_MISSING}), then the caller-managed
     * store over the same tables. The transaction mode of {@code config} is not used: the store picks one per
     * operation.
     *
     * @param dataSource the data source of the application's Spring transaction manager
     * @param config schema, table prefix, schema mode, dialect and remembered alliances
     * @throws dk.welfarealliance.storage.SchemaException if the tables or their version do not match this library
     * @throws dk.welfarealliance.storage.StorageException if the database cannot be reached or is neither
     *     PostgreSQL nor H2
     * @throws NullPointerException if an argument is null
     */
    public static SpringJdbcAllianceStore create(DataSource dataSource, JdbcStoreConfig config) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(config, "config");
        JdbcAllianceStore storeManaged = JdbcAllianceStore.create(dataSource,
                config.toBuilder().transactionMode(TransactionMode.STORE_MANAGED).build());
        // The tables are there now; the second store only checks them, and knows the dialect already.
        JdbcAllianceStore callerManaged = JdbcAllianceStore.create(new SpringConnectionProvider(dataSource),
                config.toBuilder()
                        .transactionMode(TransactionMode.CALLER_MANAGED)
                        .schemaMode(SchemaMode.VALIDATE)
                        .dialect(storeManaged.getDialect())
                        .build());
        return new SpringJdbcAllianceStore(storeManaged, callerManaged);
    }

    /** @return the configuration outside transactions (store-managed); inside them only the mode differs */
    public JdbcStoreConfig getConfig() {
        return storeManaged.getConfig();
    }

    /** @return the dialect in use, as configured or detected */
    public Dialect getDialect() {
        return storeManaged.getDialect();
    }

    private AllianceStore current() {
        return TransactionSynchronizationManager.isActualTransactionActive() ? callerManaged : storeManaged;
    }

    /** {@inheritDoc} In a Spring transaction, stored when the transaction commits. */
    @Override
    public Alliance insert(Alliance alliance) {
        return current().insert(alliance);
    }

    /** {@inheritDoc} In a Spring transaction, stored when the transaction commits. */
    @Override
    public Alliance update(Alliance alliance) {
        return current().update(alliance);
    }

    /** {@inheritDoc} In a Spring transaction, deleted when the transaction commits. */
    @Override
    public void delete(AllianceId id, long expectedVersion) {
        current().delete(id, expectedVersion);
    }

    /** {@inheritDoc} In a Spring transaction, what its isolation level lets it see, its own writes included. */
    @Override
    public Optional<Alliance> findById(AllianceId id) {
        return current().findById(id);
    }

    /** {@inheritDoc} In a Spring transaction, what its isolation level lets it see, its own writes included. */
    @Override
    public Optional<Alliance> findByNaturalKey(FederationCode federation, MunicipalityCode municipality) {
        return current().findByNaturalKey(federation, municipality);
    }

    /** {@inheritDoc} In a Spring transaction, what its isolation level lets it see, its own writes included. */
    @Override
    public Page query(AllianceCriteria criteria, PageRequest page) {
        return current().query(criteria, page);
    }

    /** {@inheritDoc} In a Spring transaction, what its isolation level lets it see, its own writes included. */
    @Override
    public long count(AllianceCriteria criteria) {
        return current().count(criteria);
    }

    @Override
    public String toString() {
        return "SpringJdbcAllianceStore[" + storeManaged.getDialect() + ", " + storeManaged.getConfig() + "]";
    }
}
