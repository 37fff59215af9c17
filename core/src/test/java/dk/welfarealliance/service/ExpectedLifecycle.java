package dk.welfarealliance.service;

import static dk.welfarealliance.HistoryEvent.ABANDONED;
import static dk.welfarealliance.HistoryEvent.ALLIANCE_EDITED;
import static dk.welfarealliance.HistoryEvent.AMENDED;
import static dk.welfarealliance.HistoryEvent.APPROVED;
import static dk.welfarealliance.HistoryEvent.CONTACT_ERASED;
import static dk.welfarealliance.HistoryEvent.EDITED;
import static dk.welfarealliance.HistoryEvent.ELITE_EVENT_RECORDED;
import static dk.welfarealliance.HistoryEvent.NOTE_RECORDED;
import static dk.welfarealliance.HistoryEvent.NOTE_REMOVED;
import static dk.welfarealliance.HistoryEvent.EVALUATED;
import static dk.welfarealliance.HistoryEvent.OPENED;
import static dk.welfarealliance.HistoryEvent.PUT_ON_HOLD;
import static dk.welfarealliance.HistoryEvent.RENEWAL_OPENED;
import static dk.welfarealliance.HistoryEvent.RESUMED;
import static dk.welfarealliance.HistoryEvent.SIGNED;
import static dk.welfarealliance.HistoryEvent.TERMINATED;

import dk.welfarealliance.AgreementState;
import dk.welfarealliance.HistoryEvent;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle table of docs/lifecycle.md written out by hand, cell by cell: what every command does to an
 * alliance whose only agreement is in a given state (or that has no agreement yet). It is deliberately not
 * derived from {@link CommandKind} or any other production table, so that a wrong production table fails
 * the tests instead of being mirrored by them.
 *
 * <p>Preconditions beyond the state (valid signatories, periods that overlap no term, a goal to measure,
 * an existing contact) are the caller's business; given them, a cell says whether the command is accepted,
 * the state the target agreement is in afterwards and exactly which history entries are appended.
 */
final class ExpectedLifecycle {
    private ExpectedLifecycle() {}

    /** A column of the table: the state of the alliance's only agreement, or no agreement at all. */
    enum Column {
        NO_AGREEMENT(null),
        IN_DIALOGUE(AgreementState.IN_DIALOGUE),
        APPROVED(AgreementState.APPROVED),
        /** On hold, left from APPROVED (so resuming shows that the state was remembered). */
        ON_HOLD(AgreementState.ON_HOLD),
        ABANDONED(AgreementState.ABANDONED),
        SIGNED(AgreementState.SIGNED),
        TERMINATED(AgreementState.TERMINATED);

        private final AgreementState state;

        Column(AgreementState state) {
            this.state = state;
        }

        Optional<AgreementState> state() {
            return Optional.ofNullable(state);
        }

        static Column of(AgreementState state) {
            return valueOf(state.name());
        }
    }

    /** A row: one command of the lifecycle, with its type and its name in messages ({@code command} attribute). */
    enum Cmd {
        OPEN("OpenAgreement", "open"),
        EDIT("EditAgreement", "edit"),
        APPROVE("ApproveAgreement", "approve"),
        HOLD("HoldAgreement", "hold"),
        RESUME("ResumeAgreement", "resume"),
        ABANDON("AbandonAgreement", "abandon"),
        SIGN("SignAgreement", "sign"),
        AMEND("AmendAgreement", "amend"),
        RECORD_EVALUATION("RecordEvaluation", "evaluate"),
        RECORD_MEASUREMENT("RecordMeasurement", "evaluate"),
        TERMINATE("TerminateAgreement", "terminate"),
        RENEW("RenewAgreement", "renew"),
        EDIT_ALLIANCE("EditAlliance", "alliance_edit"),
        ERASE_CONTACT("EraseContact", "alliance_edit"),
        RECORD_ELITE_EVENT("RecordEliteEvent", "amend"),
        REMOVE_ELITE_EVENT("RemoveEliteEvent", "amend"),
        REMOVE_MEASUREMENT("RemoveMeasurement", "evaluate"),
        PUT_INITIATIVE("PutInitiative", "content"),
        REMOVE_INITIATIVE("RemoveInitiative", "content"),
        /** A note on the target agreement. */
        RECORD_NOTE("RecordNote", "note"),
        /** A note on the alliance as a whole. */
        RECORD_ALLIANCE_NOTE("RecordNote", "note"),
        /** Removes the target agreement's note. */
        REMOVE_NOTE("RemoveNote", "note"),
        /** Removes the alliance's own note. */
        REMOVE_ALLIANCE_NOTE("RemoveNote", "note"),
        PUT_CLUB("PutClub", "alliance_edit"),
        REMOVE_CLUB("RemoveClub", "alliance_edit"),
        PUT_PARTNER("PutPartner", "alliance_edit"),
        REMOVE_PARTNER("RemovePartner", "alliance_edit"),
        PUT_CONTACT("PutContact", "alliance_edit"),
        REMOVE_CONTACT("RemoveContact", "alliance_edit");

        final String type;
        final String name;

        Cmd(String type, String name) {
            this.type = type;
            this.name = name;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** Which agreement a history entry names. */
    enum Subject {
        /** The agreement the command targets. */
        TARGET,
        /** The agreement the command creates (open, renew). */
        NEW_AGREEMENT,
        /** None: an alliance-level entry. */
        ALLIANCE
    }

    record Entry(HistoryEvent event, Subject subject) {
        @Override
        public String toString() {
            return event + (subject == Subject.TARGET ? "" : subject == Subject.NEW_AGREEMENT ? "(new)" : "(alliance)");
        }
    }

    /** What a cell says. */
    sealed interface Outcome permits Accepted, Rejected {}

    /** Accepted: the target ends in {@code targetState} (if there is a target) and exactly {@code entries} are appended. */
    record Accepted(Optional<AgreementState> targetState, List<Entry> entries) implements Outcome {
        @Override
        public String toString() {
            return "accepted" + targetState.map(s -> ", target " + s).orElse("") + ", appends " + entries;
        }
    }

    /** Rejected with {@code rule}; nothing changes. */
    record Rejected(String rule) implements Outcome {
        @Override
        public String toString() {
            return "rejected (" + rule + ")";
        }
    }

    static final String NOT_ALLOWED_RULE = "lifecycle.command.not-allowed";
    static final String OPEN_EXISTS_RULE = "lifecycle.open-agreement.exists";
    static final String UNKNOWN_RULE = "lifecycle.agreement.unknown";
    static final String CHILD_UNKNOWN_RULE = "lifecycle.child.unknown";

    private static final Rejected NOT_ALLOWED = new Rejected(NOT_ALLOWED_RULE);
    private static final Rejected OPEN_EXISTS = new Rejected(OPEN_EXISTS_RULE);
    private static final Rejected UNKNOWN = new Rejected(UNKNOWN_RULE);
    /** The child to remove does not exist: with no agreement, there is no agreement's note. */
    private static final Rejected CHILD_UNKNOWN = new Rejected(CHILD_UNKNOWN_RULE);

    private static Accepted to(AgreementState state, Entry... entries) {
        return new Accepted(Optional.of(state), List.of(entries));
    }

    private static Accepted appends(Entry... entries) {
        return new Accepted(Optional.empty(), List.of(entries));
    }

    private static Entry on(HistoryEvent event) {
        return new Entry(event, Subject.TARGET);
    }

    private static Entry onNew(HistoryEvent event) {
        return new Entry(event, Subject.NEW_AGREEMENT);
    }

    private static Entry onAlliance(HistoryEvent event) {
        return new Entry(event, Subject.ALLIANCE);
    }

    private static final AgreementState D = AgreementState.IN_DIALOGUE;
    private static final AgreementState A = AgreementState.APPROVED;
    private static final AgreementState H = AgreementState.ON_HOLD;
    private static final AgreementState X = AgreementState.ABANDONED;
    private static final AgreementState S = AgreementState.SIGNED;
    private static final AgreementState T = AgreementState.TERMINATED;

    // @formatter:off
    /** The table. Columns: no agreement, IN_DIALOGUE, APPROVED, ON_HOLD (from APPROVED), ABANDONED, SIGNED, TERMINATED. */
    private static final Map<Cmd, Map<Column, Outcome>> MATRIX = table(
        //  command                 no agreement                    IN_DIALOGUE           APPROVED              ON_HOLD (from APPROVED)   ABANDONED                SIGNED                      TERMINATED
        row(Cmd.OPEN,               appends(onNew(OPENED)),         OPEN_EXISTS,          OPEN_EXISTS,          OPEN_EXISTS,              to(X, onNew(OPENED)),    to(S, onNew(OPENED)),       to(T, onNew(OPENED))),
        row(Cmd.EDIT,               UNKNOWN,                        to(D, on(EDITED)),    to(A, on(EDITED)),    to(H, on(EDITED)),        NOT_ALLOWED,             NOT_ALLOWED,                NOT_ALLOWED),
        row(Cmd.APPROVE,            UNKNOWN,                        to(A, on(APPROVED)),  NOT_ALLOWED,          NOT_ALLOWED,              NOT_ALLOWED,             NOT_ALLOWED,                NOT_ALLOWED),
        row(Cmd.HOLD,               UNKNOWN,                        to(H, on(PUT_ON_HOLD)), to(H, on(PUT_ON_HOLD)), NOT_ALLOWED,          NOT_ALLOWED,             NOT_ALLOWED,                NOT_ALLOWED),
        row(Cmd.RESUME,             UNKNOWN,                        NOT_ALLOWED,          NOT_ALLOWED,          to(A, on(RESUMED)),       NOT_ALLOWED,             NOT_ALLOWED,                NOT_ALLOWED),
        row(Cmd.ABANDON,            UNKNOWN,                        to(X, on(ABANDONED)), to(X, on(ABANDONED)), to(X, on(ABANDONED)),     NOT_ALLOWED,             NOT_ALLOWED,                NOT_ALLOWED),
        row(Cmd.SIGN,               UNKNOWN,                        to(S, on(SIGNED)),    to(S, on(SIGNED)),    NOT_ALLOWED,              NOT_ALLOWED,             NOT_ALLOWED,                NOT_ALLOWED),
        row(Cmd.AMEND,              UNKNOWN,                        NOT_ALLOWED,          NOT_ALLOWED,          NOT_ALLOWED,              NOT_ALLOWED,             to(S, on(AMENDED)),         NOT_ALLOWED),
        row(Cmd.RECORD_EVALUATION,  UNKNOWN,                        NOT_ALLOWED,          NOT_ALLOWED,          NOT_ALLOWED,              NOT_ALLOWED,             to(S, on(EVALUATED)),       to(T, on(EVALUATED))),
        row(Cmd.RECORD_MEASUREMENT, UNKNOWN,                        NOT_ALLOWED,          NOT_ALLOWED,          NOT_ALLOWED,              NOT_ALLOWED,             to(S, on(EVALUATED)),       to(T, on(EVALUATED))),
        row(Cmd.TERMINATE,          UNKNOWN,                        NOT_ALLOWED,          NOT_ALLOWED,          NOT_ALLOWED,              NOT_ALLOWED,             to(T, on(TERMINATED)),      NOT_ALLOWED),
        row(Cmd.RENEW,              UNKNOWN,                        NOT_ALLOWED,          NOT_ALLOWED,          NOT_ALLOWED,              NOT_ALLOWED,             to(S, onNew(RENEWAL_OPENED)), to(T, onNew(RENEWAL_OPENED))),
        row(Cmd.EDIT_ALLIANCE,      appends(onAlliance(ALLIANCE_EDITED)), to(D, onAlliance(ALLIANCE_EDITED)), to(A, onAlliance(ALLIANCE_EDITED)), to(H, onAlliance(ALLIANCE_EDITED)), to(X, onAlliance(ALLIANCE_EDITED)), to(S, onAlliance(ALLIANCE_EDITED)), to(T, onAlliance(ALLIANCE_EDITED))),
        row(Cmd.ERASE_CONTACT,      appends(onAlliance(CONTACT_ERASED)),  to(D, onAlliance(CONTACT_ERASED)),  to(A, onAlliance(CONTACT_ERASED)),  to(H, onAlliance(CONTACT_ERASED)),  to(X, onAlliance(CONTACT_ERASED)),  to(S, onAlliance(CONTACT_ERASED)),  to(T, onAlliance(CONTACT_ERASED))),
        row(Cmd.RECORD_ELITE_EVENT, UNKNOWN,                        NOT_ALLOWED,          NOT_ALLOWED,          NOT_ALLOWED,              NOT_ALLOWED,             to(S, on(ELITE_EVENT_RECORDED)), NOT_ALLOWED),
        row(Cmd.REMOVE_ELITE_EVENT, UNKNOWN,                        NOT_ALLOWED,          NOT_ALLOWED,          NOT_ALLOWED,              NOT_ALLOWED,             to(S, on(AMENDED)),         NOT_ALLOWED),
        row(Cmd.REMOVE_MEASUREMENT, UNKNOWN,                        NOT_ALLOWED,          NOT_ALLOWED,          NOT_ALLOWED,              NOT_ALLOWED,             to(S, on(EVALUATED)),       to(T, on(EVALUATED))),
        row(Cmd.PUT_INITIATIVE,     UNKNOWN,                        to(D, on(EDITED)),    to(A, on(EDITED)),    to(H, on(EDITED)),        NOT_ALLOWED,             to(S, on(AMENDED)),         NOT_ALLOWED),
        row(Cmd.REMOVE_INITIATIVE,  UNKNOWN,                        to(D, on(EDITED)),    to(A, on(EDITED)),    to(H, on(EDITED)),        NOT_ALLOWED,             to(S, on(AMENDED)),         NOT_ALLOWED),
        row(Cmd.RECORD_NOTE,        UNKNOWN,                        to(D, on(NOTE_RECORDED)), to(A, on(NOTE_RECORDED)), to(H, on(NOTE_RECORDED)), to(X, on(NOTE_RECORDED)), to(S, on(NOTE_RECORDED)), to(T, on(NOTE_RECORDED))),
        row(Cmd.RECORD_ALLIANCE_NOTE, appends(onAlliance(NOTE_RECORDED)), to(D, onAlliance(NOTE_RECORDED)), to(A, onAlliance(NOTE_RECORDED)), to(H, onAlliance(NOTE_RECORDED)), to(X, onAlliance(NOTE_RECORDED)), to(S, onAlliance(NOTE_RECORDED)), to(T, onAlliance(NOTE_RECORDED))),
        row(Cmd.REMOVE_NOTE,        CHILD_UNKNOWN,                  to(D, on(NOTE_REMOVED)), to(A, on(NOTE_REMOVED)), to(H, on(NOTE_REMOVED)), to(X, on(NOTE_REMOVED)), to(S, on(NOTE_REMOVED)), to(T, on(NOTE_REMOVED))),
        row(Cmd.REMOVE_ALLIANCE_NOTE, appends(onAlliance(NOTE_REMOVED)), to(D, onAlliance(NOTE_REMOVED)), to(A, onAlliance(NOTE_REMOVED)), to(H, onAlliance(NOTE_REMOVED)), to(X, onAlliance(NOTE_REMOVED)), to(S, onAlliance(NOTE_REMOVED)), to(T, onAlliance(NOTE_REMOVED))),
        row(Cmd.PUT_CLUB,           appends(onAlliance(ALLIANCE_EDITED)), to(D, onAlliance(ALLIANCE_EDITED)), to(A, onAlliance(ALLIANCE_EDITED)), to(H, onAlliance(ALLIANCE_EDITED)), to(X, onAlliance(ALLIANCE_EDITED)), to(S, onAlliance(ALLIANCE_EDITED)), to(T, onAlliance(ALLIANCE_EDITED))),
        row(Cmd.REMOVE_CLUB,        appends(onAlliance(ALLIANCE_EDITED)), to(D, onAlliance(ALLIANCE_EDITED)), to(A, onAlliance(ALLIANCE_EDITED)), to(H, onAlliance(ALLIANCE_EDITED)), to(X, onAlliance(ALLIANCE_EDITED)), to(S, onAlliance(ALLIANCE_EDITED)), to(T, onAlliance(ALLIANCE_EDITED))),
        row(Cmd.PUT_PARTNER,        appends(onAlliance(ALLIANCE_EDITED)), to(D, onAlliance(ALLIANCE_EDITED)), to(A, onAlliance(ALLIANCE_EDITED)), to(H, onAlliance(ALLIANCE_EDITED)), to(X, onAlliance(ALLIANCE_EDITED)), to(S, onAlliance(ALLIANCE_EDITED)), to(T, onAlliance(ALLIANCE_EDITED))),
        row(Cmd.REMOVE_PARTNER,     appends(onAlliance(ALLIANCE_EDITED)), to(D, onAlliance(ALLIANCE_EDITED)), to(A, onAlliance(ALLIANCE_EDITED)), to(H, onAlliance(ALLIANCE_EDITED)), to(X, onAlliance(ALLIANCE_EDITED)), to(S, onAlliance(ALLIANCE_EDITED)), to(T, onAlliance(ALLIANCE_EDITED))),
        row(Cmd.PUT_CONTACT,        appends(onAlliance(ALLIANCE_EDITED)), to(D, onAlliance(ALLIANCE_EDITED)), to(A, onAlliance(ALLIANCE_EDITED)), to(H, onAlliance(ALLIANCE_EDITED)), to(X, onAlliance(ALLIANCE_EDITED)), to(S, onAlliance(ALLIANCE_EDITED)), to(T, onAlliance(ALLIANCE_EDITED))),
        row(Cmd.REMOVE_CONTACT,     appends(onAlliance(ALLIANCE_EDITED)), to(D, onAlliance(ALLIANCE_EDITED)), to(A, onAlliance(ALLIANCE_EDITED)), to(H, onAlliance(ALLIANCE_EDITED)), to(X, onAlliance(ALLIANCE_EDITED)), to(S, onAlliance(ALLIANCE_EDITED)), to(T, onAlliance(ALLIANCE_EDITED))));
    // @formatter:on

    /** @return the cell for {@code command} in {@code column} */
    static Outcome expected(Cmd command, Column column) {
        return MATRIX.get(command).get(column);
    }

    private record Row(Cmd command, Outcome[] cells) {}

    private static Row row(Cmd command, Outcome... cells) {
        if (cells.length != Column.values().length) {
            throw new IllegalArgumentException("row " + command + " has " + cells.length + " cells");
        }
        return new Row(command, cells);
    }

    private static Map<Cmd, Map<Column, Outcome>> table(Row... rows) {
        Map<Cmd, Map<Column, Outcome>> table = new EnumMap<>(Cmd.class);
        for (Row r : rows) {
            Map<Column, Outcome> cells = new EnumMap<>(Column.class);
            for (Column c : Column.values()) {
                cells.put(c, r.cells()[c.ordinal()]);
            }
            if (table.put(r.command(), cells) != null) {
                throw new IllegalArgumentException("two rows for " + r.command());
            }
        }
        if (table.size() != Cmd.values().length) {
            throw new IllegalArgumentException("the table needs one row per command");
        }
        return table;
    }
}
