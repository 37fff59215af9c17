package dk.welfarealliance.storage.jdbc;

/**
 * Who owns the transactions of the store's operations.
 *
 * @since 0.1.0
 */
public enum TransactionMode {
    /**
     * The default: every operation runs in a transaction of its own that the store begins, commits or rolls
     * back. Reads run read-only at an isolation level that sees one committed version (repeatable read on
     * PostgreSQL, H2's snapshot level on H2, whose repeatable read takes a snapshot per table); writes at read
     * committed. The connection's autoCommit, read-only flag and isolation level are restored before it is
     * released. Each write has committed when the store returns, so listeners may run at once
     * ({@link dk.welfarealliance.service.CommitHook#immediately()}, the default).
     */
    STORE_MANAGED,
    /**
     * The caller owns the transaction: the store works on the connection the {@link ConnectionProvider}
     * hands it and never commits, rolls back, closes it or changes its autoCommit, read-only flag or isolation
     * level. After a failure the store rethrows and the caller decides; a write needs autoCommit off.
     *
     * <p>On PostgreSQL any failed statement aborts the caller's whole transaction (every later statement
     * fails until it rolls back), while H2 undoes only the failed statement and carries on: a caller that
     * catches, for example, a {@link dk.welfarealliance.storage.DuplicateAllianceException} can continue its
     * transaction on H2 but must roll back on PostgreSQL.
     *
     * <p>The store cannot know when the caller commits, so the listeners of an
     * {@link dk.welfarealliance.service.AllianceService} over it need a
     * {@link dk.welfarealliance.service.CommitHook} that runs their notification after the caller's commit and
     * drops it on rollback; the default hook would run them before the commit.
     */
    CALLER_MANAGED
}
