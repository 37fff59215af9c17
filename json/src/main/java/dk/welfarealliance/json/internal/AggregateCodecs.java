package dk.welfarealliance.json.internal;

import static dk.welfarealliance.json.internal.EntityCodecs.*;
import static dk.welfarealliance.json.internal.Scalars.TEXT_WRITER;
import static dk.welfarealliance.json.internal.ValueCodecs.*;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import java.util.List;
import java.util.Set;

/** The codecs of the agreement and of the aggregate, whose document carries the format version. */
public final class AggregateCodecs {
    /** The version of the JSON format this module writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;

    private AggregateCodecs() {}

    /** An agreement with every field of its state; see docs/json-format.md for the list. */
    public static final Codec<Agreement> AGREEMENT = Codec.of(Agreement.class,
            (o, v) -> o.start().field("id", v.getId(), AGREEMENT_ID.writer()).text("title", v.getTitle())
                    .field("state", v.getState(), AGREEMENT_STATE.writer()).field("heldFrom", v.getHeldFrom(), AGREEMENT_STATE.writer())
                    .field("localUnion", v.getLocalUnion(), LOCAL_UNION.writer()).field("renews", v.getRenews(), AGREEMENT_ID.writer())
                    .field("renewsUnrecorded", v.getRenewsUnrecorded(), UNRECORDED_TERM.writer())
                    .field("period", v.getPeriod(), PERIOD.writer()).field("signingDate", v.getSigningDate(), PARTIAL_DATE.writer())
                    .list("signatories", v.getSignatories(), SIGNATORY.writer())
                    .flag("signatoriesNotRecorded", v.isSignatoriesNotRecorded())
                    .field("terminationDate", v.getTerminationDate(), DATE.writer())
                    .field("terminationReason", v.getTerminationReason(), TEXT_WRITER)
                    .field("abandonReason", v.getAbandonReason(), TEXT_WRITER)
                    .list("focusAreas", v.getFocusAreas(), FOCUS_AREA.writer())
                    .list("initiatives", v.getInitiatives(), INITIATIVE.writer())
                    .list("eliteCommitments", v.getEliteCommitments(), ELITE_COMMITMENT.writer())
                    .list("eliteEvents", v.getEliteEvents(), ELITE_EVENT.writer())
                    .list("payments", v.getPayments(), PAYMENT.writer())
                    .list("evaluations", v.getEvaluations(), EVALUATION.writer())
                    .list("measurements", v.getMeasurements(), MEASUREMENT.writer())
                    .field("extensionOption", v.getExtensionOption(), EXTENSION_OPTION.writer())
                    .list("notes", v.getNotes(), NOTE.writer()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("id", "title", "state", "heldFrom", "localUnion", "renews", "renewsUnrecorded",
                        "period", "signingDate", "signatories", "signatoriesNotRecorded", "terminationDate",
                        "terminationReason", "abandonReason", "focusAreas", "initiatives", "eliteCommitments", "eliteEvents",
                        "payments", "evaluations", "measurements", "extensionOption", "notes"));
                Agreement.Builder b = Agreement.builder().id(in.get("id", AGREEMENT_ID.reader())).title(in.text("title"))
                        .state(in.get("state", AGREEMENT_STATE.reader())).heldFrom(in.opt("heldFrom", AGREEMENT_STATE.reader()))
                        .localUnion(in.opt("localUnion", LOCAL_UNION.reader())).renews(in.opt("renews", AGREEMENT_ID.reader()))
                        .renewsUnrecorded(in.opt("renewsUnrecorded", UNRECORDED_TERM.reader()))
                        .period(in.opt("period", PERIOD.reader())).signingDate(in.opt("signingDate", PARTIAL_DATE.reader()))
                        .signatories(in.list("signatories", SIGNATORY.reader()))
                        .signatoriesNotRecorded(in.flag("signatoriesNotRecorded"))
                        .terminationDate(in.opt("terminationDate", DATE.reader()))
                        .terminationReason(in.optText("terminationReason")).abandonReason(in.optText("abandonReason"))
                        .focusAreas(in.set("focusAreas", FOCUS_AREA.reader()))
                        .initiatives(in.list("initiatives", INITIATIVE.reader()))
                        .eliteCommitments(in.list("eliteCommitments", ELITE_COMMITMENT.reader()))
                        .eliteEvents(in.list("eliteEvents", ELITE_EVENT.reader()))
                        .payments(in.list("payments", PAYMENT.reader()))
                        .evaluations(in.list("evaluations", EVALUATION.reader()))
                        .measurements(in.list("measurements", MEASUREMENT.reader()))
                        .extensionOption(in.opt("extensionOption", EXTENSION_OPTION.reader()))
                        .notes(in.list("notes", NOTE.reader()));
                return JsonErrors.building(p, b::build);
            });

    /** The aggregate: {@code formatVersion} first, then its fields, then its children. */
    public static final Codec<Alliance> ALLIANCE = Codec.of(Alliance.class,
            (o, v) -> o.start().number("formatVersion", FORMAT_VERSION).field("id", v.getId(), ALLIANCE_ID.writer())
                    .field("federation", v.getFederation(), FEDERATION.writer())
                    .field("municipality", v.getMunicipality(), MUNICIPALITY.writer()).number("version", v.getVersion())
                    .field("lastModified", v.getLastModified(), INSTANT.writer())
                    .list("agreements", v.getAgreements(), AGREEMENT.writer()).list("clubs", v.getClubs(), CLUB.writer())
                    .list("partners", v.getPartners(), PARTNER.writer()).list("contacts", v.getContacts(), CONTACT.writer())
                    .list("notes", v.getNotes(), NOTE.writer()).list("history", v.getHistory(), HISTORY_ENTRY.writer()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("formatVersion", "id", "federation", "municipality", "version", "lastModified",
                        "agreements", "clubs", "partners", "contacts", "notes", "history"));
                long format = in.longValue("formatVersion");
                if (format != FORMAT_VERSION) {
                    throw JsonErrors.at(in.path("formatVersion"), "json.format-version.unsupported", "supported", FORMAT_VERSION);
                }
                Alliance.Builder b = Alliance.builder().id(in.get("id", ALLIANCE_ID.reader()))
                        .federation(in.get("federation", FEDERATION.reader()))
                        .municipality(in.get("municipality", MUNICIPALITY.reader())).version(in.longValue("version"))
                        .lastModified(in.get("lastModified", INSTANT.reader()))
                        .agreements(in.list("agreements", AGREEMENT.reader())).clubs(in.list("clubs", CLUB.reader()))
                        .partners(in.list("partners", PARTNER.reader())).contacts(in.list("contacts", CONTACT.reader()))
                        .notes(in.list("notes", NOTE.reader())).history(in.list("history", HISTORY_ENTRY.reader()));
                return JsonErrors.building(p, b::build);
            });

    /** Every codec of this class. */
    static final List<Codec<?>> ALL = List.of(AGREEMENT, ALLIANCE);
}
