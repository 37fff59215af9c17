package dk.welfarealliance.benchmarks;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.DatePrecision;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteCommitmentId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventId;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.EvaluationId;
import dk.welfarealliance.ExtensionOption;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalId;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.InitiativeId;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.MeasurementId;
import dk.welfarealliance.Money;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteId;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentId;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryId;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.TargetKind;
import dk.welfarealliance.TeamGender;
import dk.welfarealliance.UnrecordedTerm;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Builds the aggregate from loaded {@link RawRows} through core's validated builders, written by hand the way
 * an application without the store would: children grouped by parent in hash maps, lists already ordered by
 * SQL. What it adds to a raw load is the cost of the domain model alone.
 */
final class RawAssembler {
    private RawAssembler() {}

    static Alliance build(RawRows rows) {
        Object[] a = rows.alliance;
        UUID allianceId = (UUID) a[0];
        Map<UUID, List<Object[]>> focusAreas = byParent(rows.of(RawSchema.FOCUS_AREA), 1);
        Map<UUID, List<Object[]>> signatories = byParent(rows.of(RawSchema.SIGNATORY), 2);
        Map<UUID, List<Object[]>> initiatives = byParent(rows.of(RawSchema.INITIATIVE), 2);
        Map<UUID, List<Object[]>> targetGroups = byParent(rows.of(RawSchema.TARGET_GROUP), 1);
        Map<UUID, List<Object[]>> parties = byParent(rows.of(RawSchema.INITIATIVE_PARTY), 1);
        Map<UUID, List<Object[]>> goals = byParent(rows.of(RawSchema.GOAL), 2);
        Map<UUID, List<Object[]>> measurements = byParent(rows.of(RawSchema.MEASUREMENT), 2);
        Map<UUID, List<Object[]>> commitments = byParent(rows.of(RawSchema.ELITE_COMMITMENT), 2);
        Map<UUID, List<Object[]>> events = byParent(rows.of(RawSchema.ELITE_EVENT), 2);
        Map<UUID, List<Object[]>> payments = byParent(rows.of(RawSchema.PAYMENT), 2);
        Map<UUID, List<Object[]>> evaluations = byParent(rows.of(RawSchema.EVALUATION), 2);
        Map<UUID, List<Object[]>> notes = new HashMap<>();
        for (Object[] r : rows.of(RawSchema.NOTE)) {
            notes.computeIfAbsent(r[2] == null ? allianceId : (UUID) r[2], k -> new ArrayList<>()).add(r);
        }

        Alliance.Builder alliance = Alliance.builder()
                .id(AllianceId.of(allianceId))
                .federation(FederationCode.of((String) a[1]))
                .municipality(MunicipalityCode.of((String) a[2]))
                .version((Long) a[3])
                .lastModified((Instant) a[4]);
        for (Object[] g : rows.of(RawSchema.AGREEMENT)) {
            UUID gid = (UUID) g[1];
            Agreement.Builder agreement = agreement(g);
            for (Object[] r : children(focusAreas, gid)) {
                agreement.addFocusAreas(FocusAreaCode.of((String) r[2]));
            }
            for (Object[] r : children(signatories, gid)) {
                agreement.addSignatories(Signatory.builder().id(SignatoryId.of((UUID) r[1]))
                        .party(SignatoryParty.valueOf((String) r[4])).role((String) r[5])
                        .contact(Optional.ofNullable((UUID) r[6]).map(ContactId::of))
                        .club(Optional.ofNullable((UUID) r[7]).map(ClubId::of))
                        .partner(Optional.ofNullable((UUID) r[8]).map(PartnerId::of)).build());
            }
            for (Object[] n : children(initiatives, gid)) {
                UUID nid = (UUID) n[1];
                Initiative.Builder initiative = Initiative.builder().id(InitiativeId.of(nid)).name((String) n[4])
                        .concept(Optional.ofNullable((String) n[5]))
                        .focusArea(Optional.ofNullable((String) n[6]).map(FocusAreaCode::of))
                        .description(Optional.ofNullable((String) n[7]));
                for (Object[] r : children(targetGroups, nid)) {
                    initiative.addTargetGroups(TargetGroup.of((String) r[2]));
                }
                for (Object[] r : children(parties, nid)) {
                    if (SignatoryParty.valueOf((String) r[2]) == SignatoryParty.PARTNER) {
                        initiative.addPartners(PartnerId.of((UUID) r[3]));
                    } else {
                        initiative.addClubs(ClubId.of((UUID) r[3]));
                    }
                }
                for (Object[] r : children(goals, nid)) {
                    initiative.addGoals(Goal.builder().id(GoalId.of((UUID) r[1])).metric((String) r[4])
                            .baseline(Optional.ofNullable((BigDecimal) r[5]))
                            .target(r[6] == null ? Optional.empty() : Optional.of(new GoalTarget.Builder()
                                    .value((BigDecimal) r[6])
                                    .kind(r[7] == null ? TargetKind.LEVEL : TargetKind.valueOf((String) r[7])).build()))
                            .unit(GoalUnit.valueOf((String) r[8])).build());
                }
                agreement.addInitiatives(initiative.build());
            }
            for (Object[] r : children(measurements, gid)) {
                agreement.addMeasurements(Measurement.builder().id(MeasurementId.of((UUID) r[1]))
                        .goal(GoalId.of((UUID) r[4])).date((LocalDate) r[5]).value((BigDecimal) r[6])
                        .unit(GoalUnit.valueOf((String) r[7])).note(Optional.ofNullable((String) r[8])).build());
            }
            for (Object[] r : children(commitments, gid)) {
                agreement.addEliteCommitments(EliteCommitment.builder().id(EliteCommitmentId.of((UUID) r[1]))
                        .kind(EliteEventKind.valueOf((String) r[4]))
                        .minimumCount(r[5] == null ? OptionalInt.empty() : OptionalInt.of((Integer) r[5]))
                        .deadline(Optional.ofNullable((LocalDate) r[6]))
                        .ageGroup(Optional.ofNullable((String) r[7]).map(AgeGroup::valueOf))
                        .gender(Optional.ofNullable((String) r[8]).map(TeamGender::valueOf))
                        .description(Optional.ofNullable((String) r[9])).build());
            }
            for (Object[] r : children(events, gid)) {
                agreement.addEliteEvents(EliteEvent.builder().id(EliteEventId.of((UUID) r[1]))
                        .kind(EliteEventKind.valueOf((String) r[4])).date((LocalDate) r[5])
                        .endDate(Optional.ofNullable((LocalDate) r[6])).title((String) r[7])
                        .venue(Optional.ofNullable((String) r[8]))
                        .ageGroup(Optional.ofNullable((String) r[9]).map(AgeGroup::valueOf))
                        .gender(Optional.ofNullable((String) r[10]).map(TeamGender::valueOf))
                        .commitment(Optional.ofNullable((UUID) r[11]).map(EliteCommitmentId::of))
                        .sharedReference(Optional.ofNullable((String) r[12]))
                        .description(Optional.ofNullable((String) r[13])).build());
            }
            for (Object[] r : children(payments, gid)) {
                agreement.addPayments(Payment.builder().id(PaymentId.of((UUID) r[1]))
                        .kind(PaymentKind.valueOf((String) r[4])).amount(Money.of((BigDecimal) r[5], (String) r[6]))
                        .description(Optional.ofNullable((String) r[7]))
                        .payer(party((String) r[8], (UUID) r[9])).payee(party((String) r[10], (UUID) r[11])).build());
            }
            for (Object[] r : children(evaluations, gid)) {
                agreement.addEvaluations(Evaluation.builder().id(EvaluationId.of((UUID) r[1])).date((LocalDate) r[4])
                        .summary((String) r[5]).build());
            }
            for (Object[] r : children(notes, gid)) {
                agreement.addNotes(note(r));
            }
            alliance.addAgreements(agreement.build());
        }
        for (Object[] r : rows.of(RawSchema.CLUB)) {
            alliance.addClubs(Club.builder().id(ClubId.of((UUID) r[1])).name((String) r[3])
                    .cvr(Optional.ofNullable((String) r[4])).build());
        }
        for (Object[] r : rows.of(RawSchema.PARTNER)) {
            alliance.addPartners(Partner.builder().id(PartnerId.of((UUID) r[1])).name((String) r[3])
                    .kind(PartnerKind.valueOf((String) r[4])).cvr(Optional.ofNullable((String) r[5])).build());
        }
        for (Object[] r : rows.of(RawSchema.CONTACT)) {
            alliance.addContacts(ContactPerson.builder().id(ContactId.of((UUID) r[1])).name((String) r[3])
                    .jobTitle(Optional.ofNullable((String) r[4])).email(Optional.ofNullable((String) r[5]))
                    .phone(Optional.ofNullable((String) r[6])).erased((Boolean) r[7]).build());
        }
        for (Object[] r : children(notes, allianceId)) {
            alliance.addNotes(note(r));
        }
        for (Object[] r : rows.of(RawSchema.HISTORY)) {
            alliance.addHistory(HistoryEntry.builder().seq((Long) r[1]).event(HistoryEvent.valueOf((String) r[2]))
                    .agreement(Optional.ofNullable((UUID) r[3]).map(AgreementId::of))
                    .contact(Optional.ofNullable((UUID) r[4]).map(ContactId::of))
                    .on(r[5] == null ? Optional.empty() : Optional.of(partialDate((LocalDate) r[5], (String) r[6])))
                    .at((Instant) r[7]).actor(ActorRef.of((String) r[8])).reason(Optional.ofNullable((String) r[9]))
                    .build());
        }
        return alliance.build();
    }

    private static Agreement.Builder agreement(Object[] g) {
        Agreement.Builder b = Agreement.builder()
                .id(AgreementId.of((UUID) g[1]))
                .title((String) g[3])
                .state(AgreementState.valueOf((String) g[5]))
                .heldFrom(Optional.ofNullable((String) g[6]).map(AgreementState::valueOf))
                .localUnion(Optional.ofNullable((String) g[7]).map(LocalUnionCode::of))
                .renews(Optional.ofNullable((UUID) g[8]).map(AgreementId::of))
                .signatoriesNotRecorded((Boolean) g[18])
                .terminationDate(Optional.ofNullable((LocalDate) g[19]))
                .terminationReason(Optional.ofNullable((String) g[20]))
                .abandonReason(Optional.ofNullable((String) g[21]));
        if (g[16] != null) {
            b.signingDate(partialDate((LocalDate) g[16], (String) g[17]));
        }
        period((LocalDate) g[9], (LocalDate) g[10], (String) g[11]).ifPresent(b::period);
        if ((Boolean) g[22]) {
            b.renewsUnrecorded(UnrecordedTerm.builder().period(period((LocalDate) g[23], (LocalDate) g[24], (String) g[25]))
                    .note(Optional.ofNullable((String) g[26])).build());
        }
        if (g[27] != null || g[28] != null || g[29] != null) {
            ExtensionOption.Builder e = ExtensionOption.builder().until(Optional.ofNullable((LocalDate) g[27]))
                    .text(Optional.ofNullable((String) g[29]));
            if (g[28] != null) {
                e.years((Integer) g[28]);
            }
            b.extensionOption(e.build());
        }
        return b;
    }

    private static Optional<AgreementPeriod> period(LocalDate start, LocalDate end, String kind) {
        if (start == null && end == null) {
            return Optional.empty();
        }
        return Optional.of(AgreementPeriod.builder().start(start).end(Optional.ofNullable(end))
                .openEnded(EndKind.OPEN_ENDED.name().equals(kind)).build());
    }

    private static PartialDate partialDate(LocalDate firstDay, String precision) {
        return new PartialDate.Builder().firstDay(firstDay)
                .precision(precision == null ? DatePrecision.DAY : DatePrecision.valueOf(precision)).build();
    }

    private static Note note(Object[] r) {
        return Note.builder().id(NoteId.of((UUID) r[1])).kind(NoteKind.valueOf((String) r[4]))
                .date(partialDate((LocalDate) r[5], (String) r[6])).text((String) r[7]).build();
    }

    private static Optional<Party> party(String kind, UUID id) {
        if (kind == null) {
            return Optional.empty();
        }
        SignatoryParty k = SignatoryParty.valueOf(kind);
        Party.Builder b = Party.builder().kind(k);
        if (id != null && k == SignatoryParty.CLUB) {
            b.club(ClubId.of(id));
        } else if (id != null && k == SignatoryParty.PARTNER) {
            b.partner(PartnerId.of(id));
        }
        return Optional.of(b.build());
    }

    private static Map<UUID, List<Object[]>> byParent(List<Object[]> rows, int parentColumn) {
        Map<UUID, List<Object[]>> grouped = new HashMap<>();
        for (Object[] r : rows) {
            grouped.computeIfAbsent((UUID) r[parentColumn], k -> new ArrayList<>()).add(r);
        }
        return grouped;
    }

    private static List<Object[]> children(Map<UUID, List<Object[]>> byParent, UUID parent) {
        return byParent.getOrDefault(parent, List.of());
    }
}
