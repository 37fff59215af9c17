package dk.welfarealliance.storage.tck.generators;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteCommitmentId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.ExtensionOption;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Money;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TeamGender;
import dk.welfarealliance.UnrecordedTerm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/**
 * The children of an alliance and its agreements, each valid on its own: clubs and partners (with valid CVR
 * numbers or none), contacts (sometimes erased tombstones), initiatives with goals (targets of every kind or
 * none) delivered by clubs and partners, elite commitments (with or without a minimum, some with a deadline,
 * home bases) and events (some of several days, with venues, the commitment they count towards and a shared
 * reference), payments with payer and payee, evaluations, signatories for a club or partner, dated notes,
 * extension options and unrecorded earlier terms. Texts come from {@link TextGenerators}, numbers cover the
 * allowed scales and ranges. Ids come from a seeded {@link IdGenerator} drawn per value; references to clubs,
 * partners and commitments point only at the ones passed in.
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

    /**
     * @return valid initiatives with goals, without a focus area, clubs or partners (an agreement or alliance
     *     would have to hold them)
     */
    public static Gen<Initiative> initiatives() {
        return Draw.gen(d -> initiative(d, Pools.WIDE, ids(d), Set.of(), Links.NONE));
    }

    /** @return valid elite commitments */
    public static Gen<EliteCommitment> eliteCommitments() {
        return Draw.gen(d -> eliteCommitment(d, Pools.WIDE, ids(d)));
    }

    /** @return valid elite events, not naming a commitment (an agreement would have to hold it) */
    public static Gen<EliteEvent> eliteEvents() {
        return Draw.gen(d -> eliteEvent(d, Pools.WIDE, ids(d), List.of()));
    }

    /**
     * @return valid payments, amounts from DKK 0.01 to the largest allowed, payer and payee of every kind but
     *     never naming a club or partner (an alliance would have to hold it)
     */
    public static Gen<Payment> payments() {
        return Draw.gen(d -> payment(d, Pools.WIDE, ids(d), Links.NONE));
    }

    /** @return valid notes of every kind, dated to the day, month or year */
    public static Gen<Note> notes() {
        return Draw.gen(d -> note(d, Pools.WIDE, ids(d)));
    }

    /** @return valid extension options: an until day, a number of years, a clause, or any of them together */
    public static Gen<ExtensionOption> extensionOptions() {
        return Draw.gen(d -> extensionOption(d, Pools.WIDE));
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

    static Signatory signatory(Draw d, Pools p, IdGenerator ids, SignatoryParty party, List<ContactId> contacts,
            Links links) {
        return Signatory.builder().id(ids.newSignatoryId()).party(party).role(p.name(d))
                .contact(d.maybePick(50, contacts))
                .club(party == SignatoryParty.CLUB ? d.maybePick(70, links.clubs()) : Optional.empty())
                .partner(party == SignatoryParty.PARTNER ? d.maybePick(70, links.partners()) : Optional.empty())
                .build();
    }

    static Initiative initiative(Draw d, Pools p, IdGenerator ids, Set<FocusAreaCode> agreementAreas, Links links) {
        List<FocusAreaCode> areas = new ArrayList<>(agreementAreas);
        return Initiative.builder().id(ids.newInitiativeId()).name(p.name(d))
                .concept(d.maybe(40, () -> d.pick(List.of("Fodbold Fitness", "Gå Fodbold", "FC Demens", "11 for Health"))))
                .focusArea(d.maybePick(60, areas))
                .description(d.maybe(40, () -> p.longText(d)))
                .targetGroups(d.list(0, 3, () -> CodeGenerators.targetGroup(d)))
                .goals(d.list(0, 3, () -> goal(d, p, ids)))
                .clubs(subset(d, links.clubs()))
                .partners(subset(d, links.partners()))
                .build();
    }

    /** A goal with a level target, a change or per-cent change from its baseline (only with one), or no target. */
    static Goal goal(Draw d, Pools p, IdGenerator ids) {
        Optional<BigDecimal> baseline = d.maybe(50, () -> number(d));
        Optional<GoalTarget> target = Optional.empty();
        int kind = d.between(0, 9);
        if (kind >= 2) {
            BigDecimal value = number(d);
            target = Optional.of(baseline.isEmpty() || kind < 6 ? GoalTarget.level(value)
                    : kind < 8 ? GoalTarget.change(value) : GoalTarget.percentChange(value));
        }
        return Goal.builder().id(ids.newGoalId()).metric(p.name(d)).baseline(baseline).target(target)
                .unit(d.pick(List.of(GoalUnit.values()))).build();
    }

    static Measurement measurement(Draw d, Pools p, IdGenerator ids, Goal goal) {
        return Measurement.builder().id(ids.newMeasurementId()).goal(goal.getId()).date(p.date(d)).value(number(d))
                .unit(goal.getUnit()).note(d.maybe(30, () -> p.longText(d))).build();
    }

    static EliteCommitment eliteCommitment(Draw d, Pools p, IdGenerator ids) {
        EliteCommitment.Builder b = EliteCommitment.builder().id(ids.newEliteCommitmentId())
                .kind(d.pick(List.of(EliteEventKind.values())));
        if (d.chance(70)) {
            b.minimumCount(d.between(1, 12));
        }
        return b.deadline(d.maybe(30, () -> p.date(d))).ageGroup(d.maybe(40, () -> d.pick(List.of(AgeGroup.values()))))
                .gender(d.maybe(40, () -> d.pick(List.of(TeamGender.values()))))
                .description(d.maybe(30, () -> p.longText(d))).build();
    }

    /** An event of one or several days, now and then counting towards one of {@code commitments}. */
    static EliteEvent eliteEvent(Draw d, Pools p, IdGenerator ids, List<EliteCommitmentId> commitments) {
        LocalDate date = p.date(d);
        long lastDays = p.lastDay().toEpochDay() - date.toEpochDay();
        return EliteEvent.builder().id(ids.newEliteEventId()).kind(d.pick(List.of(EliteEventKind.values())))
                .date(date).endDate(d.maybe(30, () -> date.plusDays(d.between(0L, Math.min(14L, lastDays)))))
                .title(p.name(d)).venue(d.maybe(40, () -> p.name(d)))
                .commitment(d.maybePick(40, commitments))
                .sharedReference(d.maybe(20, () -> "fælles-" + d.between(1, 999)))
                .ageGroup(d.maybe(40, () -> d.pick(List.of(AgeGroup.values()))))
                .gender(d.maybe(40, () -> d.pick(List.of(TeamGender.values()))))
                .description(d.maybe(30, () -> p.longText(d))).build();
    }

    static Payment payment(Draw d, Pools p, IdGenerator ids, Links links) {
        // Øre from 1 to 10^15 - 1: DKK 0.01 to the largest amount below 10^13.
        Money amount = Money.of(BigDecimal.valueOf(d.between(1L, 999_999_999_999_999L), 2),
                d.chance(20) ? "EUR" : Money.DKK);
        return Payment.builder().id(ids.newPaymentId()).kind(d.pick(List.of(PaymentKind.values()))).amount(amount)
                .description(d.maybe(40, () -> p.longText(d)))
                .payer(d.maybe(50, () -> party(d, links))).payee(d.maybe(50, () -> party(d, links))).build();
    }

    /** A party of any kind; a club or partner party names one of {@code links} now and then. */
    static Party party(Draw d, Links links) {
        SignatoryParty kind = d.pick(List.of(SignatoryParty.values()));
        return Party.builder().kind(kind)
                .club(kind == SignatoryParty.CLUB ? d.maybePick(70, links.clubs()) : Optional.empty())
                .partner(kind == SignatoryParty.PARTNER ? d.maybePick(70, links.partners()) : Optional.empty())
                .build();
    }

    static Note note(Draw d, Pools p, IdGenerator ids) {
        return Note.builder().id(ids.newNoteId()).kind(d.pick(List.of(NoteKind.values()))).date(TimeGenerators.partialDate(d, p))
                .text(p.longText(d)).build();
    }

    /** An option with one, two or all three of until, years and text. */
    static ExtensionOption extensionOption(Draw d, Pools p) {
        int given = d.between(1, 7);
        ExtensionOption.Builder b = ExtensionOption.builder();
        if ((given & 1) != 0) {
            b.until(p.date(d));
        }
        if ((given & 2) != 0) {
            b.years(d.between(1, 10));
        }
        if ((given & 4) != 0) {
            b.text(p.longText(d));
        }
        return b.build();
    }

    /** An earlier term not in the registry: its period (of any end kind) and a note, each maybe. */
    static UnrecordedTerm unrecordedTerm(Draw d, Pools p) {
        return UnrecordedTerm.builder().period(d.maybe(50, () -> AgreementGenerators.terms(d, p, 1).get(0)))
                .note(d.maybe(50, () -> p.longText(d))).build();
    }

    static Evaluation evaluation(Draw d, Pools p, IdGenerator ids) {
        return Evaluation.builder().id(ids.newEvaluationId()).date(p.date(d)).summary(p.longText(d)).build();
    }

    private static <T extends Comparable<T>> TreeSet<T> subset(Draw d, List<T> items) {
        return new TreeSet<>(items.isEmpty() ? List.of() : d.list(0, 2, () -> d.pick(items)));
    }

    /** The clubs and partners of an alliance that its agreements' children may name. */
    record Links(List<ClubId> clubs, List<PartnerId> partners) {
        static final Links NONE = new Links(List.of(), List.of());
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
