package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.StoredDataInvalidException;
import dk.welfarealliance.validation.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Builds aggregates from rows. Every value goes through its builder, so stored data is checked against
 * today's rules exactly as new data is; a row that fails them surfaces as {@link StoredDataInvalidException}
 * naming the alliance and the violations.
 */
final class AllianceAssembler {
    private final Tables t;

    AllianceAssembler(Tables tables) {
        this.t = tables;
    }

    /**
     * @throws StoredDataInvalidException if the rows do not make a valid alliance
     */
    Alliance assemble(AllianceTable.Row root, ChildRows rows) {
        try {
            return build(root, rows);
        } catch (ValidationException e) {
            throw new StoredDataInvalidException(AllianceId.of(root.id()), e);
        }
    }

    private Alliance build(AllianceTable.Row root, ChildRows rows) {
        Map<UUID, List<FocusAreaTable.Row>> focusAreas = byParent(rows.of(t.focusAreas), FocusAreaTable.Row::agreementId, r -> 0);
        Map<UUID, List<SignatoryTable.Row>> signatories = byParent(rows.of(t.signatories), SignatoryTable.Row::agreementId,
                SignatoryTable.Row::position);
        Map<UUID, List<InitiativeTable.Row>> initiatives = byParent(rows.of(t.initiatives), InitiativeTable.Row::agreementId,
                InitiativeTable.Row::position);
        Map<UUID, List<TargetGroupTable.Row>> targetGroups = byParent(rows.of(t.targetGroups),
                TargetGroupTable.Row::initiativeId, r -> 0);
        Map<UUID, List<InitiativePartyTable.Row>> parties = byParent(rows.of(t.initiativeParties),
                InitiativePartyTable.Row::initiativeId, r -> 0);
        Map<UUID, List<NoteTable.Row>> notes = byParent(rows.of(t.notes), r -> r.agreementId() == null ? root.id() : r.agreementId(),
                NoteTable.Row::position);
        Map<UUID, List<GoalTable.Row>> goals = byParent(rows.of(t.goals), GoalTable.Row::initiativeId, GoalTable.Row::position);
        Map<UUID, List<MeasurementTable.Row>> measurements = byParent(rows.of(t.measurements),
                MeasurementTable.Row::agreementId, MeasurementTable.Row::position);
        Map<UUID, List<EliteCommitmentTable.Row>> commitments = byParent(rows.of(t.eliteCommitments),
                EliteCommitmentTable.Row::agreementId, EliteCommitmentTable.Row::position);
        Map<UUID, List<EliteEventTable.Row>> events = byParent(rows.of(t.eliteEvents), EliteEventTable.Row::agreementId,
                EliteEventTable.Row::position);
        Map<UUID, List<PaymentTable.Row>> payments = byParent(rows.of(t.payments), PaymentTable.Row::agreementId,
                PaymentTable.Row::position);
        Map<UUID, List<EvaluationTable.Row>> evaluations = byParent(rows.of(t.evaluations), EvaluationTable.Row::agreementId,
                EvaluationTable.Row::position);

        Alliance.Builder alliance = Alliance.builder()
                .id(AllianceId.of(root.id()))
                .federation(FederationCode.of(root.federation()))
                .municipality(MunicipalityCode.of(root.municipality()))
                .version(root.version())
                .lastModified(root.lastModified());
        for (AgreementTable.Row a : sorted(rows.of(t.agreements), AgreementTable.Row::position)) {
            Agreement.Builder agreement = t.agreements.toBuilder(a);
            children(focusAreas, a.id()).forEach(r -> agreement.addFocusAreas(t.focusAreas.toDomain(r)));
            children(signatories, a.id()).forEach(r -> agreement.addSignatories(t.signatories.toDomain(r)));
            for (InitiativeTable.Row n : children(initiatives, a.id())) {
                Initiative.Builder initiative = t.initiatives.toBuilder(n);
                children(targetGroups, n.id()).forEach(r -> initiative.addTargetGroups(t.targetGroups.toDomain(r)));
                children(parties, n.id()).forEach(r -> t.initiativeParties.addTo(initiative, r));
                children(goals, n.id()).forEach(r -> initiative.addGoals(t.goals.toDomain(r)));
                agreement.addInitiatives(initiative.build());
            }
            children(measurements, a.id()).forEach(r -> agreement.addMeasurements(t.measurements.toDomain(r)));
            children(commitments, a.id()).forEach(r -> agreement.addEliteCommitments(t.eliteCommitments.toDomain(r)));
            children(events, a.id()).forEach(r -> agreement.addEliteEvents(t.eliteEvents.toDomain(r)));
            children(payments, a.id()).forEach(r -> agreement.addPayments(t.payments.toDomain(r)));
            children(evaluations, a.id()).forEach(r -> agreement.addEvaluations(t.evaluations.toDomain(r)));
            children(notes, a.id()).forEach(r -> agreement.addNotes(t.notes.toDomain(r)));
            alliance.addAgreements(agreement.build());
        }
        sorted(rows.of(t.clubs), ClubTable.Row::position).forEach(r -> alliance.addClubs(t.clubs.toDomain(r)));
        sorted(rows.of(t.partners), PartnerTable.Row::position).forEach(r -> alliance.addPartners(t.partners.toDomain(r)));
        sorted(rows.of(t.contacts), ContactTable.Row::position).forEach(r -> alliance.addContacts(t.contacts.toDomain(r)));
        children(notes, root.id()).forEach(r -> alliance.addNotes(t.notes.toDomain(r)));
        sorted(rows.of(t.history), HistoryTable.Row::seq).forEach(r -> alliance.addHistory(t.history.toDomain(r)));
        return alliance.build();
    }

    private static <R> Map<UUID, List<R>> byParent(List<R> rows, Function<R, UUID> parent, ToLongFunction<R> position) {
        Map<UUID, List<R>> grouped = new HashMap<>();
        for (R row : sorted(rows, position)) {
            grouped.computeIfAbsent(parent.apply(row), p -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    private static <R> List<R> children(Map<UUID, List<R>> byParent, UUID parent) {
        return byParent.getOrDefault(parent, List.of());
    }

    private static <R> List<R> sorted(List<R> rows, ToLongFunction<R> position) {
        return rows.stream().sorted(Comparator.comparingLong(position)).toList();
    }
}
