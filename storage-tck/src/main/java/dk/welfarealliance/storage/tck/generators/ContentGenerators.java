package dk.welfarealliance.storage.tck.generators;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Money;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TeamGender;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * The children of an alliance and its agreements, each valid on its own: clubs and partners (with valid CVR
 * numbers or none), contacts (sometimes erased tombstones), initiatives with goals, elite commitments and
 * events, payments, evaluations, signatories. Texts come from {@link TextGenerators}, numbers cover the
 * allowed scales and ranges. Ids come from a seeded {@link IdGenerator} drawn per value.
 *
 * @since 0.1.0
 */
public final class ContentGenerators {
    private ContentGenerators() {}

    /** @return valid clubs */
    public static Gen<Club> clubs() {
        return Draw.gen(d -> club(d, Pools.WIDE, ids(d)));
    }

    /** @return valid partners of every kind */
    public static Gen<Partner> partners() {
        return Draw.gen(d -> partner(d, Pools.WIDE, ids(d)));
    }

    /** @return valid contact persons, now and then an erased tombstone */
    public static Gen<ContactPerson> contacts() {
        return Draw.gen(d -> contact(d, Pools.WIDE, ids(d)));
    }

    /** @return valid initiatives with goals, without a focus area (an agreement would have to hold it) */
    public static Gen<Initiative> initiatives() {
        return Draw.gen(d -> initiative(d, Pools.WIDE, ids(d), Set.of()));
    }

    /** @return valid elite commitments */
    public static Gen<EliteCommitment> eliteCommitments() {
        return Draw.gen(d -> eliteCommitment(d, Pools.WIDE, ids(d)));
    }

    /** @return valid elite events */
    public static Gen<EliteEvent> eliteEvents() {
        return Draw.gen(d -> eliteEvent(d, Pools.WIDE, ids(d)));
    }

    /** @return valid payments, amounts from DKK 0.01 to the largest allowed */
    public static Gen<Payment> payments() {
        return Draw.gen(d -> payment(d, Pools.WIDE, ids(d)));
    }

    /** @return valid evaluations */
    public static Gen<Evaluation> evaluations() {
        return Draw.gen(d -> evaluation(d, Pools.WIDE, ids(d)));
    }

    static IdGenerator ids(Draw d) {
        return IdGenerator.seeded(d.anyLong());
    }

    static Club club(Draw d, Pools p, IdGenerator ids) {
        return Club.builder().id(ids.newClubId()).name(p.name(d)).cvr(d.maybe(60, () -> CodeGenerators.cvr(d))).build();
    }

    static Partner partner(Draw d, Pools p, IdGenerator ids) {
        return Partner.builder().id(ids.newPartnerId()).name(p.name(d)).kind(d.pick(List.of(PartnerKind.values())))
                .cvr(d.maybe(40, () -> CodeGenerators.cvr(d))).build();
    }

    static ContactPerson contact(Draw d, Pools p, IdGenerator ids) {
        if (d.chance(10)) {
            return ContactPerson.tombstone(ids.newContactId());
        }
        return ContactPerson.builder().id(ids.newContactId()).name(p.name(d))
                .jobTitle(d.maybe(50, () -> p.name(d)))
                .email(d.maybe(50, () -> "kontakt+" + d.between(1, 999) + "@kommune.dk"))
                .phone(d.maybe(50, () -> "+45 " + d.between(10_000_000, 99_999_999)))
                .build();
    }

    static Signatory signatory(Draw d, Pools p, IdGenerator ids, SignatoryParty party, List<ContactId> contacts) {
        return Signatory.builder().id(ids.newSignatoryId()).party(party).role(p.name(d))
                .contact(d.maybePick(50, contacts))
                .build();
    }

    static Initiative initiative(Draw d, Pools p, IdGenerator ids, Set<FocusAreaCode> agreementAreas) {
        List<FocusAreaCode> areas = new ArrayList<>(agreementAreas);
        return Initiative.builder().id(ids.newInitiativeId()).name(p.name(d))
                .concept(d.maybe(40, () -> d.pick(List.of("Fodbold Fitness", "Gå Fodbold", "FC Demens", "11 for Health"))))
                .focusArea(d.maybePick(60, areas))
                .description(d.maybe(40, () -> p.longText(d)))
                .targetGroups(d.list(0, 3, () -> CodeGenerators.targetGroup(d)))
                .goals(d.list(0, 3, () -> goal(d, p, ids)))
                .build();
    }

    static Goal goal(Draw d, Pools p, IdGenerator ids) {
        return Goal.builder().id(ids.newGoalId()).metric(p.name(d)).baseline(d.maybe(50, () -> number(d)))
                .target(number(d)).unit(d.pick(List.of(GoalUnit.values()))).build();
    }

    static Measurement measurement(Draw d, Pools p, IdGenerator ids, Goal goal) {
        return Measurement.builder().id(ids.newMeasurementId()).goal(goal.getId()).date(p.date(d)).value(number(d))
                .unit(goal.getUnit()).note(d.maybe(30, () -> p.longText(d))).build();
    }

    static EliteCommitment eliteCommitment(Draw d, Pools p, IdGenerator ids) {
        return EliteCommitment.builder().id(ids.newEliteCommitmentId()).kind(d.pick(List.of(EliteEventKind.values())))
                .minimumCount(d.between(1, 12)).ageGroup(d.maybe(40, () -> d.pick(List.of(AgeGroup.values()))))
                .gender(d.maybe(40, () -> d.pick(List.of(TeamGender.values()))))
                .description(d.maybe(30, () -> p.longText(d))).build();
    }

    static EliteEvent eliteEvent(Draw d, Pools p, IdGenerator ids) {
        return EliteEvent.builder().id(ids.newEliteEventId()).kind(d.pick(List.of(EliteEventKind.values())))
                .date(p.date(d)).title(p.name(d)).ageGroup(d.maybe(40, () -> d.pick(List.of(AgeGroup.values()))))
                .gender(d.maybe(40, () -> d.pick(List.of(TeamGender.values()))))
                .description(d.maybe(30, () -> p.longText(d))).build();
    }

    static Payment payment(Draw d, Pools p, IdGenerator ids) {
        // Øre from 1 to 10^15 - 1: DKK 0.01 to the largest amount below 10^13.
        Money amount = Money.of(BigDecimal.valueOf(d.between(1L, 999_999_999_999_999L), 2),
                d.chance(20) ? "EUR" : Money.DKK);
        return Payment.builder().id(ids.newPaymentId()).kind(d.pick(List.of(PaymentKind.values()))).amount(amount)
                .description(d.maybe(40, () -> p.longText(d))).build();
    }

    static Evaluation evaluation(Draw d, Pools p, IdGenerator ids) {
        return Evaluation.builder().id(ids.newEvaluationId()).date(p.date(d)).summary(p.longText(d)).build();
    }

    /** A goal or measurement number: up to 6 decimals and 12 integer digits, either sign. */
    static BigDecimal number(Draw d) {
        int scale = d.between(0, 6);
        long bound = 1;
        for (int i = 0; i < 12 + scale; i++) {
            bound *= 10;
        }
        return BigDecimal.valueOf(d.between(-(bound - 1), bound - 1), scale);
    }
}
