package dk.welfarealliance.service;

import dk.welfarealliance.internal.validation.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * The listeners of one {@link AllianceService}, in the order they hear each committed write, and the
 * {@link CommitHook} that decides when they hear it (by default {@link CommitHook#immediately()}). Immutable:
 * each {@code with*} method returns a new value; nothing is registered globally.
 *
 * <pre>{@code
 * new AllianceService(lifecycle, store, Listeners.of(audit, mail));                    // store-managed
 * new AllianceService(lifecycle, store, Listeners.of(audit).withCommitHook(afterMyCommit)); // caller-managed
 * }</pre>
 */
public final class Listeners {
    private static final Listeners NONE = new Listeners(List.of(), CommitHook.immediately());

    private final List<AllianceListener> listeners;
    private final CommitHook commitHook;

    private Listeners(List<AllianceListener> listeners, CommitHook commitHook) {
        this.listeners = listeners;
        this.commitHook = commitHook;
    }

    /** @return no listeners: the service notifies nobody and never asks a hook */
    public static Listeners none() {
        return NONE;
    }

    /**
     * @return {@code listeners}, in this order, notified {@link CommitHook#immediately() immediately}; a
     *     listener given twice hears each write twice
     * @throws dk.welfarealliance.validation.ValidationException if the array or a listener is null
     */
    public static Listeners of(AllianceListener... listeners) {
        Violations.requireNonNull(listeners, "Listeners", "listeners");
        List<AllianceListener> list = new ArrayList<>(listeners.length);
        for (int i = 0; i < listeners.length; i++) {
            list.add(Violations.requireNonNull(listeners[i], "Listeners", "listeners[" + i + "]"));
        }
        return new Listeners(List.copyOf(list), CommitHook.immediately());
    }

    /**
     * @return these listeners and then {@code listener}, with the same hook
     * @throws dk.welfarealliance.validation.ValidationException if {@code listener} is null
     */
    public Listeners withListener(AllianceListener listener) {
        Violations.requireNonNull(listener, "Listeners", "listener");
        List<AllianceListener> list = new ArrayList<>(listeners);
        list.add(listener);
        return new Listeners(List.copyOf(list), commitHook);
    }

    /**
     * @return the same listeners, notified when {@code hook} runs the notification
     * @throws dk.welfarealliance.validation.ValidationException if {@code hook} is null
     */
    public Listeners withCommitHook(CommitHook hook) {
        return new Listeners(listeners, Violations.requireNonNull(hook, "Listeners", "hook"));
    }

    /** @return the listeners, in the order they are notified; unmodifiable */
    public List<AllianceListener> listeners() {
        return listeners;
    }

    /** @return the hook that decides when the listeners are notified */
    public CommitHook commitHook() {
        return commitHook;
    }

    /** @return whether there is no listener */
    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    @Override
    public String toString() {
        return "Listeners{" + listeners.size() + " listeners}";
    }
}
