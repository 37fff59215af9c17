package dk.welfarealliance.spring;

import dk.welfarealliance.service.CommitHook;
import java.util.Objects;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the listeners of an {@link dk.welfarealliance.service.AllianceService} after the Spring transaction of
 * the calling thread commits, and never when it rolls back: the notification is registered as a
 * {@link TransactionSynchronization} whose {@code afterCommit} runs it, in the thread that commits. Without an
 * active transaction ({@link TransactionSynchronizationManager#isActualTransactionActive()} false) the write
 * has committed by the time the store returns, and the notification runs at once, in the calling thread.
 *
 * <p>The pair of {@link SpringJdbcAllianceStore}: both decide by the same test whether a write belongs to a
 * Spring transaction. Do not give it to a service over a store that does not join Spring transactions (the
 * memory store, a store-managed {@code JdbcAllianceStore}): a rolled-back transaction would silence the
 * listeners of a write that stays stored. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SpringCommitHook implements CommitHook {

    /** A hook bound to the Spring transactions of whichever thread writes. */
    public SpringCommitHook() {}

    /**
     * Runs {@code notification} after the current Spring transaction commits (never if it rolls back), or at
     * once if no transaction is active.
     *
     * @throws IllegalStateException if a transaction is marked active without transaction synchronization (Spring's
     *     transaction managers set both together; under one set to {@code SYNCHRONIZATION_NEVER} no transaction is
     *     reported active, and the store writes in transactions of its own): the hook could not learn of the
     *     commit. The exception reaches the caller of the service, whose transaction can still roll back.
     * @throws NullPointerException if {@code notification} is null
     */
    @Override
    public void afterCommit(Runnable notification) {
        Objects.requireNonNull(notification, "notification");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            notification.run();
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("the listeners of a write in a Spring transaction must wait for its "
                    + "commit, but the transaction is active without transaction synchronization, so its commit "
                    + "cannot be awaited: let a Spring transaction manager run the transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(new AfterCommit(notification));
    }

    @Override
    public String toString() {
        return "SpringCommitHook";
    }

    /** Runs one notification once its transaction has committed; a rollback never calls it. */
    private static final class AfterCommit implements TransactionSynchronization {
        private final Runnable notification;

        AfterCommit(Runnable notification) {
            this.notification = notification;
        }

        @Override
        public void afterCommit() {
            notification.run();
        }
    }
}
