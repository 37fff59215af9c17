package dk.welfarealliance.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class SpringCommitHookTest {
    private final SpringCommitHook hook = new SpringCommitHook();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void without_a_transaction_the_notification_runs_at_once() {
        hook.afterCommit(runs::incrementAndGet);

        assertThat(runs).hasValue(1);
    }

    @Test
    void in_a_transaction_the_notification_waits_for_after_commit_and_a_rollback_never_runs_it() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            hook.afterCommit(runs::incrementAndGet);
            hook.afterCommit(runs::incrementAndGet);
            assertThat(runs).as("before the commit").hasValue(0);

            var registered = TransactionSynchronizationManager.getSynchronizations();
            registered.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
            assertThat(runs).as("after a rollback").hasValue(0);
            registered.forEach(TransactionSynchronization::afterCommit);
            assertThat(runs).as("after the commit").hasValue(2);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_transaction_marked_active_without_synchronization_is_refused_before_anything_runs() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(() -> hook.afterCommit(runs::incrementAndGet))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("without transaction synchronization");
            assertThat(runs).hasValue(0);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
    }
}
