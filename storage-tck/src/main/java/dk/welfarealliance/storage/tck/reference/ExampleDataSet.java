package dk.welfarealliance.storage.tck.reference;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Money;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A fixed data set of eight alliances whose agreements sit on the boundaries of every query criterion of
 * docs/storage-contract.md. {@link ExampleQueries} lists, for each criterion alone and combined, the ids a store must
 * return. In municipality order:
 *
 * <ul>
 *   <li>{@link #KOEBENHAVN} (DBU, 101): signed 2023-01-01…2026-12-31, both tracks, school focus area;
 *   <li>{@link #ALBERTSLUND} (DBU, 165): no agreements;
 *   <li>{@link #ODENSE} (DBU, 461): terminated elite term 2020-04-01…2023-12-31 ended on 2022-06-30, titled
 *       "Odense Ærø Fodbold"; signed 2022-09-01…2025-06-30 with a payment only (no track);
 *   <li>{@link #ESBJERG} (DBU, 561): signed 2022-01-01…2025-12-31 with an initiative without focus area and
 *       an elite event (both tracks, no focus area), titled "Esbjerg 100% fodbold"; abandoned draft with an
 *       employment focus area;
 *   <li>{@link #VEJLE} (DBU, 630): signed elite-only term 2019-01-01…2020-12-31; a draft in dialogue with
 *       the health focus area (the same-agreement rule: signed and health are on different agreements);
 *   <li>{@link #HERNING} (DBU, 657): terminated before it started (2023-01-01…2026-12-31, terminated
 *       2022-12-31) with the health focus area; an approved draft without content;
 *   <li>{@link #AARHUS_DIF} (DIF, 751, id {@code 7fff…}): signed 2024-01-01…2024-12-31, custom focus area,
 *       titled "Idrætsalliance Århus";
 *   <li>{@link #AARHUS_DBU} (DBU, 751, id {@code 8000…}): signed 2021-01-01…2024-12-31 with the health focus
 *       area, titled "Velfærdsalliance Aarhus"; a renewal on hold.
 * </ul>
 *
 * The two Aarhus alliances share the municipality and the latest signed end, so only the unsigned id order
 * puts {@link #AARHUS_DIF} first.
 *
 * @since 0.1.0
 */
public final class ExampleDataSet {
    /** København, DBU, municipality 101. */
    public static final AllianceId KOEBENHAVN = AllianceId.parse("00000000-0000-4000-8000-000000000101");
    /** Albertslund, DBU, municipality 165, without agreements. */
    public static final AllianceId ALBERTSLUND = AllianceId.parse("ffffffff-0000-4000-8000-000000000165");
    /** Odense, DBU, municipality 461. */
    public static final AllianceId ODENSE = AllianceId.parse("46100000-0000-4000-8000-000000000461");
    /** Esbjerg, DBU, municipality 561. */
    public static final AllianceId ESBJERG = AllianceId.parse("56100000-0000-4000-8000-000000000561");
    /** Vejle, DBU, municipality 630. */
    public static final AllianceId VEJLE = AllianceId.parse("63000000-0000-4000-8000-000000000630");
    /** Herning, DBU, municipality 657. */
    public static final AllianceId HERNING = AllianceId.parse("65700000-0000-4000-8000-000000000657");
    /** Aarhus, federation DIF, municipality 751; the id 7fff… sorts before 8000… unsigned, after it signed. */
    public static final AllianceId AARHUS_DIF = AllianceId.parse("7fffffff-ffff-4fff-bfff-ffffffffffff");
    /** Aarhus, DBU, municipality 751; the id 8000… is negative when compared signed. */
    public static final AllianceId AARHUS_DBU = AllianceId.parse("80000000-0000-4000-8000-000000000000");

    /** The second federation of the data set. */
    public static final FederationCode DIF = FederationCode.of("DIF");
    /** The health focus area. */
    public static final FocusAreaCode SUNDHED = FocusAreaCode.of("SUNDHED");
    /** The school and daycare focus area. */
    public static final FocusAreaCode SKOLE = FocusAreaCode.of("SKOLE_OG_DAGTILBUD");
    /** The employment focus area. */
    public static final FocusAreaCode BESKAEFTIGELSE = FocusAreaCode.of("BESKAEFTIGELSE");
    /** A custom focus area. */
    public static final FocusAreaCode PADEL = FocusAreaCode.custom("padel-fodbold");

    private static final Instant AT = Instant.parse("2024-03-01T10:15:30.123456Z");
    private static final ActorRef ACTOR = ActorRef.of("user:4711");

    private static final Map<AllianceId, String> NAMES = Map.of(KOEBENHAVN, "KOEBENHAVN", ALBERTSLUND, "ALBERTSLUND",
            ODENSE, "ODENSE", ESBJERG, "ESBJERG", VEJLE, "VEJLE", HERNING, "HERNING", AARHUS_DIF, "AARHUS_DIF",
            AARHUS_DBU, "AARHUS_DBU");

    private ExampleDataSet() {}

    /** @return the name of the constant holding {@code id}, or the id itself if it is not one of the data set */
    public static String nameOf(AllianceId id) {
        return NAMES.getOrDefault(id, id.toString());
    }

    /** @return the eight alliances, never stored (version 0), in municipality order */
    public static List<Alliance> alliances() {
        IdGenerator ids = IdGenerator.seeded(4711);
        return List.of(koebenhavn(ids), albertslund(), odense(ids), esbjerg(ids), vejle(ids), herning(ids), aarhusDif(ids),
                aarhusDbu(ids));
    }

    private static Alliance koebenhavn(IdGenerator ids) {
        Agreement k1 = signed(ids, "Velfærdsalliance København", period("2023-01-01", "2026-12-31"), "2022-11-15")
                .addFocusAreas(SKOLE)
                .addInitiatives(initiative(ids, "Fodbold i skolen").withFocusArea(SKOLE))
                .addEliteCommitments(commitment(ids, EliteEventKind.YOUTH_INTERNATIONAL, 3))
                .build();
        return alliance(KOEBENHAVN, FederationCode.DBU, "101", List.of(k1));
    }

    private static Alliance albertslund() {
        return alliance(ALBERTSLUND, FederationCode.DBU, "165", List.of());
    }

    private static Alliance odense(IdGenerator ids) {
        Agreement o1 = signed(ids, "Odense Ærø Fodbold", period("2020-04-01", "2023-12-31"), "2021-09-15")
                .state(AgreementState.TERMINATED)
                .terminationDate(LocalDate.parse("2022-06-30"))
                .terminationReason("Afløst af en sundhedsalliance")
                .addEliteCommitments(commitment(ids, EliteEventKind.TRAINING_CAMP, 2))
                .addEliteEvents(event(ids, EliteEventKind.TRAINING_CAMP, "2021-05-10"))
                .build();
        Agreement o2 = signed(ids, "Odense sundhedsalliance", period("2022-09-01", "2025-06-30"), "2022-08-20")
                .addPayments(Payment.builder().id(ids.newPaymentId()).kind(PaymentKind.ANNUAL_FEE)
                        .amount(Money.dkk("86500.00")).build())
                .build();
        return alliance(ODENSE, FederationCode.DBU, "461", List.of(o1, o2));
    }

    private static Alliance esbjerg(IdGenerator ids) {
        Agreement e1 = signed(ids, "Esbjerg 100% fodbold", period("2022-01-01", "2025-12-31"), "2021-12-01")
                .addInitiatives(initiative(ids, "Gå Fodbold"))
                .addEliteEvents(event(ids, EliteEventKind.YOUTH_INTERNATIONAL, "2023-05-05").withAgeGroup(AgeGroup.U19))
                .build();
        Agreement e2 = Agreement.builder().id(ids.newAgreementId()).title("Esbjerg jobfodbold")
                .state(AgreementState.ABANDONED).addFocusAreas(BESKAEFTIGELSE).abandonReason("Ingen klubber kunne løfte det")
                .build();
        return alliance(ESBJERG, FederationCode.DBU, "561", List.of(e1, e2));
    }

    private static Alliance vejle(IdGenerator ids) {
        Agreement v1 = signed(ids, "Vejle elite", period("2019-01-01", "2020-12-31"), "2018-12-01")
                .addEliteCommitments(commitment(ids, EliteEventKind.OLDBOYS_INTERNATIONAL, 1))
                .build();
        Agreement v2 = Agreement.builder().id(ids.newAgreementId()).title("Vejle sundhed i dialog")
                .state(AgreementState.IN_DIALOGUE).renews(v1.getId()).addFocusAreas(SUNDHED)
                .addInitiatives(initiative(ids, "Fodbold Fitness").withFocusArea(SUNDHED))
                .build();
        return alliance(VEJLE, FederationCode.DBU, "630", List.of(v1, v2));
    }

    private static Alliance herning(IdGenerator ids) {
        Agreement h1 = signed(ids, "Herning aftale", period("2023-01-01", "2026-12-31"), "2022-10-01")
                .state(AgreementState.TERMINATED)
                .terminationDate(LocalDate.parse("2022-12-31"))
                .terminationReason("Trådte aldrig i kraft")
                .addFocusAreas(SUNDHED)
                .build();
        Agreement h2 = Agreement.builder().id(ids.newAgreementId()).title("Herning ny aftale")
                .state(AgreementState.APPROVED).build();
        return alliance(HERNING, FederationCode.DBU, "657", List.of(h1, h2));
    }

    private static Alliance aarhusDif(IdGenerator ids) {
        Agreement d1 = signed(ids, "Idrætsalliance Århus", period("2024-01-01", "2024-12-31"), "2023-12-01")
                .addFocusAreas(PADEL)
                .build();
        return alliance(AARHUS_DIF, DIF, "751", List.of(d1));
    }

    private static Alliance aarhusDbu(IdGenerator ids) {
        Agreement a1 = signed(ids, "Velfærdsalliance Aarhus", period("2021-01-01", "2024-12-31"), "2020-11-20")
                .addFocusAreas(SUNDHED)
                .addInitiatives(initiative(ids, "FC Demens").withFocusArea(SUNDHED))
                .build();
        Agreement a2 = Agreement.builder().id(ids.newAgreementId()).title("Aarhus fornyelse")
                .state(AgreementState.ON_HOLD).heldFrom(AgreementState.APPROVED).renews(a1.getId())
                .build();
        return alliance(AARHUS_DBU, FederationCode.DBU, "751", List.of(a1, a2));
    }

    private static Alliance alliance(AllianceId id, FederationCode federation, String municipality,
            List<Agreement> agreements) {
        Alliance.Builder b = Alliance.builder().id(id).federation(federation).municipality(MunicipalityCode.of(municipality))
                .version(0).lastModified(AT).agreements(agreements)
                .addHistory(HistoryEntry.builder().seq(1).event(HistoryEvent.ALLIANCE_CREATED).at(AT).actor(ACTOR).build());
        long seq = 2;
        for (Agreement a : agreements) {
            b.addHistory(HistoryEntry.builder().seq(seq++).event(HistoryEvent.OPENED).agreement(a.getId()).at(AT)
                    .actor(ACTOR).build());
        }
        return b.build();
    }

    private static Agreement.Builder signed(IdGenerator ids, String title, AgreementPeriod period, String signingDate) {
        return Agreement.builder().id(ids.newAgreementId()).title(title).state(AgreementState.SIGNED).period(period)
                .signingDate(LocalDate.parse(signingDate))
                .addSignatories(Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.MUNICIPALITY)
                        .role("Borgmester").build())
                .addSignatories(Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.FEDERATION)
                        .role("Formand").build());
    }

    private static AgreementPeriod period(String start, String end) {
        return AgreementPeriod.of(LocalDate.parse(start), LocalDate.parse(end));
    }

    private static Initiative initiative(IdGenerator ids, String name) {
        return Initiative.builder().id(ids.newInitiativeId()).name(name).build();
    }

    private static EliteCommitment commitment(IdGenerator ids, EliteEventKind kind, int minimum) {
        return EliteCommitment.builder().id(ids.newEliteCommitmentId()).kind(kind).minimumCount(minimum).build();
    }

    private static EliteEvent event(IdGenerator ids, EliteEventKind kind, String date) {
        return EliteEvent.builder().id(ids.newEliteEventId()).kind(kind).date(LocalDate.parse(date))
                .title("Elitebegivenhed " + date).build();
    }
}
