package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.Goal;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Note;
import dk.welfarealliance.Partner;
import dk.welfarealliance.Payment;
import dk.welfarealliance.Signatory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Gives every child a command brings without an id (its id is the type's {@code UNASSIGNED}) a new id from the
 * lifecycle's {@link IdGenerator}; children that have an id keep it. So callers need no hand-made ids.
 */
final class IdAssignment {
    private final IdGenerator ids;

    IdAssignment(IdGenerator ids) {
        this.ids = ids;
    }

    Signatory signatory(Signatory s) {
        return s.getId().isAssigned() ? s : s.withId(ids.newSignatoryId());
    }

    Goal goal(Goal g) {
        return g.getId().isAssigned() ? g : g.withId(ids.newGoalId());
    }

    Initiative initiative(Initiative i) {
        Initiative withGoals = i.withGoals(each(i.getGoals(), this::goal));
        return withGoals.getId().isAssigned() ? withGoals : withGoals.withId(ids.newInitiativeId());
    }

    Measurement measurement(Measurement m) {
        return m.getId().isAssigned() ? m : m.withId(ids.newMeasurementId());
    }

    EliteCommitment commitment(EliteCommitment c) {
        return c.getId().isAssigned() ? c : c.withId(ids.newEliteCommitmentId());
    }

    EliteEvent event(EliteEvent e) {
        return e.getId().isAssigned() ? e : e.withId(ids.newEliteEventId());
    }

    Payment payment(Payment p) {
        return p.getId().isAssigned() ? p : p.withId(ids.newPaymentId());
    }

    Evaluation evaluation(Evaluation e) {
        return e.getId().isAssigned() ? e : e.withId(ids.newEvaluationId());
    }

    Note note(Note n) {
        return n.getId().isAssigned() ? n : n.withId(ids.newNoteId());
    }

    Club club(Club c) {
        return c.getId().isAssigned() ? c : c.withId(ids.newClubId());
    }

    Partner partner(Partner p) {
        return p.getId().isAssigned() ? p : p.withId(ids.newPartnerId());
    }

    ContactPerson contact(ContactPerson c) {
        return c.getId().isAssigned() ? c : c.withId(ids.newContactId());
    }

    /** @return {@code a} with an id for every child that lacks one */
    Agreement agreement(Agreement a) {
        return Agreement.builder().from(a)
                .signatories(each(a.getSignatories(), this::signatory))
                .initiatives(each(a.getInitiatives(), this::initiative))
                .eliteCommitments(each(a.getEliteCommitments(), this::commitment))
                .eliteEvents(each(a.getEliteEvents(), this::event))
                .payments(each(a.getPayments(), this::payment))
                .evaluations(each(a.getEvaluations(), this::evaluation))
                .measurements(each(a.getMeasurements(), this::measurement))
                .notes(each(a.getNotes(), this::note))
                .build();
    }

    static <T> List<T> each(List<T> items, UnaryOperator<T> assign) {
        List<T> assigned = new ArrayList<>(items.size());
        items.forEach(item -> assigned.add(assign.apply(item)));
        return assigned;
    }
}
