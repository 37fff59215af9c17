package dk.welfarealliance.service;

/**
 * Hears what a write of {@link AllianceService} changed, once that write has committed. Registered through
 * {@link Listeners}; there is no global or static registry.
 *
 * <p><b>When it runs.</b> Once per committed write ({@link AllianceService#create} or an
 * {@link AllianceService#execute} that changed the alliance), in the order the listeners were registered, when
 * the {@link Listeners#commitHook() commit hook} runs the notification: with {@link CommitHook#immediately()}
 * in the thread that called the service, just after the store returned and before the service returns; with a
 * deferring hook in whatever thread the hook runs it, after the caller's transaction committed. It never runs
 * for a rejected command, a command that changed nothing, a write the store failed (optimistic-lock retries
 * exhausted included) or a transaction that rolled back.
 *
 * <p><b>What it may do.</b> Read the change, record it elsewhere (an audit log, a message queue, a cache
 * eviction), read the store. <b>What it must not do.</b> Expect to undo or veto the write (it has committed),
 * write the same alliance through the same service from inside the notification (it would notify again,
 * recursively), or put personal data into an exception it throws in the hope of seeing it logged (the library
 * logs the exception's type only). An exception it throws is caught and logged at WARN; the write stays, the
 * caller of the service sees no error, and the remaining listeners still run. An {@link Error} is not caught.
 *
 * <p>Implementations must be thread-safe if the service is used from several threads.
 */
@FunctionalInterface
public interface AllianceListener {

    /**
     * Called once for each committed write, after the commit.
     *
     * @param change what the write changed: the alliance as stored, the history entries it appended, the
     *     command kind and the actor; never null
     */
    void onCommitted(CommittedChange change);
}
