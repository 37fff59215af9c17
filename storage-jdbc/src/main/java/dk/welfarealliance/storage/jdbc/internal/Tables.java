package dk.welfarealliance.storage.jdbc.internal;

import java.util.List;

/**
 * The tables of one store, with their SQL filled for its prefix and schema. {@link #children()} lists the
 * child tables parents first: inserts and updates run in that order, deletes in the reverse one, so that
 * every foreign key holds after each statement.
 */
final class Tables {
    /** The tables of the current schema version besides the schema-info table, unprefixed. */
    static final List<String> NAMES = List.of("alliance", "agreement", "focus_area", "signatory", "initiative",
            "target_group", "initiative_party", "goal", "measurement", "elite_commitment", "elite_event", "payment",
            "evaluation", "club", "partner", "contact", "note", "history");
    /** The number of child tables: every table but the alliance table. */
    static final int CHILD_TABLES = NAMES.size() - 1;

    final AllianceTable alliance;
    final AgreementTable agreements;
    final FocusAreaTable focusAreas;
    final SignatoryTable signatories;
    final InitiativeTable initiatives;
    final TargetGroupTable targetGroups;
    final InitiativePartyTable initiativeParties;
    final GoalTable goals;
    final MeasurementTable measurements;
    final EliteCommitmentTable eliteCommitments;
    final EliteEventTable eliteEvents;
    final PaymentTable payments;
    final EvaluationTable evaluations;
    final ClubTable clubs;
    final PartnerTable partners;
    final ContactTable contacts;
    final NoteTable notes;
    final HistoryTable history;
    private final List<ChildTable<?>> children;

    Tables(TableNames names) {
        alliance = new AllianceTable(names);
        agreements = new AgreementTable(names);
        focusAreas = new FocusAreaTable(names);
        signatories = new SignatoryTable(names);
        initiatives = new InitiativeTable(names);
        targetGroups = new TargetGroupTable(names);
        initiativeParties = new InitiativePartyTable(names);
        goals = new GoalTable(names);
        measurements = new MeasurementTable(names);
        eliteCommitments = new EliteCommitmentTable(names);
        eliteEvents = new EliteEventTable(names);
        payments = new PaymentTable(names);
        evaluations = new EvaluationTable(names);
        clubs = new ClubTable(names);
        partners = new PartnerTable(names);
        contacts = new ContactTable(names);
        notes = new NoteTable(names);
        history = new HistoryTable(names);
        children = List.of(agreements, focusAreas, signatories, initiatives, targetGroups, initiativeParties, goals,
                measurements, eliteCommitments, eliteEvents, payments, evaluations, clubs, partners, contacts, notes,
                history);
    }

    /** @return the child tables, parents first */
    List<ChildTable<?>> children() {
        return children;
    }
}
