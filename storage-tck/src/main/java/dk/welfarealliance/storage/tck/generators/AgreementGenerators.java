package dk.welfarealliance.storage.tck.generators;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.ContactId;
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
 * Valid agreements in every state (DESIGN §3): drafts ({@code IN_DIALOGUE}, {@code APPROVED}, {@code ON_HOLD}
 * with the state it left), {@code ABANDONED} with a reason, {@code SIGNED} with a term, signing date,
 * signatories, events, evaluations and measurements, and {@code TERMINATED} with a termination date from the
 * day before the start to the end. Content of both tracks: focus areas, initiatives with goals, elite
 * commitments, payments. The agreements of one alliance ({@link AllianceGenerators}) have terms that never
 * overlap and at most one open agreement.
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
            return agreements(state).generate(d.source());
        });
    }

    /** @return valid agreements in {@code state}, not renewing another and without contact references */
    public static Gen<Agreement> agreements(AgreementState state) {
        return Draw.gen(d -> {
            Pools p = Pools.WIDE;
            IdGenerator ids = ContentGenerators.ids(d);
            Optional<AgreementPeriod> term = state.isSigned() ? terms(d, p, 1).stream().findFirst() : Optional.empty();
            return agreement(d, p, ids, List.of(), state, term);
        });
    }

    /**
     * The agreements of one alliance: 0–3 signed or terminated ones with terms that never overlap, 0–2
     * abandoned ones, at most one open one, in a drawn order, some renewing another.
     */
    static List<Agreement> ofAlliance(Draw d, Pools p, IdGenerator ids, List<ContactId> contacts) {
        List<Agreement> agreements = new ArrayList<>();
        for (AgreementPeriod term : terms(d, p, d.between(0, 3))) {
            AgreementState state = d.chance(30) ? AgreementState.TERMINATED : AgreementState.SIGNED;
            agreements.add(agreement(d, p, ids, contacts, state, Optional.of(term)));
        }
        int abandoned = d.between(0, 2);
        for (int i = 0; i < abandoned; i++) {
            agreements.add(agreement(d, p, ids, contacts, AgreementState.ABANDONED, Optional.empty()));
        }
        if (d.chance(50)) {
            agreements.add(agreement(d, p, ids, contacts, d.pick(OPEN_STATES), Optional.empty()));
        }
        List<Agreement> ordered = d.shuffled(agreements);
        List<Agreement> result = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Agreement a = ordered.get(i);
            if (i > 0 && d.chance(25)) {
                AgreementId renewed = ordered.get(d.between(0, i - 1)).getId();
                a = a.withRenews(renewed);
            }
            result.add(a);
        }
        return result;
    }

    /** @return up to {@code count} consecutive terms with gaps, none overlapping, within the pool's days */
    static List<AgreementPeriod> terms(Draw d, Pools p, int count) {
        List<AgreementPeriod> terms = new ArrayList<>(count);
        long last = p.lastDay().toEpochDay();
        LocalDate latestFirstStart = p.isNarrow() ? LocalDate.of(2024, 12, 31) : p.lastDay();
        long cursor = d.date(p.firstDay(), latestFirstStart).toEpochDay();
        for (int i = 0; i < count && cursor <= last; i++) {
            long start = Math.min(last, cursor + (i == 0 ? 0 : d.between(0, p.maxGapDays())));
            long end = d.chance(10) ? last : Math.min(last, start + d.between(0, p.maxTermDays()));
            terms.add(AgreementPeriod.of(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end)));
            cursor = end + 1;
        }
        return terms;
    }

    static Agreement agreement(Draw d, Pools p, IdGenerator ids, List<ContactId> contacts, AgreementState state,
            Optional<AgreementPeriod> term) {
        TreeSet<FocusAreaCode> areas = new TreeSet<>(d.list(0, 3, () -> p.focusArea(d)));
        List<Initiative> initiatives = d.list(0, 3, () -> ContentGenerators.initiative(d, p, ids, areas));
        Agreement.Builder b = Agreement.builder().id(ids.newAgreementId()).title(p.title(d)).state(state)
                .localUnion(d.maybe(50, () -> LocalUnionCode.of(CodeGenerators.upperCode(d))))
                .focusAreas(areas)
                .initiatives(initiatives)
                .eliteCommitments(d.list(0, 2, () -> ContentGenerators.eliteCommitment(d, p, ids)))
                .payments(d.list(0, 2, () -> ContentGenerators.payment(d, p, ids)));
        if (state.isSigned()) {
            AgreementPeriod period = term.orElseThrow();
            b.period(period).signingDate(p.date(d)).signatories(signatories(d, p, ids, contacts))
                    .eliteEvents(d.list(0, 2, () -> ContentGenerators.eliteEvent(d, p, ids)))
                    .evaluations(d.list(0, 2, () -> ContentGenerators.evaluation(d, p, ids)));
            List<Goal> goals = initiatives.stream().flatMap(i -> i.getGoals().stream()).toList();
            if (!goals.isEmpty()) {
                b.measurements(d.list(0, 3, () -> ContentGenerators.measurement(d, p, ids, d.pick(goals))));
            }
            if (state == AgreementState.TERMINATED) {
                LocalDate earliest = period.getStart().minusDays(1);
                if (earliest.isBefore(TimeGenerators.MIN_DATE)) {
                    earliest = TimeGenerators.MIN_DATE;
                }
                b.terminationDate(d.date(earliest, period.getEnd().orElse(TimeGenerators.MAX_DATE))).terminationReason(p.longText(d));
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
    private static List<Signatory> signatories(Draw d, Pools p, IdGenerator ids, List<ContactId> contacts) {
        List<Signatory> signatories = new ArrayList<>();
        signatories.add(ContentGenerators.signatory(d, p, ids, SignatoryParty.MUNICIPALITY, contacts));
        signatories.add(ContentGenerators.signatory(d, p, ids,
                d.pick(List.of(SignatoryParty.FEDERATION, SignatoryParty.LOCAL_UNION)), contacts));
        if (d.chance(30)) {
            signatories.add(ContentGenerators.signatory(d, p, ids,
                    d.pick(List.of(SignatoryParty.CLUB, SignatoryParty.PARTNER)), contacts));
        }
        return d.shuffled(signatories);
    }
}
