package dk.welfarealliance.storage.tck.generators;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteCommitmentId;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/**
 * Valid agreements in every state (docs/lifecycle.md): drafts ({@code IN_DIALOGUE}, {@code APPROVED}, {@code ON_HOLD}
 * with the state it left), {@code ABANDONED} with a reason, {@code SIGNED} with a term, a signing date known to
 * the day, month or year, signatories (or none recorded), events, evaluations and measurements, and
 * {@code TERMINATED} with a termination date from the day before the start to the last day it can have run.
 * Terms end on a day, are open-ended or have an end not recorded ({@link EndKind}). Content of both tracks:
 * focus areas, initiatives with goals, elite commitments, payments; and extension options, renewals of
 * unrecorded earlier terms, dated notes. The agreements of one alliance ({@link AllianceGenerators}) have terms
 * that never overlap (an open-ended term only as the last; a term whose end is not recorded only followed by
 * terms starting later, and terminated before the next one starts) and at most one open agreement.
 *
 * @since 0.1.0
 */
public final class AgreementGenerators {
    private static final List<AgreementState> OPEN_STATES =
            List.of(AgreementState.IN_DIALOGUE, AgreementState.APPROVED, AgreementState.ON_HOLD);

    private AgreementGenerators() {}

    /** @return valid agreements in any state, not renewing another and without contact references */
    public static Gen<Agreement> agreements() {
        return Draw.gen(d -> {
            AgreementState state = d.pick(List.of(AgreementState.values()));
            return agreement(d, state);
        });
    }

    /** @return valid agreements in {@code state}, not renewing another and without contact references */
    public static Gen<Agreement> agreements(AgreementState state) {
        return Draw.gen(d -> agreement(d, state));
    }

    private static Agreement agreement(Draw d, AgreementState state) {
        Pools p = Pools.WIDE;
        IdGenerator ids = ContentGenerators.ids(d);
        List<AgreementPeriod> terms = state.isSigned() ? terms(d, p, 1) : List.of();
        // a termination takes effect by the term's own end at the latest
        LocalDate lastDay = terms.isEmpty() ? TimeGenerators.MAX_DATE : lastDay(terms, 0);
        return agreement(d, p, ids, List.of(), ContentGenerators.Links.NONE, state, terms.stream().findFirst(), lastDay);
    }

    /**
     * The agreements of one alliance: 0–3 signed or terminated ones with terms that never overlap, 0–2
     * abandoned ones, at most one open one, in a drawn order, some renewing another.
     */
    static List<Agreement> ofAlliance(Draw d, Pools p, IdGenerator ids, List<ContactId> contacts,
            ContentGenerators.Links links) {
        List<Agreement> agreements = new ArrayList<>();
        List<AgreementPeriod> terms = terms(d, p, d.between(0, 3));
        for (int i = 0; i < terms.size(); i++) {
            AgreementState state = d.chance(30) ? AgreementState.TERMINATED : AgreementState.SIGNED;
            agreements.add(agreement(d, p, ids, contacts, links, state, Optional.of(terms.get(i)), lastDay(terms, i)));
        }
        int abandoned = d.between(0, 2);
        for (int i = 0; i < abandoned; i++) {
            agreements.add(agreement(d, p, ids, contacts, links, AgreementState.ABANDONED, Optional.empty(),
                    TimeGenerators.MAX_DATE));
        }
        if (d.chance(50)) {
            agreements.add(agreement(d, p, ids, contacts, links, d.pick(OPEN_STATES), Optional.empty(),
                    TimeGenerators.MAX_DATE));
        }
        List<Agreement> ordered = d.shuffled(agreements);
        List<Agreement> result = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Agreement a = ordered.get(i);
            if (i > 0 && d.chance(25)) {
                AgreementId renewed = ordered.get(d.between(0, i - 1)).getId();
                a = Agreement.builder().from(a).renewsUnrecorded(Optional.empty()).renews(renewed).build();
            }
            result.add(a);
        }
        return result;
    }

    /**
     * @return up to {@code count} consecutive terms with gaps, none overlapping ({@code Terms.overlap}), within
     *     the pool's days: most end on a day, some have an end not recorded (the next term then starts after a
     *     while), and only the last may be open-ended
     */
    static List<AgreementPeriod> terms(Draw d, Pools p, int count) {
        List<AgreementPeriod> terms = new ArrayList<>(count);
        long last = p.lastDay().toEpochDay();
        LocalDate latestFirstStart = p.isNarrow() ? LocalDate.of(2024, 12, 31) : p.lastDay();
        long cursor = d.date(p.firstDay(), latestFirstStart).toEpochDay();
        for (int i = 0; i < count && cursor <= last; i++) {
            long start = Math.min(last, cursor + (i == 0 ? 0 : d.between(0, p.maxGapDays())));
            LocalDate first = LocalDate.ofEpochDay(start);
            int kind = d.between(0, 99);
            if (i == count - 1 && kind >= 85) {
                terms.add(AgreementPeriod.openEnded(first));
                break;
            }
            if (kind >= 65) {
                terms.add(AgreementPeriod.endNotRecorded(first));
                cursor = start + 1 + d.between(0, p.maxTermDays());
                continue;
            }
            long end = d.chance(10) ? last : Math.min(last, start + d.between(0, p.maxTermDays()));
            terms.add(AgreementPeriod.of(first, LocalDate.ofEpochDay(end)));
            cursor = end + 1;
        }
        return terms;
    }

    /**
     * @return the last day term {@code i} of {@code terms} can have run, the latest a termination may take
     *     effect: its end date, or, for an open-ended term or one whose end is not recorded, the day before the
     *     next term starts (the last supported day if none follows)
     */
    static LocalDate lastDay(List<AgreementPeriod> terms, int i) {
        AgreementPeriod term = terms.get(i);
        if (term.endKind() == EndKind.DATE) {
            return term.getEnd().orElseThrow();
        }
        return i + 1 < terms.size() ? terms.get(i + 1).getStart().minusDays(1) : TimeGenerators.MAX_DATE;
    }

    /**
     * @param lastDay for a terminated agreement, the latest termination date the alliance's other terms allow
     */
    static Agreement agreement(Draw d, Pools p, IdGenerator ids, List<ContactId> contacts, ContentGenerators.Links links,
            AgreementState state, Optional<AgreementPeriod> term, LocalDate lastDay) {
        TreeSet<FocusAreaCode> areas = new TreeSet<>(d.list(0, 3, () -> p.focusArea(d)));
        List<Initiative> initiatives = d.list(0, 3, () -> ContentGenerators.initiative(d, p, ids, areas, links));
        List<EliteCommitment> commitments = d.list(0, 2, () -> ContentGenerators.eliteCommitment(d, p, ids));
        List<EliteCommitmentId> commitmentIds = commitments.stream().map(EliteCommitment::getId).toList();
        Agreement.Builder b = Agreement.builder().id(ids.newAgreementId()).title(p.title(d)).state(state)
                .localUnion(d.maybe(50, () -> LocalUnionCode.of(CodeGenerators.upperCode(d))))
                .renewsUnrecorded(d.maybe(15, () -> ContentGenerators.unrecordedTerm(d, p)))
                .focusAreas(areas)
                .initiatives(initiatives)
                .eliteCommitments(commitments)
                .payments(d.list(0, 2, () -> ContentGenerators.payment(d, p, ids, links)))
                .extensionOption(d.maybe(25, () -> ContentGenerators.extensionOption(d, p)))
                .notes(d.list(0, 2, () -> ContentGenerators.note(d, p, ids)));
        if (state.isSigned()) {
            AgreementPeriod period = term.orElseThrow();
            b.period(period).signingDate(TimeGenerators.partialDate(d, p))
                    .eliteEvents(d.list(0, 2, () -> ContentGenerators.eliteEvent(d, p, ids, commitmentIds)))
                    .evaluations(d.list(0, 2, () -> ContentGenerators.evaluation(d, p, ids)));
            if (d.chance(15)) {
                b.signatoriesNotRecorded(true);
            } else {
                b.signatories(signatories(d, p, ids, contacts, links));
            }
            List<Goal> goals = initiatives.stream().flatMap(i -> i.getGoals().stream()).toList();
            if (!goals.isEmpty()) {
                b.measurements(d.list(0, 3, () -> ContentGenerators.measurement(d, p, ids, d.pick(goals))));
            }
            if (state == AgreementState.TERMINATED) {
                LocalDate earliest = period.getStart().minusDays(1);
                if (earliest.isBefore(TimeGenerators.MIN_DATE)) {
                    earliest = TimeGenerators.MIN_DATE;
                }
                b.terminationDate(d.date(earliest, lastDay)).terminationReason(p.longText(d));
            }
        } else {
            b.period(d.maybe(50, () -> terms(d, p, 1).get(0)));
            if (state == AgreementState.ABANDONED) {
                b.abandonReason(p.longText(d));
            } else if (state == AgreementState.ON_HOLD) {
                b.heldFrom(d.pick(List.of(AgreementState.IN_DIALOGUE, AgreementState.APPROVED)));
            }
        }
        return b.build();
    }

    /** A municipality signatory, a federation or local-union one, and sometimes a club or partner one. */
    private static List<Signatory> signatories(Draw d, Pools p, IdGenerator ids, List<ContactId> contacts,
            ContentGenerators.Links links) {
        List<Signatory> signatories = new ArrayList<>();
        signatories.add(ContentGenerators.signatory(d, p, ids, SignatoryParty.MUNICIPALITY, contacts, links));
        signatories.add(ContentGenerators.signatory(d, p, ids,
                d.pick(List.of(SignatoryParty.FEDERATION, SignatoryParty.LOCAL_UNION)), contacts, links));
        if (d.chance(40)) {
            signatories.add(ContentGenerators.signatory(d, p, ids,
                    d.pick(List.of(SignatoryParty.CLUB, SignatoryParty.PARTNER)), contacts, links));
        }
        return d.shuffled(signatories);
    }
}
