package dk.welfarealliance.service;

import static dk.welfarealliance.testing.Fixtures.ACTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.service.ExpectedLifecycle.Accepted;
import dk.welfarealliance.service.ExpectedLifecycle.Cmd;
import dk.welfarealliance.service.ExpectedLifecycle.Column;
import dk.welfarealliance.service.ExpectedLifecycle.Outcome;
import dk.welfarealliance.service.ExpectedLifecycle.Rejected;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.PropertyRuns;
import dk.welfarealliance.validation.ValidationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random command sequences against the hand-written lifecycle table ({@link ExpectedLifecycle}). The
 * generator satisfies every precondition besides the state (valid signatories, periods that overlap no
 * term, a goal to measure, an existing contact), so each step must be accepted exactly when the table says
 * so, and then append exactly the entries docs/model.md prescribes: one per agreement changed (two for a
 * superseding signature), one for an alliance-level change, none for a change that changes nothing.
 * A failure ends with "Seed was n": rerun with {@code -DQT_SEED=n} (see {@link PropertyRuns}).
 */
class RandomCommandSequenceTest {

    /** What a step tries; the concrete command is made from the alliance as it is at that step. */
    enum Move {
        OPEN, EDIT, EDIT_NOTHING, APPROVE, HOLD, RESUME, ABANDON, SIGN, SIGN_SUPERSEDING, AMEND,
        RECORD_EVALUATION, RECORD_MEASUREMENT, TERMINATE, RENEW, EDIT_ALLIANCE, EDIT_ALLIANCE_NOTHING, ERASE_CONTACT,
        RECORD_ELITE_EVENT, PUT_INITIATIVE, RECORD_NOTE, PUT_CLUB
    }

    /**
     * One step: the move, which agreement it targets ({@code pick} 0 is the newest, 1 the one before, …) and
     * a number {@code x} the move draws its parameters from (period offsets and lengths, which contact).
     */
    record Step(Move move, int pick, int x) {
        @Override
        public String toString() {
            return move + "(pick=" + pick + ", x=" + x + ")";
        }
    }

    private static final Gen<Step> STEPS = moves()
            .zip(integers().between(0, 3), integers().between(0, 9_999), Step::new);
    private static final Gen<List<Step>> SEQUENCES = lists().of(STEPS).ofSizeBetween(1, 40);

    /** Every move, the ones that lead to new states more often, so that sequences get past the first agreement. */
    private static Gen<Move> moves() {
        List<Pair<Integer, Gen<Move>>> weighted = new ArrayList<>();
        for (Move m : Move.values()) {
            int weight = switch (m) {
                case OPEN, SIGN, SIGN_SUPERSEDING, RENEW -> 4;
                case APPROVE, TERMINATE, HOLD, RESUME -> 2;
                default -> 1;
            };
            weighted.add(Pair.of(weight, Generate.constant(m)));
        }
        return Generate.frequency(weighted);
    }

    @Test
    void every_step_of_a_random_command_sequence_is_accepted_exactly_when_the_table_allows_it_and_appends_the_prescribed_history() {
        Set<String> reached = new HashSet<>();
        PropertyRuns.qt(300).forAll(SEQUENCES).checkAssert(steps -> run(steps, reached));

        // a generator that stopped reaching these would make the property pass vacuously
        List<String> mustReach = new ArrayList<>();
        for (Move m : Move.values()) {
            mustReach.add(m + " accepted");
        }
        mustReach.add(Move.SIGN_SUPERSEDING + " accepted, superseding");
        mustReach.add(Move.RENEW + " rejected " + ExpectedLifecycle.OPEN_EXISTS_RULE);
        mustReach.add(Move.OPEN + " rejected " + ExpectedLifecycle.OPEN_EXISTS_RULE);
        mustReach.add(Move.SIGN + " rejected " + ExpectedLifecycle.NOT_ALLOWED_RULE);
        mustReach.add(Move.APPROVE + " rejected " + ExpectedLifecycle.UNKNOWN_RULE);
        assertThat(reached).containsAll(mustReach);
    }

    private static String reached(Move move, Expected expected) {
        if (expected instanceof Accept a) {
            boolean superseding = a.entries().stream().anyMatch(e -> e.event() == HistoryEvent.SUPERSEDED);
            return move + " accepted" + (superseding ? ", superseding" : "");
        }
        return move + " rejected " + ((Reject) expected).rule();
    }

    private static void run(List<Step> steps, Set<String> reached) {
        AllianceStory story = AllianceStory.inAarhus();
        Lifecycle lifecycle = story.lifecycle();
        Alliance current = story.alliance();
        // the model's own memory of the state each agreement was put on hold from
        Map<AgreementId, AgreementState> heldFrom = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Plan plan = plan(current, steps.get(i), lifecycle.ids(), i + 1, heldFrom);
            String at = "step " + (i + 1) + " " + steps.get(i) + ": " + plan.command() + " expecting " + plan.expected();
            Alliance before = current;
            current = check(lifecycle, current, plan, at);
            reached.add(reached(steps.get(i).move(), plan.expected()));
            if (plan.command() instanceof HoldAgreement hold && plan.expected() instanceof Accept) {
                heldFrom.put(hold.getAgreement(), before.agreement(hold.getAgreement()).orElseThrow().getState());
            }
        }
    }

    /** A concrete command and what the table, and §2.4, say it must do. */
    private record Plan(Command command, Expected expected) {}

    private sealed interface Expected permits Accept, Reject {}

    /** Accepted, appending {@code entries} in order and leaving the agreements in {@code states}. */
    private record Accept(List<Want> entries, boolean createsAgreement, Map<AgreementId, AgreementState> states)
            implements Expected {}

    /** An entry to append: the event and the agreement it names (the target, the one created, or none). */
    private record Want(HistoryEvent event, ExpectedLifecycle.Subject subject, Optional<AgreementId> agreement) {
        @Override
        public String toString() {
            return event + " " + (subject == ExpectedLifecycle.Subject.NEW_AGREEMENT ? "(new)" : agreement.map(Object::toString).orElse("-"));
        }
    }

    private record Reject(String rule) implements Expected {}

    private static Alliance check(Lifecycle lifecycle, Alliance before, Plan plan, String at) {
        Alliance copy = Alliance.builder().from(before).build();
        if (plan.expected() instanceof Reject reject) {
            assertThatThrownBy(() -> lifecycle.apply(before, plan.command(), ACTOR)).as(at)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.getRules()).as(at).containsExactly(reject.rule()));
            assertThat(before).as(at).isEqualTo(copy);
            return before;
        }
        Accept accept = (Accept) plan.expected();
        Alliance after = lifecycle.apply(before, plan.command(), ACTOR);
        assertThat(before).as(at).isEqualTo(copy);
        // building the value again checks every invariant of docs/model.md on the result
        assertThat(Alliance.builder().from(after).build()).as(at + ": invariants hold").isEqualTo(after);

        List<Agreement> created = after.getAgreements().stream()
                .filter(a -> before.agreement(a.getId()).isEmpty()).toList();
        assertThat(created).as(at + ": agreements created").hasSize(accept.createsAgreement() ? 1 : 0);

        int n = before.getHistory().size();
        List<HistoryEntry> history = after.getHistory();
        assertThat(history.subList(0, Math.min(n, history.size()))).as(at).isEqualTo(before.getHistory());
        List<String> appended = new ArrayList<>();
        for (int i = n; i < history.size(); i++) {
            HistoryEntry e = history.get(i);
            appended.add(e.getSeq() + " " + e.getEvent() + " " + e.getAgreement().map(Object::toString).orElse("-"));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < accept.entries().size(); i++) {
            Want e = accept.entries().get(i);
            Optional<AgreementId> agreement = e.subject() == ExpectedLifecycle.Subject.NEW_AGREEMENT
                    ? Optional.of(created.get(0).getId())
                    : e.agreement();
            expected.add((n + i + 1) + " " + e.event() + " " + agreement.map(Object::toString).orElse("-"));
        }
        assertThat(appended).as(at + ": history appended").isEqualTo(expected);

        Set<AgreementId> changed = new HashSet<>();
        for (Agreement a : after.getAgreements()) {
            if (!before.agreement(a.getId()).equals(Optional.of(a))) {
                changed.add(a.getId());
            }
        }
        Set<AgreementId> named = new HashSet<>();
        history.subList(n, history.size()).forEach(e -> e.getAgreement().ifPresent(named::add));
        assertThat(changed).as(at + ": agreements changed = agreements named in the new entries").isEqualTo(named);
        accept.states().forEach((id, state) ->
                assertThat(after.agreement(id).orElseThrow().getState()).as(at + ": state of " + id).isEqualTo(state));
        created.forEach(a -> assertThat(a.getState()).as(at).isEqualTo(AgreementState.IN_DIALOGUE));
        boolean allianceLevel = accept.entries().stream().anyMatch(e -> e.subject() == ExpectedLifecycle.Subject.ALLIANCE);
        boolean listsChanged = !after.getClubs().equals(before.getClubs())
                || !after.getPartners().equals(before.getPartners())
                || !after.getContacts().equals(before.getContacts());
        assertThat(listsChanged).as(at + ": clubs, partners or contacts changed").isEqualTo(allianceLevel);
        if (accept.entries().isEmpty()) {
            assertThat(after).as(at + ": a change that changes nothing").isEqualTo(before);
        }
        return after;
    }

    // ---- planning: the concrete command and its expected outcome -------------------------------------------

    private static Plan plan(Alliance alliance, Step step, IdGenerator ids, int n,
            Map<AgreementId, AgreementState> heldFrom) {
        List<Agreement> agreements = alliance.getAgreements();
        Optional<Agreement> target = agreements.isEmpty()
                ? Optional.empty()
                : Optional.of(agreements.get(agreements.size() - 1 - step.pick() % agreements.size()));
        AgreementId targetId = target.map(Agreement::getId).orElseGet(ids::newAgreementId);
        Agreement current = target.orElseGet(() -> Agreement.builder().id(targetId).title("Ukendt")
                .state(AgreementState.IN_DIALOGUE).build());
        Column column = target.map(a -> Column.of(a.getState())).orElse(Column.NO_AGREEMENT);
        int x = step.x();

        switch (step.move()) {
            case OPEN:
                return open(alliance, OpenAgreement.titled("Aftale " + n));
            case EDIT:
                return byTable(Cmd.EDIT, column, targetId, EditAgreement.of(Agreement.builder().from(current)
                        .title("Aftale " + n)
                        .addInitiatives(Fixtures.initiativeWithGoal(ids, Optional.empty()))
                        .build()));
            case EDIT_NOTHING:
                return nothingIfAccepted(byTable(Cmd.EDIT, column, targetId, EditAgreement.of(current)));
            case APPROVE:
                return byTable(Cmd.APPROVE, column, targetId, ApproveAgreement.of(targetId));
            case HOLD:
                return byTable(Cmd.HOLD, column, targetId, HoldAgreement.of(targetId));
            case RESUME: {
                // the table's ON_HOLD column is on hold from APPROVED; in general resume returns to the state left
                Plan plan = byTable(Cmd.RESUME, column, targetId, ResumeAgreement.of(targetId));
                if (plan.expected() instanceof Accept a) {
                    return new Plan(plan.command(), new Accept(a.entries(), false,
                            Map.of(targetId, heldFrom.get(targetId))));
                }
                return plan;
            }
            case ABANDON:
                return byTable(Cmd.ABANDON, column, targetId, AbandonAgreement.of(targetId, "Opgivet i trin " + n));
            case SIGN:
                return sign(alliance, column, targetId, ids, x, false);
            case SIGN_SUPERSEDING:
                return sign(alliance, column, targetId, ids, x, true);
            case AMEND:
                return byTable(Cmd.AMEND, column, targetId, AmendAgreement.of(Agreement.builder().from(current)
                        .addFocusAreas(FocusAreaCode.custom("trin-" + n)).build()));
            case RECORD_MEASUREMENT: {
                Optional<Goal> goal = current.getInitiatives().stream().flatMap(i -> i.getGoals().stream()).findFirst();
                if (goal.isPresent() || target.isEmpty()) {
                    Goal g = goal.orElseGet(() -> Fixtures.participantsGoal(ids));
                    return byTable(Cmd.RECORD_MEASUREMENT, column, targetId,
                            RecordMeasurement.of(targetId, Fixtures.measurement(ids, g, LocalDate.of(2030, 1, 1))));
                }
                // no goal to measure: record an evaluation, the other half of "evaluate"
                return byTable(Cmd.RECORD_EVALUATION, column, targetId,
                        RecordEvaluation.of(targetId, Fixtures.evaluation(ids, LocalDate.of(2030, 1, 1))));
            }
            case RECORD_EVALUATION:
                return byTable(Cmd.RECORD_EVALUATION, column, targetId,
                        RecordEvaluation.of(targetId, Fixtures.evaluation(ids, LocalDate.of(2030, 1, 1))));
            case TERMINATE: {
                LocalDate date = current.getPeriod()
                        .map(p -> p.getStart().minusDays(1).plusDays(x % (ChronoUnit.DAYS.between(p.getStart(), p.getEnd().orElseThrow()) + 2)))
                        .orElse(LocalDate.of(2030, 6, 30));
                return byTable(Cmd.TERMINATE, column, targetId, TerminateAgreement.of(targetId, date, "Opsagt i trin " + n));
            }
            case RENEW: {
                Plan plan = byTable(Cmd.RENEW, column, targetId,
                        RenewAgreement.builder().previous(targetId).title("Fornyelse " + n).build());
                if (plan.expected() instanceof Accept && alliance.openAgreement().isPresent()) {
                    // the renewal is a new agreement: like open, it needs the alliance to have none open
                    return new Plan(plan.command(), new Reject(ExpectedLifecycle.OPEN_EXISTS_RULE));
                }
                return plan;
            }
            case EDIT_ALLIANCE:
                return editAlliance(alliance, ids, n, x);
            case EDIT_ALLIANCE_NOTHING:
                return nothingIfAccepted(allianceLevel(alliance, Cmd.EDIT_ALLIANCE, EditAlliance.builder()
                        .clubs(alliance.getClubs()).partners(alliance.getPartners()).contacts(alliance.getContacts())
                        .build()));
            case ERASE_CONTACT: {
                if (alliance.getContacts().isEmpty()) {
                    return editAlliance(alliance, ids, n, 0);
                }
                ContactPerson contact = alliance.getContacts().get(x % alliance.getContacts().size());
                Plan plan = allianceLevel(alliance, Cmd.ERASE_CONTACT, EraseContact.of(contact.getId()));
                return contact.isErased() ? nothingIfAccepted(plan) : plan;
            }
            case RECORD_ELITE_EVENT: {
                // on the first day of the term: within it whatever its end
                LocalDate day = current.getPeriod().map(AgreementPeriod::getStart).orElse(LocalDate.of(2030, 1, 1));
                return byTable(Cmd.RECORD_ELITE_EVENT, column, targetId,
                        RecordEliteEvent.of(targetId, Fixtures.youthInternational(AgeGroup.U19, day)));
            }
            case PUT_INITIATIVE:
                return byTable(Cmd.PUT_INITIATIVE, column, targetId,
                        PutInitiative.of(targetId, Initiative.builder().name("Indsats " + n).build()));
            case RECORD_NOTE:
                return byTable(Cmd.RECORD_NOTE, column, targetId, RecordNote.on(targetId,
                        Note.of(NoteKind.MEETING, PartialDate.month(2020 + x % 10, 1 + x % 12), "Møde i trin " + n)));
            case PUT_CLUB:
                return allianceLevel(alliance, Cmd.PUT_CLUB, PutClub.of(Club.builder().name("Klub " + n).build()));
            default:
                throw new IllegalStateException("unplanned move " + step.move());
        }
    }

    /** The table's cell for {@code cmd} on the target, with the target's id in place of "the target". */
    private static Plan byTable(Cmd cmd, Column column, AgreementId target, Command command) {
        Outcome outcome = ExpectedLifecycle.expected(cmd, column);
        if (outcome instanceof Rejected r) {
            return new Plan(command, new Reject(r.rule()));
        }
        Accepted a = (Accepted) outcome;
        List<Want> entries = new ArrayList<>();
        boolean creates = false;
        for (ExpectedLifecycle.Entry e : a.entries()) {
            Optional<AgreementId> agreement = e.subject() == ExpectedLifecycle.Subject.TARGET
                    ? Optional.of(target)
                    : Optional.empty();
            entries.add(new Want(e.event(), e.subject(), agreement));
            creates |= e.subject() == ExpectedLifecycle.Subject.NEW_AGREEMENT;
        }
        Map<AgreementId, AgreementState> states = new LinkedHashMap<>();
        a.targetState().ifPresent(s -> states.put(target, s));
        return new Plan(command, new Accept(entries, creates, states));
    }

    /** Open is allowed only if the table allows it next to every agreement the alliance has. */
    private static Plan open(Alliance alliance, Command command) {
        List<Column> columns = alliance.getAgreements().isEmpty()
                ? List.of(Column.NO_AGREEMENT)
                : alliance.getAgreements().stream().map(a -> Column.of(a.getState())).toList();
        for (Column c : columns) {
            if (ExpectedLifecycle.expected(Cmd.OPEN, c) instanceof Rejected r) {
                return new Plan(command, new Reject(r.rule()));
            }
        }
        return byTable(Cmd.OPEN, Column.NO_AGREEMENT, null, command);
    }

    private static Plan allianceLevel(Alliance alliance, Cmd cmd, Command command) {
        Column column = alliance.getAgreements().isEmpty()
                ? Column.NO_AGREEMENT
                : Column.of(alliance.getAgreements().get(0).getState());
        Plan plan = byTable(cmd, column, null, command);
        if (plan.expected() instanceof Accept a) {
            // alliance-level entries name no agreement, and no agreement changes
            return new Plan(command, new Accept(a.entries(), false, Map.of()));
        }
        return plan;
    }

    private static Plan editAlliance(Alliance alliance, IdGenerator ids, int n, int x) {
        EditAlliance.Builder edit = EditAlliance.builder()
                .clubs(alliance.getClubs()).partners(alliance.getPartners()).contacts(alliance.getContacts())
                .addClubs(Club.builder().id(ids.newClubId()).name("Klub " + n).build());
        if (x % 2 == 0) {
            edit.addContacts(Fixtures.contact(ids, "Person " + n, "person" + n + "@example.dk", "+45 20 00 00 " + n % 100));
        }
        return allianceLevel(alliance, Cmd.EDIT_ALLIANCE, edit.build());
    }

    /** An accepted command that changes nothing appends nothing (docs/model.md). */
    private static Plan nothingIfAccepted(Plan plan) {
        if (plan.expected() instanceof Accept) {
            return new Plan(plan.command(), new Accept(List.of(), false, Map.of()));
        }
        return plan;
    }

    /**
     * A signature over a period after every term so far, or, when {@code superseding} and the latest term in
     * force is still SIGNED, one that starts inside that term (or the day after it) and supersedes it.
     */
    private static Plan sign(Alliance alliance, Column column, AgreementId target, IdGenerator ids, int x,
            boolean superseding) {
        int years = 1 + x % 5;
        Optional<Agreement> latest = alliance.getAgreements().stream()
                .filter(a -> a.getState() == AgreementState.SIGNED
                        || (a.getState() == AgreementState.TERMINATED
                                && !a.getTerminationDate().orElseThrow().isBefore(a.getPeriod().orElseThrow().getStart())))
                .max(Comparator.comparing(a -> a.getPeriod().orElseThrow().getStart()));
        Optional<Agreement> superseded = latest.filter(a -> superseding && a.getState() == AgreementState.SIGNED
                && !a.getId().equals(target));
        LocalDate start;
        if (superseded.isPresent()) {
            AgreementPeriod old = superseded.get().getPeriod().orElseThrow();
            long days = ChronoUnit.DAYS.between(old.getStart(), old.getEnd().orElseThrow()) + 1;
            start = old.getStart().plusDays(1 + x % days);
        } else {
            LocalDate lastEnd = alliance.getAgreements().stream()
                    .filter(a -> a.getState().isSigned())
                    .map(a -> a.getState() == AgreementState.SIGNED
                            ? a.getPeriod().orElseThrow().getEnd().orElseThrow()
                            : a.getTerminationDate().orElseThrow())
                    .max(Comparator.naturalOrder())
                    .orElse(LocalDate.of(2019, 12, 31));
            start = lastEnd.plusDays(1 + x % 60);
        }
        AgreementPeriod period = AgreementPeriod.of(start, start.plusYears(years).minusDays(1));
        List<Signatory> signatories = new ArrayList<>();
        List<ContactPerson> contacts = alliance.getContacts();
        signatories.add(contacts.isEmpty() || x % 3 == 0
                ? Fixtures.mayor(ids)
                : Fixtures.mayor(ids, contacts.get(x % contacts.size()).getId()));
        signatories.add(x % 2 == 0 ? Fixtures.dbuChair(ids) : Fixtures.localUnionChair(ids));
        if (x % 5 == 0) {
            signatories.add(Fixtures.clubChair(ids));
        }
        SignAgreement command = SignAgreement.builder().agreement(target).period(period)
                .signingDate(start.minusDays(30).plusDays(x % 400))
                .signatories(signatories)
                .supersedes(superseded.map(Agreement::getId))
                .build();
        Plan plan = byTable(Cmd.SIGN, column, target, command);
        if (plan.expected() instanceof Accept a && superseded.isPresent()) {
            List<Want> entries = new ArrayList<>(a.entries());
            entries.add(new Want(HistoryEvent.SUPERSEDED, ExpectedLifecycle.Subject.TARGET,
                    Optional.of(superseded.get().getId())));
            Map<AgreementId, AgreementState> states = new LinkedHashMap<>(a.states());
            states.put(superseded.get().getId(), AgreementState.TERMINATED);
            return new Plan(command, new Accept(entries, false, states));
        }
        return plan;
    }
}
