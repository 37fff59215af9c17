package dk.welfarealliance.service.internal;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.Note;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Partner;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one command changes in an alliance: agreements replaced or added, the alliance's own lists, and the
 * history entries that record it (docs/model.md), each dated with the step's day. {@link #applyTo} builds the new
 * alliance in one step, so the invariants are checked once, on the result.
 */
public final class AllianceChange {
    private final Alliance before;
    private final PartialDate on;
    private final List<Agreement> agreements;
    private List<Club> clubs;
    private List<Partner> partners;
    private List<ContactPerson> contacts;
    private List<Note> notes;
    private final List<PendingEntry> entries = new ArrayList<>();
    private Optional<AgreementId> subject = Optional.empty();
    private Optional<Object> created = Optional.empty();

    private record PendingEntry(
            HistoryEvent event, Optional<AgreementId> agreement, Optional<ContactId> contact, Optional<String> reason) {}

    /** @param on the day the step happened, which every history entry of the change records */
    AllianceChange(Alliance before, PartialDate on) {
        this.before = before;
        this.on = on;
        this.agreements = new ArrayList<>(before.getAgreements());
        this.clubs = before.getClubs();
        this.partners = before.getPartners();
        this.contacts = before.getContacts();
        this.notes = before.getNotes();
    }

    /** Replaces the agreement with {@code revised}'s id and records {@code event} for it, if it changed at all. */
    AllianceChange replace(Agreement revised, HistoryEvent event, Optional<String> reason) {
        subject = subject.or(() -> Optional.of(revised.getId()));
        for (int i = 0; i < agreements.size(); i++) {
            if (agreements.get(i).getId().equals(revised.getId())) {
                if (!agreements.get(i).equals(revised)) {
                    agreements.set(i, revised);
                    entries.add(new PendingEntry(event, Optional.of(revised.getId()), Optional.empty(), reason));
                }
                return this;
            }
        }
        throw new IllegalStateException("agreement " + revised.getId() + " is not in alliance " + before.getId());
    }

    /** Adds a new agreement and records {@code event} for it. */
    AllianceChange add(Agreement opened, HistoryEvent event, Optional<String> reason) {
        subject = Optional.of(opened.getId());
        agreements.add(opened);
        entries.add(new PendingEntry(event, Optional.of(opened.getId()), Optional.empty(), reason));
        return this;
    }

    /** Replaces the alliance's lists and records one {@code event} if any of them changed. */
    AllianceChange editAlliance(List<Club> newClubs, List<Partner> newPartners, List<ContactPerson> newContacts,
            HistoryEvent event, Optional<ContactId> contact, Optional<String> reason) {
        if (newClubs.equals(clubs) && newPartners.equals(partners) && newContacts.equals(contacts)) {
            return this;
        }
        clubs = newClubs;
        partners = newPartners;
        contacts = newContacts;
        entries.add(new PendingEntry(event, Optional.empty(), contact, reason));
        return this;
    }

    /** Replaces the alliance's own notes and records {@code event} if they changed. */
    AllianceChange editNotes(List<Note> newNotes, HistoryEvent event) {
        if (!newNotes.equals(notes)) {
            notes = newNotes;
            entries.add(new PendingEntry(event, Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return this;
    }

    /** Records that the command created {@code child}, for the outcome. */
    AllianceChange created(Object child) {
        created = Optional.of(child);
        return this;
    }

    /**
     * @return the alliance after the change, with one history entry per change recorded, stamped {@code now};
     *     {@code before} itself if nothing changed
     * @throws dk.welfarealliance.validation.ValidationException if the result breaks an alliance invariant
     */
    public Alliance applyTo(Instant now, ActorRef actor) {
        if (entries.isEmpty()) {
            return before;
        }
        List<HistoryEntry> history = new ArrayList<>(before.getHistory());
        long seq = before.nextSeq();
        for (PendingEntry e : entries) {
            history.add(HistoryEntry.builder()
                    .seq(seq++)
                    .event(e.event())
                    .agreement(e.agreement())
                    .contact(e.contact())
                    .on(on)
                    .at(now)
                    .actor(actor)
                    .reason(e.reason())
                    .build());
        }
        return Alliance.builder()
                .from(before)
                .agreements(agreements)
                .clubs(clubs)
                .partners(partners)
                .contacts(contacts)
                .notes(notes)
                .history(history)
                .lastModified(now)
                .build();
    }

    /** @return the outcome of {@code command}, given the alliance {@link #applyTo} built */
    public Outcome outcome(Alliance after, Command command) {
        return Outcome.of(after, subject, created, command);
    }

    /** @return how many history entries the change will append */
    public int entryCount() {
        return entries.size();
    }
}
