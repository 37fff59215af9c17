package dk.welfarealliance.service;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.service.internal.ListenerNotification;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.StorageException;
import dk.welfarealliance.storage.TransientStorageException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an application calls: the {@link Lifecycle} and an {@link AllianceStore} together. Each method reads,
 * applies the command, and writes, retrying from a fresh read when another writer got there first or the store
 * failed transiently, as its {@link RetryPolicy} says.
 *
 * <p>Thread-safe if the store and the listeners are. Nothing is written when a command is rejected.
 *
 * <p><b>Listeners.</b> After each successful write ({@link #create}, or an {@link #execute} that changed the
 * alliance) the service hands the {@link Listeners#commitHook() commit hook} one notification of the
 * {@link CommittedChange}, which tells every {@link AllianceListener} in registration order. Nobody hears a
 * rejected command, a command that changed nothing, or a write the store failed. A listener's exception is
 * logged and never reaches the caller. The service starts no threads of its own.
 */
public final class AllianceService {
    /** How often {@link #execute} tries before it gives up, unless told otherwise: {@link RetryPolicy#defaults()}. */
    public static final int DEFAULT_ATTEMPTS = RetryPolicy.DEFAULT_MAX_ATTEMPTS;

    private static final Logger log = LoggerFactory.getLogger(AllianceService.class);

    private final Lifecycle lifecycle;
    private final AllianceStore store;
    private final RetryPolicy retry;
    private final Listeners listeners;

    /**
     * A service without listeners, retrying as {@link RetryPolicy#defaults()} says.
     *
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     */
    public AllianceService(Lifecycle lifecycle, AllianceStore store) {
        this(lifecycle, store, RetryPolicy.defaults(), Listeners.none());
    }

    /**
     * A service without listeners, retrying as {@link RetryPolicy#defaults()} says but with {@code attempts}
     * attempts.
     *
     * @param attempts how often {@link #execute} tries in all; at least 1
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     * @throws IllegalArgumentException if {@code attempts} is below 1
     */
    public AllianceService(Lifecycle lifecycle, AllianceStore store, int attempts) {
        this(lifecycle, store, RetryPolicy.defaults().withMaxAttempts(attempts), Listeners.none());
    }

    /**
     * @param listeners who hears each committed write, and when
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     */
    public AllianceService(Lifecycle lifecycle, AllianceStore store, Listeners listeners) {
        this(lifecycle, store, RetryPolicy.defaults(), listeners);
    }

    /**
     * @param attempts how often {@link #execute} tries in all; at least 1
     * @param listeners who hears each committed write, and when
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     * @throws IllegalArgumentException if {@code attempts} is below 1
     */
    public AllianceService(Lifecycle lifecycle, AllianceStore store, int attempts, Listeners listeners) {
        this(lifecycle, store, RetryPolicy.defaults().withMaxAttempts(attempts), listeners);
    }

    /**
     * @param retry how {@link #execute} retries concurrent changes and transient storage failures
     * @param listeners who hears each committed write, and when
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     */
    public AllianceService(Lifecycle lifecycle, AllianceStore store, RetryPolicy retry, Listeners listeners) {
        this.lifecycle = Violations.requireNonNull(lifecycle, "AllianceService", "lifecycle");
        this.store = Violations.requireNonNull(store, "AllianceService", "store");
        this.retry = Violations.requireNonNull(retry, "AllianceService", "retry");
        this.listeners = Violations.requireNonNull(listeners, "AllianceService", "listeners");
    }

    /**
     * Creates and stores a new alliance, then hands the listeners' notification ({@code ALLIANCE_CREATED}, no
     * command kind) to the commit hook. Not retried: a transient failure reaches the caller, who can look the
     * alliance up by its natural key before trying again.
     *
     * @return the stored alliance, at version 1
     * @throws dk.welfarealliance.validation.ValidationException as {@link Lifecycle#createAlliance} does
     * @throws dk.welfarealliance.storage.DuplicateAllianceException if the municipality already has an
     *     alliance with the federation
     * @throws dk.welfarealliance.storage.StorageException for other storage failures
     */
    public Alliance create(FederationCode federation, MunicipalityCode municipality, ActorRef actor) {
        Alliance stored = store.insert(lifecycle.createAlliance(federation, municipality, actor));
        notifyListeners(stored, 0, stored.getHistory().size(), Optional.empty(), actor);
        return stored;
    }

    /**
     * Applies {@code command} to the stored alliance {@code id} and stores the result. When another writer
     * updated the alliance in between ({@link OptimisticLockException}) or the store failed in a way worth
     * retrying ({@link TransientStorageException}), pauses as the {@link RetryPolicy} says, reads the alliance
     * again and applies the command to what it read, up to the policy's attempts; the command is never written
     * twice. When a failure left the outcome of a write unknown, the next read decides: if the stored history
     * holds the entries that write appended, it took effect and is not applied again. A command that changes
     * nothing is not written. After a successful write the listeners' notification goes to the commit hook
     * (once, however many attempts the write took); nothing is notified when this method throws.
     *
     * @return what the command did: the alliance as stored afterwards, the agreement it created or acted on, and
     *     the child it created
     * @throws dk.welfarealliance.validation.ValidationException if the alliance is not stored
     *     ({@code service.alliance.unknown}), or the lifecycle rejects the command; nothing is written
     * @throws OptimisticLockException if the last attempt met a concurrent change (logged at WARN if there were
     *     retries)
     * @throws TransientStorageException if the last attempt failed transiently (logged at WARN if there were
     *     retries), or the thread was interrupted while pausing (its interrupt flag stays set)
     * @throws dk.welfarealliance.storage.StorageException for other storage failures, at once, not retried
     */
    public Outcome execute(AllianceId id, Command command, ActorRef actor) {
        Violations.requireNonNull(id, "AllianceService", "id");
        Violations.requireNonNull(command, "AllianceService", "command");
        Violations.requireNonNull(actor, "AllianceService", "actor");
        Pending unknown = null;
        StorageException last = null;
        int attempt = 0;
        while (attempt < retry.maxAttempts() && (attempt == 0 || paused(attempt + 1))) {
            attempt++;
            try {
                Alliance stored = store.findById(id).orElseThrow(
                        () -> Violations.single("AllianceService", "id", Rule.SERVICE_ALLIANCE_UNKNOWN, "alliance", id));
                if (unknown != null && unknown.tookEffectIn(stored)) {
                    return committed(unknown.outcome(), stored, unknown.historyBefore(), unknown.historyAfter(), command,
                            actor);
                }
                unknown = null;
                Outcome outcome = lifecycle.execute(stored, command, actor);
                Alliance changed = outcome.getAlliance();
                if (changed.equals(stored)) {
                    return outcome;
                }
                Pending pending = new Pending(outcome, stored.getHistory().size());
                Alliance written;
                try {
                    written = store.update(changed);
                } catch (TransientStorageException e) {
                    unknown = e.isOutcomeUnknown() ? pending : null;
                    throw e;
                }
                return committed(outcome, written, pending.historyBefore(), pending.historyAfter(), command, actor);
            } catch (OptimisticLockException | TransientStorageException e) {
                last = e;
                log.debug("alliance {}: {} failed on attempt {} of {} ({})", id, command.kind(), attempt,
                        retry.maxAttempts(), e.getClass().getSimpleName());
            }
        }
        // The policy makes at least one attempt, and every attempt that does not return records its failure.
        StorageException failure = Objects.requireNonNull(last, "an attempt failed");
        if (attempt > 1) {
            // Without a retry there is nothing to give up on: the caller sees the error and decides.
            log.warn("alliance {}: gave up on {} after {} of {} attempts; the last failure was {}", id, command.kind(),
                    attempt, retry.maxAttempts(), failure.getClass().getSimpleName());
        }
        throw failure;
    }

    /**
     * A write whose outcome is unknown: what the command made, and where its history entries are. History is
     * append-only, so the write took effect exactly when a later read holds those entries at those positions.
     */
    private record Pending(Outcome outcome, int historyBefore) {
        int historyAfter() {
            return outcome.getAlliance().getHistory().size();
        }

        boolean tookEffectIn(Alliance stored) {
            List<HistoryEntry> history = stored.getHistory();
            return history.size() >= historyAfter()
                    && history.subList(0, historyAfter()).equals(outcome.getAlliance().getHistory());
        }
    }

    /** @return whether the pause before {@code attempt} ran to its end; false if the thread was interrupted */
    private boolean paused(int attempt) {
        try {
            retry.pause(attempt);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Outcome committed(Outcome outcome, Alliance written, int historyBefore, int historyAfter, Command command,
            ActorRef actor) {
        notifyListeners(written, historyBefore, historyAfter, Optional.of(command.kind()), actor);
        return outcome.withAlliance(written);
    }

    // Only after the store returned: a write that threw, optimistic-lock failures included, reaches nobody.
    private void notifyListeners(Alliance written, int historyBefore, int historyAfter, Optional<CommandKind> command,
            ActorRef actor) {
        if (listeners.isEmpty()) {
            return;
        }
        CommittedChange change = CommittedChange.of(written, written.getHistory().subList(historyBefore, historyAfter),
                command, actor);
        listeners.commitHook().afterCommit(new ListenerNotification(listeners.listeners(), change));
    }

    /** @return the stored alliance with {@code id} */
    public Optional<Alliance> find(AllianceId id) {
        return store.findById(Violations.requireNonNull(id, "AllianceService", "id"));
    }

    /** @return the stored alliance of {@code federation} and {@code municipality} */
    public Optional<Alliance> find(FederationCode federation, MunicipalityCode municipality) {
        return store.findByNaturalKey(Violations.requireNonNull(federation, "AllianceService", "federation"),
                Violations.requireNonNull(municipality, "AllianceService", "municipality"));
    }

    /** @return the lifecycle commands are applied with */
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** @return who hears each committed write, and when */
    public Listeners listeners() {
        return listeners;
    }

    /** @return the store alliances are kept in (for queries) */
    public AllianceStore store() {
        return store;
    }
}
