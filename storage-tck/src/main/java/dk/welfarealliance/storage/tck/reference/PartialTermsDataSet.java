package dk.welfarealliance.storage.tck.reference;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A fixed data set of four alliances whose terms are open-ended or have an end not recorded, on the boundaries
 * of {@code inForceOn}, {@code possiblyInForceOn} and {@code endsBetween} (docs/storage-contract.md).
 * {@link PartialTermsQueries} lists the ids a store must return. In municipality order:
 *
 * <ul>
 *   <li>{@link #HORSENS} (615): signed 2018-06-01…(end not recorded); a later term 2021-01-01…2022-12-31
 *       terminated on 2020-12-31, before it started, so it never ends the first;
 *   <li>{@link #KOLDING} (621): signed 2019-03-01…(open-ended); a draft in dialogue planned 2016-01-01…(end not
 *       recorded);
 *   <li>{@link #SILKEBORG} (740): signed 2016-01-01…(end not recorded), then signed 2020-01-01…2023-12-31, then
 *       signed 2024-01-01…(open-ended): the first is possibly in force up to 2019-12-31;
 *   <li>{@link #VIBORG} (791): 2017-01-01…(end not recorded) terminated on 2019-06-30: known in force until then,
 *       never possibly in force.
 * </ul>
 *
 * @since 0.1.0
 */
public final class PartialTermsDataSet {
    /** Horsens, municipality 615. */
    public static final AllianceId HORSENS = AllianceId.parse("61500000-0000-4000-8000-000000000615");
    /** Kolding, municipality 621. */
    public static final AllianceId KOLDING = AllianceId.parse("62100000-0000-4000-8000-000000000621");
    /** Silkeborg, municipality 740. */
    public static final AllianceId SILKEBORG = AllianceId.parse("74000000-0000-4000-8000-000000000740");
    /** Viborg, municipality 791. */
    public static final AllianceId VIBORG = AllianceId.parse("79100000-0000-4000-8000-000000000791");

    private static final Instant AT = Instant.parse("2024-03-01T10:15:30.123456Z");
    private static final ActorRef ACTOR = ActorRef.of("user:4711");
    private static final Map<AllianceId, String> NAMES = Map.of(HORSENS, "HORSENS", KOLDING, "KOLDING",
            SILKEBORG, "SILKEBORG", VIBORG, "VIBORG");

    private PartialTermsDataSet() {}

    /** @return the name of the constant holding {@code id}, or the id itself if it is not one of the data set */
    public static String nameOf(AllianceId id) {
        return NAMES.getOrDefault(id, id.toString());
    }

    /** @return the four alliances, never stored (version 0), in municipality order */
    public static List<Alliance> alliances() {
        IdGenerator ids = IdGenerator.seeded(4712);
        Agreement horsensFirst = signed(ids, "Horsens", AgreementPeriod.endNotRecorded(day("2018-06-01")));
        Agreement horsensNever = Agreement.builder().from(signed(ids, "Horsens ny",
                AgreementPeriod.of(day("2021-01-01"), day("2022-12-31")))).state(AgreementState.TERMINATED)
                .terminationDate(day("2020-12-31")).terminationReason("Trådte aldrig i kraft").build();
        Agreement kolding = signed(ids, "Kolding", AgreementPeriod.openEnded(day("2019-03-01")));
        Agreement koldingDraft = Agreement.builder().id(ids.newAgreementId()).title("Kolding udkast")
                .state(AgreementState.IN_DIALOGUE).period(AgreementPeriod.endNotRecorded(day("2016-01-01"))).build();
        Agreement silkeborgFirst = signed(ids, "Silkeborg første", AgreementPeriod.endNotRecorded(day("2016-01-01")));
        Agreement silkeborgSecond = signed(ids, "Silkeborg anden", AgreementPeriod.of(day("2020-01-01"), day("2023-12-31")));
        Agreement silkeborgThird = signed(ids, "Silkeborg tredje", AgreementPeriod.openEnded(day("2024-01-01")));
        Agreement viborg = Agreement.builder().from(signed(ids, "Viborg", AgreementPeriod.endNotRecorded(day("2017-01-01"))))
                .state(AgreementState.TERMINATED).terminationDate(day("2019-06-30")).terminationReason("Opsagt").build();
        return List.of(alliance(HORSENS, "615", List.of(horsensFirst, horsensNever)),
                alliance(KOLDING, "621", List.of(kolding, koldingDraft)),
                alliance(SILKEBORG, "740", List.of(silkeborgFirst, silkeborgSecond, silkeborgThird)),
                alliance(VIBORG, "791", List.of(viborg)));
    }

    private static Alliance alliance(AllianceId id, String municipality, List<Agreement> agreements) {
        return Alliance.builder().id(id).federation(FederationCode.DBU).municipality(MunicipalityCode.of(municipality))
                .version(0).lastModified(AT).agreements(agreements)
                .addHistory(HistoryEntry.builder().seq(1).event(HistoryEvent.ALLIANCE_CREATED).at(AT).actor(ACTOR).build())
                .build();
    }

    private static Agreement signed(IdGenerator ids, String title, AgreementPeriod period) {
        return Agreement.builder().id(ids.newAgreementId()).title(title).state(AgreementState.SIGNED).period(period)
                .signingDate(period.getStart())
                .addSignatories(Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.MUNICIPALITY)
                        .role("Borgmester").build())
                .addSignatories(Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.FEDERATION)
                        .role("Formand").build())
                .build();
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
