package dk.welfarealliance.json.internal;

import static dk.welfarealliance.json.internal.Scalars.TEXT_WRITER;
import static dk.welfarealliance.json.internal.ValueCodecs.*;

import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteCommitmentId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventId;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.EvaluationId;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalId;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.InitiativeId;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.MeasurementId;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteId;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentId;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The codecs of the entities inside an agreement or alliance. A child's {@code id} is left out while it is
 * unassigned (a child in a command, before the lifecycle gives it one) and read as unassigned when absent.
 */
public final class EntityCodecs {
    private EntityCodecs() {}

    static <I> Optional<I> assigned(I id, Predicate<I> isAssigned) {
        return Optional.of(id).filter(isAssigned);
    }

    /** {@code {"id", "name", "cvr"}}. */
    public static final Codec<Club> CLUB = Codec.of(Club.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), ClubId::isAssigned), CLUB_ID.writer()).text("name", v.getName())
                    .field("cvr", v.getCvr(), TEXT_WRITER).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "name", "cvr"));
                Club.Builder b = Club.builder().name(in.text("name")).cvr(in.optText("cvr"));
                in.opt("id", CLUB_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"id", "name", "kind", "cvr"}}. */
    public static final Codec<Partner> PARTNER = Codec.of(Partner.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), PartnerId::isAssigned), PARTNER_ID.writer())
                    .text("name", v.getName()).field("kind", v.getKind(), PARTNER_KIND.writer())
                    .field("cvr", v.getCvr(), TEXT_WRITER).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "name", "kind", "cvr"));
                Partner.Builder b = Partner.builder().name(in.text("name")).kind(in.get("kind", PARTNER_KIND.reader()))
                        .cvr(in.optText("cvr"));
                in.opt("id", PARTNER_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"id", "name", "jobTitle", "email", "phone", "erased"}}: personal data, written as it is. */
    public static final Codec<ContactPerson> CONTACT = Codec.of(ContactPerson.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), ContactId::isAssigned), CONTACT_ID.writer())
                    .text("name", v.getName()).field("jobTitle", v.getJobTitle(), TEXT_WRITER)
                    .field("email", v.getEmail(), TEXT_WRITER).field("phone", v.getPhone(), TEXT_WRITER)
                    .flag("erased", v.isErased()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "name", "jobTitle", "email", "phone", "erased"));
                ContactPerson.Builder b = ContactPerson.builder().name(in.text("name")).jobTitle(in.optText("jobTitle"))
                        .email(in.optText("email")).phone(in.optText("phone")).erased(in.flag("erased"));
                in.opt("id", CONTACT_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"kind", "club", "partner"}}. */
    public static final Codec<Party> PARTY = Codec.of(Party.class,
            (o, v) -> o.start().field("kind", v.getKind(), SIGNATORY_PARTY.writer()).field("club", v.getClub(), CLUB_ID.writer())
                    .field("partner", v.getPartner(), PARTNER_ID.writer()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("kind", "club", "partner"));
                Party.Builder b = Party.builder().kind(in.get("kind", SIGNATORY_PARTY.reader()))
                        .club(in.opt("club", CLUB_ID.reader())).partner(in.opt("partner", PARTNER_ID.reader()));
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"id", "party", "role", "contact", "club", "partner"}}. */
    public static final Codec<Signatory> SIGNATORY = Codec.of(Signatory.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), SignatoryId::isAssigned), SIGNATORY_ID.writer())
                    .field("party", v.getParty(), SIGNATORY_PARTY.writer()).text("role", v.getRole())
                    .field("contact", v.getContact(), CONTACT_ID.writer()).field("club", v.getClub(), CLUB_ID.writer())
                    .field("partner", v.getPartner(), PARTNER_ID.writer()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "party", "role", "contact", "club", "partner"));
                Signatory.Builder b = Signatory.builder().party(in.get("party", SIGNATORY_PARTY.reader())).role(in.text("role"))
                        .contact(in.opt("contact", CONTACT_ID.reader())).club(in.opt("club", CLUB_ID.reader()))
                        .partner(in.opt("partner", PARTNER_ID.reader()));
                in.opt("id", SIGNATORY_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"id", "kind", "amount", "description", "payer", "payee"}}. */
    public static final Codec<Payment> PAYMENT = Codec.of(Payment.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), PaymentId::isAssigned), PAYMENT_ID.writer())
                    .field("kind", v.getKind(), PAYMENT_KIND.writer()).field("amount", v.getAmount(), MONEY.writer())
                    .field("description", v.getDescription(), TEXT_WRITER).field("payer", v.getPayer(), PARTY.writer())
                    .field("payee", v.getPayee(), PARTY.writer()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "kind", "amount", "description", "payer", "payee"));
                Payment.Builder b = Payment.builder().kind(in.get("kind", PAYMENT_KIND.reader()))
                        .amount(in.get("amount", MONEY.reader())).description(in.optText("description"))
                        .payer(in.opt("payer", PARTY.reader())).payee(in.opt("payee", PARTY.reader()));
                in.opt("id", PAYMENT_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"id", "metric", "baseline", "target", "unit"}}. */
    public static final Codec<Goal> GOAL = Codec.of(Goal.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), GoalId::isAssigned), GOAL_ID.writer()).text("metric", v.getMetric())
                    .field("baseline", v.getBaseline(), DECIMAL.writer()).field("target", v.getTarget(), GOAL_TARGET.writer())
                    .field("unit", v.getUnit(), GOAL_UNIT.writer()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "metric", "baseline", "target", "unit"));
                Goal.Builder b = Goal.builder().metric(in.text("metric")).baseline(in.opt("baseline", DECIMAL.reader()))
                        .target(in.opt("target", GOAL_TARGET.reader())).unit(in.get("unit", GOAL_UNIT.reader()));
                in.opt("id", GOAL_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"id", "name", "concept", "focusArea", "description", "targetGroups", "goals", "clubs", "partners"}}. */
    public static final Codec<Initiative> INITIATIVE = Codec.of(Initiative.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), InitiativeId::isAssigned), INITIATIVE_ID.writer())
                    .text("name", v.getName()).field("concept", v.getConcept(), TEXT_WRITER)
                    .field("focusArea", v.getFocusArea(), FOCUS_AREA.writer()).field("description", v.getDescription(), TEXT_WRITER)
                    .list("targetGroups", v.getTargetGroups(), TARGET_GROUP.writer()).list("goals", v.getGoals(), GOAL.writer())
                    .list("clubs", v.getClubs(), CLUB_ID.writer()).list("partners", v.getPartners(), PARTNER_ID.writer()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "name", "concept", "focusArea", "description", "targetGroups", "goals",
                        "clubs", "partners"));
                Initiative.Builder b = Initiative.builder().name(in.text("name")).concept(in.optText("concept"))
                        .focusArea(in.opt("focusArea", FOCUS_AREA.reader())).description(in.optText("description"))
                        .targetGroups(in.set("targetGroups", TARGET_GROUP.reader())).goals(in.list("goals", GOAL.reader()))
                        .clubs(in.set("clubs", CLUB_ID.reader())).partners(in.set("partners", PARTNER_ID.reader()));
                in.opt("id", INITIATIVE_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"id", "kind", "minimumCount", "deadline", "ageGroup", "gender", "description"}}. */
    public static final Codec<EliteCommitment> ELITE_COMMITMENT = Codec.of(EliteCommitment.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), EliteCommitmentId::isAssigned), ELITE_COMMITMENT_ID.writer())
                    .field("kind", v.getKind(), ELITE_EVENT_KIND.writer()).number("minimumCount", v.getMinimumCount())
                    .field("deadline", v.getDeadline(), DATE.writer()).field("ageGroup", v.getAgeGroup(), AGE_GROUP.writer())
                    .field("gender", v.getGender(), TEAM_GENDER.writer()).field("description", v.getDescription(), TEXT_WRITER).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "kind", "minimumCount", "deadline", "ageGroup", "gender", "description"));
                EliteCommitment.Builder b = EliteCommitment.builder().kind(in.get("kind", ELITE_EVENT_KIND.reader()))
                        .minimumCount(in.optInt("minimumCount")).deadline(in.opt("deadline", DATE.reader()))
                        .ageGroup(in.opt("ageGroup", AGE_GROUP.reader())).gender(in.opt("gender", TEAM_GENDER.reader()))
                        .description(in.optText("description"));
                in.opt("id", ELITE_COMMITMENT_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"id", "kind", "date", "endDate", "title", "venue", "ageGroup", "gender", "commitment", "sharedReference", "description"}}. */
    public static final Codec<EliteEvent> ELITE_EVENT = Codec.of(EliteEvent.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), EliteEventId::isAssigned), ELITE_EVENT_ID.writer())
                    .field("kind", v.getKind(), ELITE_EVENT_KIND.writer()).field("date", v.getDate(), DATE.writer())
                    .field("endDate", v.getEndDate(), DATE.writer()).text("title", v.getTitle())
                    .field("venue", v.getVenue(), TEXT_WRITER).field("ageGroup", v.getAgeGroup(), AGE_GROUP.writer())
                    .field("gender", v.getGender(), TEAM_GENDER.writer())
                    .field("commitment", v.getCommitment(), ELITE_COMMITMENT_ID.writer())
                    .field("sharedReference", v.getSharedReference(), TEXT_WRITER)
                    .field("description", v.getDescription(), TEXT_WRITER).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "kind", "date", "endDate", "title", "venue", "ageGroup", "gender",
                        "commitment", "sharedReference", "description"));
                EliteEvent.Builder b = EliteEvent.builder().kind(in.get("kind", ELITE_EVENT_KIND.reader()))
                        .date(in.get("date", DATE.reader())).endDate(in.opt("endDate", DATE.reader())).title(in.text("title"))
                        .venue(in.optText("venue")).ageGroup(in.opt("ageGroup", AGE_GROUP.reader()))
                        .gender(in.opt("gender", TEAM_GENDER.reader()))
                        .commitment(in.opt("commitment", ELITE_COMMITMENT_ID.reader()))
                        .sharedReference(in.optText("sharedReference")).description(in.optText("description"));
                in.opt("id", ELITE_EVENT_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"id", "date", "summary"}}. */
    public static final Codec<Evaluation> EVALUATION = Codec.of(Evaluation.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), EvaluationId::isAssigned), EVALUATION_ID.writer())
                    .field("date", v.getDate(), DATE.writer()).text("summary", v.getSummary()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "date", "summary"));
                Evaluation.Builder b = Evaluation.builder().date(in.get("date", DATE.reader())).summary(in.text("summary"));
                in.opt("id", EVALUATION_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"id", "goal", "date", "value", "unit", "note"}}. */
    public static final Codec<Measurement> MEASUREMENT = Codec.of(Measurement.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), MeasurementId::isAssigned), MEASUREMENT_ID.writer())
                    .field("goal", v.getGoal(), GOAL_ID.writer()).field("date", v.getDate(), DATE.writer())
                    .field("value", v.getValue(), DECIMAL.writer()).field("unit", v.getUnit(), GOAL_UNIT.writer())
                    .field("note", v.getNote(), TEXT_WRITER).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "goal", "date", "value", "unit", "note"));
                Measurement.Builder b = Measurement.builder().goal(in.get("goal", GOAL_ID.reader()))
                        .date(in.get("date", DATE.reader())).value(in.get("value", DECIMAL.reader()))
                        .unit(in.get("unit", GOAL_UNIT.reader())).note(in.optText("note"));
                in.opt("id", MEASUREMENT_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"id", "kind", "date", "text"}}. */
    public static final Codec<Note> NOTE = Codec.of(Note.class,
            (o, v) -> o.start().field("id", assigned(v.getId(), NoteId::isAssigned), NOTE_ID.writer())
                    .field("kind", v.getKind(), NOTE_KIND.writer()).field("date", v.getDate(), PARTIAL_DATE.writer())
                    .text("text", v.getText()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "kind", "date", "text"));
                Note.Builder b = Note.builder().kind(in.get("kind", NOTE_KIND.reader()))
                        .date(in.get("date", PARTIAL_DATE.reader())).text(in.text("text"));
                in.opt("id", NOTE_ID.reader()).ifPresent(b::id);
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"seq", "event", "agreement", "contact", "on", "at", "actor", "reason"}}. */
    public static final Codec<HistoryEntry> HISTORY_ENTRY = Codec.of(HistoryEntry.class,
            (o, v) -> o.start().number("seq", v.getSeq()).field("event", v.getEvent(), HISTORY_EVENT.writer())
                    .field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("contact", v.getContact(), CONTACT_ID.writer())
                    .field("on", v.getOn(), PARTIAL_DATE.writer()).field("at", v.getAt(), INSTANT.writer())
                    .field("actor", v.getActor(), ACTOR.writer()).field("reason", v.getReason(), TEXT_WRITER).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("seq", "event", "agreement", "contact", "on", "at", "actor", "reason"));
                HistoryEntry.Builder b = HistoryEntry.builder().seq(in.longValue("seq"))
                        .event(in.get("event", HISTORY_EVENT.reader())).agreement(in.opt("agreement", AGREEMENT_ID.reader()))
                        .contact(in.opt("contact", CONTACT_ID.reader())).on(in.opt("on", PARTIAL_DATE.reader()))
                        .at(in.get("at", INSTANT.reader())).actor(in.get("actor", ACTOR.reader())).reason(in.optText("reason"));
                return JsonErrors.building(p, b::build);
            });

    /** Every codec of this class. */
    static final List<Codec<?>> ALL = List.of(CLUB, PARTNER, CONTACT, PARTY, SIGNATORY, PAYMENT, GOAL, INITIATIVE,
            ELITE_COMMITMENT, ELITE_EVENT, EVALUATION, MEASUREMENT, NOTE, HISTORY_ENTRY);
}
