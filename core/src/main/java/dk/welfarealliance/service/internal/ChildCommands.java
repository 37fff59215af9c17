package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.GoalId;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Note;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.PutInitiative;
import dk.welfarealliance.service.RecordEliteEvent;
import dk.welfarealliance.service.RecordNote;
import dk.welfarealliance.service.RemoveEliteEvent;
import dk.welfarealliance.service.RemoveInitiative;
import dk.welfarealliance.service.RemoveMeasurement;
import dk.welfarealliance.service.RemoveNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The small commands on one child of an agreement: record or remove one elite event, one measurement, one note,
 * put or remove one initiative. Each changes one list and nothing else.
 */
final class ChildCommands {
    private ChildCommands() {}

    static AllianceChange recordEliteEvent(Alliance alliance, RecordEliteEvent command, CommandContext context) {
        Agreement a = AgreementTransitions.allowedTarget(alliance, command.getAgreement(), command, "agreement");
        EliteEvent event = context.assign().event(command.getEvent());
        event.getCommitment().filter(c -> a.getEliteCommitments().stream().noneMatch(k -> k.getId().equals(c)))
                .ifPresent(c -> {
                    throw Rejections.of(command, "event.commitment", Rule.LIFECYCLE_CHILD_UNKNOWN, "id", c);
                });
        EventRules.requireWithinTerm(command, "event", a, event);
        return new AllianceChange(alliance, PartialDate.day(event.getDate()))
                .replace(a.withEliteEvents(append(a.getEliteEvents(), event)), HistoryEvent.ELITE_EVENT_RECORDED,
                        Optional.empty())
                .created(event);
    }

    static AllianceChange removeEliteEvent(Alliance alliance, RemoveEliteEvent command, CommandContext context) {
        Agreement a = AgreementTransitions.allowedTarget(alliance, command.getAgreement(), command, "agreement");
        List<EliteEvent> kept = without(command, "event", a.getEliteEvents(), EliteEvent::getId, command.getEvent());
        return new AllianceChange(alliance, context.stepDate(Optional.empty()))
                .replace(a.withEliteEvents(kept), HistoryEvent.AMENDED, Optional.empty());
    }

    static AllianceChange removeMeasurement(Alliance alliance, RemoveMeasurement command, CommandContext context) {
        Agreement a = AgreementTransitions.allowedTarget(alliance, command.getAgreement(), command, "agreement");
        var kept = without(command, "measurement", a.getMeasurements(), m -> m.getId(), command.getMeasurement());
        return new AllianceChange(alliance, context.stepDate(Optional.empty()))
                .replace(a.withMeasurements(kept), HistoryEvent.EVALUATED, Optional.empty());
    }

    static AllianceChange recordNote(Alliance alliance, RecordNote command, CommandContext context) {
        Note note = context.assign().note(command.getNote());
        AllianceChange change = new AllianceChange(alliance, note.getDate());
        if (command.getAgreement().isEmpty()) {
            return change.editNotes(append(alliance.getNotes(), note), HistoryEvent.NOTE_RECORDED).created(note);
        }
        Agreement a = Rejections.target(alliance, command.getAgreement().get(), command, "agreement");
        return change.replace(a.withNotes(append(a.getNotes(), note)), HistoryEvent.NOTE_RECORDED, Optional.empty())
                .created(note);
    }

    static AllianceChange removeNote(Alliance alliance, RemoveNote command, CommandContext context) {
        AllianceChange change = new AllianceChange(alliance, context.stepDate(Optional.empty()));
        if (alliance.getNotes().stream().anyMatch(n -> n.getId().equals(command.getNote()))) {
            return change.editNotes(without(command, "note", alliance.getNotes(), Note::getId, command.getNote()),
                    HistoryEvent.NOTE_REMOVED);
        }
        for (Agreement a : alliance.getAgreements()) {
            if (a.getNotes().stream().anyMatch(n -> n.getId().equals(command.getNote()))) {
                List<Note> kept = without(command, "note", a.getNotes(), Note::getId, command.getNote());
                return change.replace(a.withNotes(kept), HistoryEvent.NOTE_REMOVED, Optional.empty());
            }
        }
        throw Rejections.of(command, "note", Rule.LIFECYCLE_CHILD_UNKNOWN, "id", command.getNote());
    }

    static AllianceChange putInitiative(Alliance alliance, PutInitiative command, CommandContext context) {
        Agreement a = AgreementTransitions.allowedTarget(alliance, command.getAgreement(), command, "agreement");
        Initiative initiative = context.assign().initiative(command.getInitiative());
        initiative.getFocusArea().filter(f -> !a.getFocusAreas().contains(f)).ifPresent(f -> {
            throw Rejections.of(command, "initiative.focusArea", Rule.AGREEMENT_INITIATIVE_FOCUS_AREA, "focusArea", f);
        });
        PartyChecks.requireKnown(alliance, command, "initiative", initiative);
        List<Initiative> initiatives = new ArrayList<>(a.getInitiatives());
        int at = indexOf(initiatives, Initiative::getId, initiative.getId());
        if (at >= 0) {
            initiatives.set(at, initiative);
        } else {
            initiatives.add(initiative);
        }
        return new AllianceChange(alliance, context.stepDate(Optional.empty()))
                .replace(a.withInitiatives(initiatives), contentEvent(a), Optional.empty())
                .created(initiative);
    }

    static AllianceChange removeInitiative(Alliance alliance, RemoveInitiative command, CommandContext context) {
        Agreement a = AgreementTransitions.allowedTarget(alliance, command.getAgreement(), command, "agreement");
        List<Initiative> kept = without(command, "initiative", a.getInitiatives(), Initiative::getId,
                command.getInitiative());
        Initiative removed = a.getInitiatives().get(indexOf(a.getInitiatives(), Initiative::getId, command.getInitiative()));
        Set<GoalId> goals = removed.getGoals().stream().map(g -> g.getId()).collect(Collectors.toSet());
        if (a.getMeasurements().stream().anyMatch(m -> goals.contains(m.getGoal()))) {
            throw Rejections.of(command, "initiative", Rule.LIFECYCLE_INITIATIVE_MEASURED, "id", command.getInitiative());
        }
        return new AllianceChange(alliance, context.stepDate(Optional.empty()))
                .replace(a.withInitiatives(kept), contentEvent(a), Optional.empty());
    }

    /** A draft's content is edited; a signed agreement's is amended. */
    private static HistoryEvent contentEvent(Agreement a) {
        return a.getState() == AgreementState.SIGNED ? HistoryEvent.AMENDED : HistoryEvent.EDITED;
    }

    static <T> List<T> append(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    /** @return {@code items} without the one whose id is {@code id}; {@code lifecycle.child.unknown} at {@code path} if none */
    static <T, I> List<T> without(Command command, String path, List<T> items, Function<T, I> idOf, I id) {
        int at = indexOf(items, idOf, id);
        if (at < 0) {
            throw Rejections.of(command, path, Rule.LIFECYCLE_CHILD_UNKNOWN, "id", id);
        }
        List<T> kept = new ArrayList<>(items);
        kept.remove(at);
        return kept;
    }

    static <T, I> int indexOf(List<T> items, Function<T, I> idOf, I id) {
        for (int i = 0; i < items.size(); i++) {
            if (idOf.apply(items.get(i)).equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
