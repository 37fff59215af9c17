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
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an application calls: the {@link Lifecycle} and an {@link AllianceStore} together. Each method reads,
 * applies the command, and writes, retrying from a fresh read when another writer got there first.
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
    /** How often {@link #execute} tries before it gives up on concurrent writers, unless told otherwise. */
    public static final int DEFAULT_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(AllianceService.class);

    private final Lifecycle lifecycle;
    private final AllianceStore store;
    private final int attempts;
    private final Listeners listeners;

    /**
     * A service without listeners.
     *
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     */
    public AllianceService(Lifecycle lifecycle, AllianceStore store) {
        this(lifecycle, store, DEFAULT_ATTEMPTS, Listeners.none());
    }

    /**
     * A service without listeners.
     *
     * @param attempts how often {@link #execute} tries when the alliance changes under it; at least 1
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     * @throws IllegalArgumentException if {@code attempts} is below 1
     */
    public AllianceService(Lifecycle lifecycle, AllianceStore store, int attempts) {
        this(lifecycle, store, attempts, Listeners.none());
    }

    /**
     * @param listeners who hears each committed write, and when
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     */
    public AllianceService(Lifecycle lifecycle, AllianceStore store, Listeners listeners) {
        this(lifecycle, store, DEFAULT_ATTEMPTS, listeners);
    }

    /**
     * @param attempts how often {@link #execute} tries when the alliance changes under it; at least 1
     * @param listeners who hears each committed write, and when
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     * @throws IllegalArgumentException if {@code attempts} is below 1
     */
    public AllianceService(Lifecycle lifecycle, AllianceStore store, int attempts, Listeners listeners) {
        this.lifecycle = Violations.requireNonNull(lifecycle, "AllianceService", "lifecycle");
        this.store = Violations.requireNonNull(store, "AllianceService", "store");
        this.listeners = Violations.requireNonNull(listeners, "AllianceService", "listeners");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        this.attempts = attempts;
    }

    /**
     * Creates and stores a new alliance, then hands the listeners' notification ({@code ALLIANCE_CREATED}, no
     * command kind) to the commit hook.
     *
     * @return the stored alliance, at version 1
     * @throws dk.welfarealliance.validation.ValidationException as {@link Lifecycle#createAlliance} does
     * @throws dk.welfarealliance.storage.DuplicateAllianceException if the municipality already has an
     *     alliance with the federation
     * @throws dk.welfarealliance.storage.StorageException for other storage failures
     */
    public Alliance create(FederationCode federation, MunicipalityCode municipality, ActorRef actor) {
        Alliance stored = store.insert(lifecycle.createAlliance(federation, municipality, actor));
        notifyListeners(stored, 0, Optional.empty(), actor);
        return stored;
    }

    /**
     * Applies {@code command} to the stored alliance {@code id} and stores the result. If another writer
     * updates the alliance in between, reads it again and reapplies the command, up to the configured number of
     * attempts. A command that changes nothing is not written. After a successful write the listeners'
     * notification goes to the commit hook (once, however many attempts the write took); nothing is notified
     * when this method throws.
     *
     * @return what the command did: the alliance as stored afterwards, the agreement it created or acted on, and
     *     the child it created
     * @throws dk.welfarealliance.validation.ValidationException if the alliance is not stored
     *     ({@code service.alliance.unknown}), or the lifecycle rejects the command; nothing is written
     * @throws OptimisticLockException if every attempt met a concurrent change
     * @throws dk.welfarealliance.storage.StorageException for other storage failures
     */
    public Outcome execute(AllianceId id, Command command, ActorRef actor) {
        Violations.requireNonNull(id, "AllianceService", "id");
        Violations.requireNonNull(command, "AllianceService", "command");
        Violations.requireNonNull(actor, "AllianceService", "actor");
        for (int attempt = 1; ; attempt++) {
            Alliance stored = store.findById(id)
                    .orElseThrow(() -> Violations.single("AllianceService", "id", Rule.SERVICE_ALLIANCE_UNKNOWN, "alliance", id));
            Outcome outcome = lifecycle.execute(stored, command, actor);
            Alliance changed = outcome.getAlliance();
            if (changed.equals(stored)) {
                return outcome;
            }
            Alliance written;
            try {
                written = store.update(changed);
            } catch (OptimisticLockException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                log.debug("alliance {} changed concurrently; attempt {} of {}", id, attempt + 1, attempts);
                continue;
            }
            notifyListeners(written, stored.getHistory().size(), Optional.of(command.kind()), actor);
            return outcome.withAlliance(written);
        }
    }

    // Only after the store returned: a write that threw, optimistic-lock failures included, reaches nobody.
    private void notifyListeners(Alliance written, int historyBefore, Optional<CommandKind> command, ActorRef actor) {
        if (listeners.isEmpty()) {
            return;
        }
        List<HistoryEntry> history = written.getHistory();
        CommittedChange change = CommittedChange.of(written, history.subList(historyBefore, history.size()), command,
                actor);
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
