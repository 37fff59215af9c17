package dk.welfarealliance.storage.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs tasks on their own threads, released together by a barrier so that they overlap even on two cores,
 * and collects what each returned or threw. A race that does not finish in time fails the case (a deadlock or
 * a lost wake-up in the store).
 */
final class Race {
    /** What one task returned, or what it threw. */
    record Outcome<T>(Optional<T> value, Optional<Throwable> error) {
        boolean succeeded() {
            return error.isEmpty();
        }
    }

    private Race() {}

    /**
     * @param threads how many tasks
     * @param task makes the task of thread {@code i}
     * @return the outcomes, in thread order
     * @throws AssertionError if a thread did not finish within the settings' timeout
     */
    static <T> List<Outcome<T>> run(TckSettings settings, int threads, String what, IntFunction<Callable<T>> task) {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Outcome<T>> outcomes = new ArrayList<>(threads);
        List<Thread> running = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            outcomes.add(null);
            int index = i;
            Callable<T> body = task.apply(i);
            Thread thread = new Thread(() -> {
                Outcome<T> outcome;
                try {
                    start.await();
                    outcome = new Outcome<>(Optional.ofNullable(body.call()), Optional.empty());
                } catch (Throwable t) {
                    outcome = new Outcome<>(Optional.empty(), Optional.of(t));
                }
                synchronized (outcomes) {
                    outcomes.set(index, outcome);
                }
            }, "tck-race-" + i);
            thread.setDaemon(true);
            running.add(thread);
            thread.start();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.timeoutSeconds());
        for (Thread thread : running) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted while waiting for the race", e);
            }
            if (thread.isAlive()) {
                running.forEach(Thread::interrupt);
                throw new AssertionError(what + ": a thread did not finish within " + settings.timeoutSeconds()
                        + " s (a deadlock or a lost wake-up in the store?), " + settings.replay() + "; raise -D"
                        + TckSettings.TIMEOUT_SECONDS + " for a slow backend");
            }
        }
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /** @throws AssertionError carrying the first unexpected error of {@code outcomes} */
    static void rethrowUnexpected(List<? extends Outcome<?>> outcomes, Class<? extends Throwable> expected, String what) {
        for (Outcome<?> outcome : outcomes) {
            if (outcome.error().isPresent() && !expected.isInstance(outcome.error().get())) {
                throw new AssertionError(what + ": a thread failed unexpectedly", outcome.error().get());
            }
        }
    }
}
