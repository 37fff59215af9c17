package dk.welfarealliance.json.internal;

import static dk.welfarealliance.json.internal.AggregateCodecs.AGREEMENT;
import static dk.welfarealliance.json.internal.EntityCodecs.*;
import static dk.welfarealliance.json.internal.Scalars.TEXT_WRITER;
import static dk.welfarealliance.json.internal.ValueCodecs.*;

import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.AmendAgreement;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.EditAgreement;
import dk.welfarealliance.service.EditAlliance;
import dk.welfarealliance.service.EraseContact;
import dk.welfarealliance.service.HoldAgreement;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.PutClub;
import dk.welfarealliance.service.PutContact;
import dk.welfarealliance.service.PutInitiative;
import dk.welfarealliance.service.PutPartner;
import dk.welfarealliance.service.RecordEliteEvent;
import dk.welfarealliance.service.RecordEvaluation;
import dk.welfarealliance.service.RecordMeasurement;
import dk.welfarealliance.service.RecordNote;
import dk.welfarealliance.service.RemoveClub;
import dk.welfarealliance.service.RemoveContact;
import dk.welfarealliance.service.RemoveEliteEvent;
import dk.welfarealliance.service.RemoveInitiative;
import dk.welfarealliance.service.RemoveMeasurement;
import dk.welfarealliance.service.RemoveNote;
import dk.welfarealliance.service.RemovePartner;
import dk.welfarealliance.service.RenewAgreement;
import dk.welfarealliance.service.ResumeAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The codecs of the lifecycle's commands. Every command is an object whose {@code command} property names its type
 * ({@code "SignAgreement"}), followed by the command's own properties, named as its accessors.
 */
public final class CommandCodecs {
    private CommandCodecs() {}

    private static <C extends Command> Codec<C> command(Class<C> type, List<String> fields, BiConsumer<Out, C> body,
            Function<In, C> read) {
        String name = type.getSimpleName();
        Set<String> allowed = new HashSet<>(fields);
        allowed.add("command");
        return Codec.of(type, (o, v) -> {
            o.start().text("command", name);
            body.accept(o, v);
            o.end();
        }, (n, p) -> {
            In in = In.object(n, p, allowed);
            String given = in.text("command");
            if (!given.equals(name)) {
                throw JsonErrors.at(in.path("command"), "json.command.mismatch", "expected", name);
            }
            return JsonErrors.building(p, () -> read.apply(in));
        });
    }

    /** Open. */
    public static final Codec<OpenAgreement> OPEN = command(OpenAgreement.class,
            List.of("title", "plannedPeriod", "localUnion", "renews", "renewsUnrecorded", "focusAreas", "initiatives",
                    "eliteCommitments", "payments", "extensionOption", "on"),
            (o, v) -> o.text("title", v.getTitle()).field("plannedPeriod", v.getPlannedPeriod(), PERIOD.writer())
                    .field("localUnion", v.getLocalUnion(), LOCAL_UNION.writer()).field("renews", v.getRenews(), AGREEMENT_ID.writer())
                    .field("renewsUnrecorded", v.getRenewsUnrecorded(), UNRECORDED_TERM.writer())
                    .list("focusAreas", v.getFocusAreas(), FOCUS_AREA.writer())
                    .list("initiatives", v.getInitiatives(), INITIATIVE.writer())
                    .list("eliteCommitments", v.getEliteCommitments(), ELITE_COMMITMENT.writer())
                    .list("payments", v.getPayments(), PAYMENT.writer())
                    .field("extensionOption", v.getExtensionOption(), EXTENSION_OPTION.writer())
                    .field("on", v.getOn(), PARTIAL_DATE.writer()),
            in -> OpenAgreement.builder().title(in.text("title")).plannedPeriod(in.opt("plannedPeriod", PERIOD.reader()))
                    .localUnion(in.opt("localUnion", LOCAL_UNION.reader())).renews(in.opt("renews", AGREEMENT_ID.reader()))
                    .renewsUnrecorded(in.opt("renewsUnrecorded", UNRECORDED_TERM.reader()))
                    .focusAreas(in.set("focusAreas", FOCUS_AREA.reader())).initiatives(in.list("initiatives", INITIATIVE.reader()))
                    .eliteCommitments(in.list("eliteCommitments", ELITE_COMMITMENT.reader()))
                    .payments(in.list("payments", PAYMENT.reader()))
                    .extensionOption(in.opt("extensionOption", EXTENSION_OPTION.reader()))
                    .on(in.opt("on", PARTIAL_DATE.reader())).build());

    /** Edit. */
    public static final Codec<EditAgreement> EDIT = command(EditAgreement.class, List.of("revised", "on"),
            (o, v) -> o.field("revised", v.getRevised(), AGREEMENT.writer()).field("on", v.getOn(), PARTIAL_DATE.writer()),
            in -> EditAgreement.builder().revised(in.get("revised", AGREEMENT.reader())).on(in.opt("on", PARTIAL_DATE.reader())).build());

    /** Approve. */
    public static final Codec<ApproveAgreement> APPROVE = command(ApproveAgreement.class, List.of("agreement", "on"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("on", v.getOn(), PARTIAL_DATE.writer()),
            in -> ApproveAgreement.builder().agreement(in.get("agreement", AGREEMENT_ID.reader()))
                    .on(in.opt("on", PARTIAL_DATE.reader())).build());

    /** Hold. */
    public static final Codec<HoldAgreement> HOLD = command(HoldAgreement.class, List.of("agreement", "reason", "on"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("reason", v.getReason(), TEXT_WRITER)
                    .field("on", v.getOn(), PARTIAL_DATE.writer()),
            in -> HoldAgreement.builder().agreement(in.get("agreement", AGREEMENT_ID.reader())).reason(in.optText("reason"))
                    .on(in.opt("on", PARTIAL_DATE.reader())).build());

    /** Resume. */
    public static final Codec<ResumeAgreement> RESUME = command(ResumeAgreement.class, List.of("agreement", "on"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("on", v.getOn(), PARTIAL_DATE.writer()),
            in -> ResumeAgreement.builder().agreement(in.get("agreement", AGREEMENT_ID.reader()))
                    .on(in.opt("on", PARTIAL_DATE.reader())).build());

    /** Abandon. */
    public static final Codec<AbandonAgreement> ABANDON = command(AbandonAgreement.class, List.of("agreement", "reason", "on"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).text("reason", v.getReason())
                    .field("on", v.getOn(), PARTIAL_DATE.writer()),
            in -> AbandonAgreement.builder().agreement(in.get("agreement", AGREEMENT_ID.reader())).reason(in.text("reason"))
                    .on(in.opt("on", PARTIAL_DATE.reader())).build());

    /** Sign. */
    public static final Codec<SignAgreement> SIGN = command(SignAgreement.class,
            List.of("agreement", "period", "signingDate", "signatories", "signatoriesNotRecorded", "supersedes"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("period", v.getPeriod(), PERIOD.writer())
                    .field("signingDate", v.getSigningDate(), PARTIAL_DATE.writer())
                    .list("signatories", v.getSignatories(), SIGNATORY.writer())
                    .flag("signatoriesNotRecorded", v.isSignatoriesNotRecorded())
                    .field("supersedes", v.getSupersedes(), AGREEMENT_ID.writer()),
            in -> SignAgreement.builder().agreement(in.get("agreement", AGREEMENT_ID.reader())).period(in.get("period", PERIOD.reader()))
                    .signingDate(in.opt("signingDate", PARTIAL_DATE.reader())).signatories(in.list("signatories", SIGNATORY.reader()))
                    .signatoriesNotRecorded(in.flag("signatoriesNotRecorded"))
                    .supersedes(in.opt("supersedes", AGREEMENT_ID.reader())).build());

    /** Amend. */
    public static final Codec<AmendAgreement> AMEND = command(AmendAgreement.class, List.of("revised", "on"),
            (o, v) -> o.field("revised", v.getRevised(), AGREEMENT.writer()).field("on", v.getOn(), PARTIAL_DATE.writer()),
            in -> AmendAgreement.builder().revised(in.get("revised", AGREEMENT.reader())).on(in.opt("on", PARTIAL_DATE.reader())).build());

    /** Record an evaluation. */
    public static final Codec<RecordEvaluation> RECORD_EVALUATION = command(RecordEvaluation.class, List.of("agreement", "evaluation"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("evaluation", v.getEvaluation(), EVALUATION.writer()),
            in -> RecordEvaluation.of(in.get("agreement", AGREEMENT_ID.reader()), in.get("evaluation", EVALUATION.reader())));

    /** Record a measurement. */
    public static final Codec<RecordMeasurement> RECORD_MEASUREMENT = command(RecordMeasurement.class, List.of("agreement", "measurement"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("measurement", v.getMeasurement(), MEASUREMENT.writer()),
            in -> RecordMeasurement.of(in.get("agreement", AGREEMENT_ID.reader()), in.get("measurement", MEASUREMENT.reader())));

    /** Terminate. */
    public static final Codec<TerminateAgreement> TERMINATE = command(TerminateAgreement.class,
            List.of("agreement", "lastDayInForce", "reason", "on"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("lastDayInForce", v.getLastDayInForce(), DATE.writer())
                    .text("reason", v.getReason()).field("on", v.getOn(), PARTIAL_DATE.writer()),
            in -> TerminateAgreement.builder().agreement(in.get("agreement", AGREEMENT_ID.reader()))
                    .lastDayInForce(in.get("lastDayInForce", DATE.reader())).reason(in.text("reason"))
                    .on(in.opt("on", PARTIAL_DATE.reader())).build());

    /** Renew. */
    public static final Codec<RenewAgreement> RENEW = command(RenewAgreement.class,
            List.of("previous", "title", "plannedPeriod", "reason", "on"),
            (o, v) -> o.field("previous", v.getPrevious(), AGREEMENT_ID.writer()).text("title", v.getTitle())
                    .field("plannedPeriod", v.getPlannedPeriod(), PERIOD.writer()).field("reason", v.getReason(), TEXT_WRITER)
                    .field("on", v.getOn(), PARTIAL_DATE.writer()),
            in -> RenewAgreement.builder().previous(in.get("previous", AGREEMENT_ID.reader())).title(in.text("title"))
                    .plannedPeriod(in.opt("plannedPeriod", PERIOD.reader())).reason(in.optText("reason"))
                    .on(in.opt("on", PARTIAL_DATE.reader())).build());

    /** Edit the alliance's clubs, partners and contacts. */
    public static final Codec<EditAlliance> EDIT_ALLIANCE = command(EditAlliance.class, List.of("clubs", "partners", "contacts"),
            (o, v) -> o.list("clubs", v.getClubs(), CLUB.writer()).list("partners", v.getPartners(), PARTNER.writer())
                    .list("contacts", v.getContacts(), CONTACT.writer()),
            in -> EditAlliance.builder().clubs(in.list("clubs", CLUB.reader())).partners(in.list("partners", PARTNER.reader()))
                    .contacts(in.list("contacts", CONTACT.reader())).build());

    /** Erase a contact. */
    public static final Codec<EraseContact> ERASE_CONTACT = command(EraseContact.class, List.of("contact", "reason"),
            (o, v) -> o.field("contact", v.getContact(), CONTACT_ID.writer()).field("reason", v.getReason(), TEXT_WRITER),
            in -> EraseContact.builder().contact(in.get("contact", CONTACT_ID.reader())).reason(in.optText("reason")).build());

    /** Record an elite event. */
    public static final Codec<RecordEliteEvent> RECORD_ELITE_EVENT = command(RecordEliteEvent.class, List.of("agreement", "event"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("event", v.getEvent(), ELITE_EVENT.writer()),
            in -> RecordEliteEvent.of(in.get("agreement", AGREEMENT_ID.reader()), in.get("event", ELITE_EVENT.reader())));

    /** Remove an elite event. */
    public static final Codec<RemoveEliteEvent> REMOVE_ELITE_EVENT = command(RemoveEliteEvent.class, List.of("agreement", "event"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("event", v.getEvent(), ELITE_EVENT_ID.writer()),
            in -> RemoveEliteEvent.of(in.get("agreement", AGREEMENT_ID.reader()), in.get("event", ELITE_EVENT_ID.reader())));

    /** Remove a measurement. */
    public static final Codec<RemoveMeasurement> REMOVE_MEASUREMENT = command(RemoveMeasurement.class, List.of("agreement", "measurement"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("measurement", v.getMeasurement(), MEASUREMENT_ID.writer()),
            in -> RemoveMeasurement.of(in.get("agreement", AGREEMENT_ID.reader()), in.get("measurement", MEASUREMENT_ID.reader())));

    /** Record a note on the alliance or an agreement. */
    public static final Codec<RecordNote> RECORD_NOTE = command(RecordNote.class, List.of("agreement", "note"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("note", v.getNote(), NOTE.writer()),
            in -> RecordNote.builder().agreement(in.opt("agreement", AGREEMENT_ID.reader())).note(in.get("note", NOTE.reader())).build());

    /** Remove a note. */
    public static final Codec<RemoveNote> REMOVE_NOTE = command(RemoveNote.class, List.of("note"),
            (o, v) -> o.field("note", v.getNote(), NOTE_ID.writer()),
            in -> RemoveNote.of(in.get("note", NOTE_ID.reader())));

    /** Put a club. */
    public static final Codec<PutClub> PUT_CLUB = command(PutClub.class, List.of("club"),
            (o, v) -> o.field("club", v.getClub(), CLUB.writer()), in -> PutClub.of(in.get("club", CLUB.reader())));

    /** Remove a club. */
    public static final Codec<RemoveClub> REMOVE_CLUB = command(RemoveClub.class, List.of("club"),
            (o, v) -> o.field("club", v.getClub(), CLUB_ID.writer()), in -> RemoveClub.of(in.get("club", CLUB_ID.reader())));

    /** Put a partner. */
    public static final Codec<PutPartner> PUT_PARTNER = command(PutPartner.class, List.of("partner"),
            (o, v) -> o.field("partner", v.getPartner(), PARTNER.writer()), in -> PutPartner.of(in.get("partner", PARTNER.reader())));

    /** Remove a partner. */
    public static final Codec<RemovePartner> REMOVE_PARTNER = command(RemovePartner.class, List.of("partner"),
            (o, v) -> o.field("partner", v.getPartner(), PARTNER_ID.writer()),
            in -> RemovePartner.of(in.get("partner", PARTNER_ID.reader())));

    /** Put a contact. */
    public static final Codec<PutContact> PUT_CONTACT = command(PutContact.class, List.of("contact"),
            (o, v) -> o.field("contact", v.getContact(), CONTACT.writer()), in -> PutContact.of(in.get("contact", CONTACT.reader())));

    /** Remove a contact. */
    public static final Codec<RemoveContact> REMOVE_CONTACT = command(RemoveContact.class, List.of("contact"),
            (o, v) -> o.field("contact", v.getContact(), CONTACT_ID.writer()),
            in -> RemoveContact.of(in.get("contact", CONTACT_ID.reader())));

    /** Put an initiative. */
    public static final Codec<PutInitiative> PUT_INITIATIVE = command(PutInitiative.class, List.of("agreement", "initiative"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("initiative", v.getInitiative(), INITIATIVE.writer()),
            in -> PutInitiative.of(in.get("agreement", AGREEMENT_ID.reader()), in.get("initiative", INITIATIVE.reader())));

    /** Remove an initiative. */
    public static final Codec<RemoveInitiative> REMOVE_INITIATIVE = command(RemoveInitiative.class, List.of("agreement", "initiative"),
            (o, v) -> o.field("agreement", v.getAgreement(), AGREEMENT_ID.writer()).field("initiative", v.getInitiative(), INITIATIVE_ID.writer()),
            in -> RemoveInitiative.of(in.get("agreement", AGREEMENT_ID.reader()), in.get("initiative", INITIATIVE_ID.reader())));

    /** Every command's codec, one per permitted subtype of {@link Command}. */
    static final List<Codec<? extends Command>> COMMANDS = List.of(OPEN, EDIT, APPROVE, HOLD, RESUME, ABANDON, SIGN, AMEND,
            RECORD_EVALUATION, RECORD_MEASUREMENT, TERMINATE, RENEW, EDIT_ALLIANCE, ERASE_CONTACT, RECORD_ELITE_EVENT,
            REMOVE_ELITE_EVENT, REMOVE_MEASUREMENT, RECORD_NOTE, REMOVE_NOTE, PUT_CLUB, REMOVE_CLUB, PUT_PARTNER,
            REMOVE_PARTNER, PUT_CONTACT, REMOVE_CONTACT, PUT_INITIATIVE, REMOVE_INITIATIVE);

    private static final Map<String, Codec<? extends Command>> BY_NAME = byName();

    private static Map<String, Codec<? extends Command>> byName() {
        Map<String, Codec<? extends Command>> map = new LinkedHashMap<>();
        COMMANDS.forEach(c -> map.put(c.type().getSimpleName(), c));
        return map;
    }

    /** Any command: the {@code command} property chooses the type. */
    public static final Codec<Command> COMMAND = Codec.of(Command.class, CommandCodecs::writeAny, (n, p) -> {
        Scalars.require(n, p, n.isObject(), "object");
        String path = JsonErrors.child(p, "command");
        tools.jackson.databind.JsonNode name = n.get("command");
        if (name == null) {
            throw JsonErrors.at(path, "json.field.required");
        }
        Codec<? extends Command> codec = BY_NAME.get(Scalars.TEXT.read(name, path));
        if (codec == null) {
            throw JsonErrors.at(path, "json.enum.unknown", "allowed", String.join(", ", BY_NAME.keySet()));
        }
        return codec.reader().read(n, p);
    });

    private static void writeAny(Out out, Command command) {
        for (Codec<? extends Command> codec : COMMANDS) {
            if (codec.type().isInstance(command)) {
                write(out, codec, command);
                return;
            }
        }
        throw new IllegalStateException("no JSON form for " + command.getClass()); // the permits clause is covered above
    }

    private static <C extends Command> void write(Out out, Codec<C> codec, Command command) {
        codec.writer().write(out, codec.type().cast(command));
    }
}
