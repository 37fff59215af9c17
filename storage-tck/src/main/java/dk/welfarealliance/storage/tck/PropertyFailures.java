package dk.welfarealliance.storage.tck;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quicktheories.api.QuadConsumer;
import org.quicktheories.api.TriConsumer;

/**
 * Remembers the last failure inside a property, on the case's thread. QuickTheories reports a falsified property
 * with its own message, which prints the cause's stack trace and the falsifying values as text and drops the
 * cause itself; the last failure seen is the one of the smallest example found (shrinking only ever moves to a
 * smaller failing example), so {@link CaseSettings} can lead the message with its cause.
 */
final class PropertyFailures {
    private static final ThreadLocal<@Nullable Throwable> LAST = new ThreadLocal<>();

    private PropertyFailures() {}

    static <A> Consumer<A> recorded(Consumer<A> check) {
        return a -> run(() -> check.accept(a));
    }

    static <A, B, C> TriConsumer<A, B, C> recorded(TriConsumer<A, B, C> check) {
        return (a, b, c) -> run(() -> check.accept(a, b, c));
    }

    static <A, B, C, D> QuadConsumer<A, B, C, D> recorded(QuadConsumer<A, B, C, D> check) {
        return (a, b, c, d) -> run(() -> check.accept(a, b, c, d));
    }

    /** @return the last failure recorded on this thread, forgetting it; null if none */
    static @Nullable Throwable take() {
        Throwable last = LAST.get();
        LAST.remove();
        return last;
    }

    /** Forgets any failure recorded on this thread, e.g. before a case starts. */
    static void clear() {
        LAST.remove();
    }

    private static void run(Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | AssertionError e) {
            LAST.set(e);
            throw e;
        }
    }
}
