package dk.welfarealliance.service;

/**
 * Decides when the listeners hear about a write: the embedder's hook into its own transactions. After each
 * successful write {@link AllianceService} hands the hook one notification, which tells every listener of the
 * service about that write.
 *
 * <p>A hook must run the notification at most once, and only once the write is durable:
 * <ul>
 *   <li>{@link #immediately()} runs it at once, in the calling thread, before the service returns. Right where
 *       the store commits each write itself: the memory store, and the JDBC store with store-managed
 *       transactions.
 *   <li>Where the caller owns the transaction (the JDBC store with caller-managed transactions, or a framework's
 *       transaction around the service), the hook keeps the notification and runs it after that transaction
 *       commits, or drops it when the transaction rolls back. With Spring, for example, by registering a
 *       transaction synchronization whose {@code afterCommit} runs it.
 * </ul>
 *
 * <p>The notification never throws for a listener's exception (each is caught and logged); it may be run in
 * any thread. The service asks the hook only when there is at least one listener. An exception the hook itself
 * throws reaches the caller of the service after the store has written: with caller-managed transactions the
 * caller can still roll back; with store-managed ones the write has committed.
 */
@FunctionalInterface
public interface CommitHook {

    /**
     * Takes the notification of one write that the store has just made, and runs it once that write has
     * committed, or never if it rolls back.
     *
     * @param notification tells the listeners, in order; safe to run in any thread, at most once
     */
    void afterCommit(Runnable notification);

    /**
     * @return the hook that runs the notification at once, in the calling thread: for stores that have committed
     *     when they return (store-managed transactions, the memory store)
     */
    static CommitHook immediately() {
        return Runnable::run;
    }
}
