package dk.welfarealliance.service;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.internal.validation.Violations;
import java.util.List;
import java.util.Optional;

/**
 * What one committed write changed, as an {@link AllianceListener} hears it: the alliance as stored after the
 * write, the history entries the write appended (their {@link HistoryEvent} says what happened: opened,
 * signed, renewed, put on hold, terminated, elite event recorded, contact erased, …), the kind of command and
 * the actor. Immutable.
 *
 * <p>The alliance is the whole aggregate, contacts included: a listener that passes it on is responsible for the
 * personal data in it. {@link #toString()} names ids, the version and the events only.
 */
public final class CommittedChange {
    private final Alliance alliance;
    private final List<HistoryEntry> appended;
    private final Optional<CommandKind> command;
    private final ActorRef actor;

    private CommittedChange(Alliance alliance, List<HistoryEntry> appended, Optional<CommandKind> command,
            ActorRef actor) {
        this.alliance = alliance;
        this.appended = appended;
        this.command = command;
        this.actor = actor;
    }

    /**
     * The change of one write; {@link AllianceService} makes these, and a test of a listener may too.
     *
     * @param alliance the alliance as stored after the write
     * @param appended the history entries the write appended: the last entries of {@code alliance}'s history
     * @param command the kind of command written, or empty for the creation of the alliance
     * @param actor who made the change
     * @throws dk.welfarealliance.validation.ValidationException if an argument or an entry is null
     * @throws IllegalArgumentException if {@code appended} is not the end of the alliance's history
     */
    public static CommittedChange of(Alliance alliance, List<HistoryEntry> appended, Optional<CommandKind> command,
            ActorRef actor) {
        Violations.requireNonNull(alliance, "CommittedChange", "alliance");
        Violations.requireNonNull(appended, "CommittedChange", "appended");
        Violations.requireNonNull(command, "CommittedChange", "command");
        Violations.requireNonNull(actor, "CommittedChange", "actor");
        for (int i = 0; i < appended.size(); i++) {
            Violations.requireNonNull(appended.get(i), "CommittedChange", "appended[" + i + "]");
        }
        List<HistoryEntry> history = alliance.getHistory();
        if (appended.size() > history.size()
                || !history.subList(history.size() - appended.size(), history.size()).equals(appended)) {
            throw new IllegalArgumentException("the appended entries must be the last " + appended.size()
                    + " entries of the history of alliance " + alliance.getId());
        }
        return new CommittedChange(alliance, List.copyOf(appended), command, actor);
    }

    /** @return the alliance as stored after the write, at its new version */
    public Alliance getAlliance() {
        return alliance;
    }

    /** @return the version the write stored: 1 after a creation, one more than before after a command */
    public long getVersion() {
        return alliance.getVersion();
    }

    /** @return the history entries the write appended, in order; one or more for every write the service makes */
    public List<HistoryEntry> getAppended() {
        return appended;
    }

    /** @return what happened, in order: the events of {@link #getAppended()} */
    public List<HistoryEvent> getEvents() {
        return appended.stream().map(HistoryEntry::getEvent).toList();
    }

    /** @return the kind of command written, or empty for the creation of the alliance ({@code ALLIANCE_CREATED}) */
    public Optional<CommandKind> getCommand() {
        return command;
    }

    /** @return who made the change, as the embedder's opaque reference */
    public ActorRef getActor() {
        return actor;
    }

    @Override
    public String toString() {
        return "CommittedChange{alliance " + alliance.getId() + " at version " + alliance.getVersion() + ", "
                + command.map(CommandKind::name).orElse("CREATE") + ": " + getEvents() + "}";
    }
}
