package dk.welfarealliance.json.internal;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.DatePrecision;
import dk.welfarealliance.EliteCommitmentId;
import dk.welfarealliance.EliteEventId;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.EvaluationId;
import dk.welfarealliance.ExtensionOption;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.GoalId;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.InitiativeId;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MeasurementId;
import dk.welfarealliance.Money;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.NoteId;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.PaymentId;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Phase;
import dk.welfarealliance.RegionCode;
import dk.welfarealliance.SignatoryId;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.TargetKind;
import dk.welfarealliance.TeamGender;
import dk.welfarealliance.Track;
import dk.welfarealliance.UnrecordedTerm;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The codecs of the plain values: ids, codes, dates, money, periods, targets and every enum. */
public final class ValueCodecs {
    private ValueCodecs() {}

    /** A day. */
    public static final Codec<LocalDate> DATE = Codec.of(LocalDate.class, Scalars.DATE_WRITER, Scalars.DATE_READER);
    /** An instant. */
    public static final Codec<Instant> INSTANT = Codec.of(Instant.class, Scalars.INSTANT_WRITER, Scalars.INSTANT_READER);
    /** A decimal. */
    public static final Codec<BigDecimal> DECIMAL = Codec.of(BigDecimal.class, Scalars.DECIMAL_WRITER, Scalars.DECIMAL_READER);

    /** Alliance id. */
    public static final Codec<AllianceId> ALLIANCE_ID = Scalars.textual(AllianceId.class, AllianceId::toString, AllianceId::parse);
    /** Agreement id. */
    public static final Codec<AgreementId> AGREEMENT_ID = Scalars.textual(AgreementId.class, AgreementId::toString, AgreementId::parse);
    /** Club id. */
    public static final Codec<ClubId> CLUB_ID = Scalars.textual(ClubId.class, ClubId::toString, ClubId::parse);
    /** Contact id. */
    public static final Codec<ContactId> CONTACT_ID = Scalars.textual(ContactId.class, ContactId::toString, ContactId::parse);
    /** Elite commitment id. */
    public static final Codec<EliteCommitmentId> ELITE_COMMITMENT_ID =
            Scalars.textual(EliteCommitmentId.class, EliteCommitmentId::toString, EliteCommitmentId::parse);
    /** Elite event id. */
    public static final Codec<EliteEventId> ELITE_EVENT_ID = Scalars.textual(EliteEventId.class, EliteEventId::toString, EliteEventId::parse);
    /** Evaluation id. */
    public static final Codec<EvaluationId> EVALUATION_ID = Scalars.textual(EvaluationId.class, EvaluationId::toString, EvaluationId::parse);
    /** Goal id. */
    public static final Codec<GoalId> GOAL_ID = Scalars.textual(GoalId.class, GoalId::toString, GoalId::parse);
    /** Initiative id. */
    public static final Codec<InitiativeId> INITIATIVE_ID = Scalars.textual(InitiativeId.class, InitiativeId::toString, InitiativeId::parse);
    /** Measurement id. */
    public static final Codec<MeasurementId> MEASUREMENT_ID = Scalars.textual(MeasurementId.class, MeasurementId::toString, MeasurementId::parse);
    /** Note id. */
    public static final Codec<NoteId> NOTE_ID = Scalars.textual(NoteId.class, NoteId::toString, NoteId::parse);
    /** Partner id. */
    public static final Codec<PartnerId> PARTNER_ID = Scalars.textual(PartnerId.class, PartnerId::toString, PartnerId::parse);
    /** Payment id. */
    public static final Codec<PaymentId> PAYMENT_ID = Scalars.textual(PaymentId.class, PaymentId::toString, PaymentId::parse);
    /** Signatory id. */
    public static final Codec<SignatoryId> SIGNATORY_ID = Scalars.textual(SignatoryId.class, SignatoryId::toString, SignatoryId::parse);

    /** Federation code. */
    public static final Codec<FederationCode> FEDERATION = Scalars.textual(FederationCode.class, FederationCode::value, FederationCode::of);
    /** Municipality code. */
    public static final Codec<MunicipalityCode> MUNICIPALITY =
            Scalars.textual(MunicipalityCode.class, MunicipalityCode::value, MunicipalityCode::of);
    /** Region code. */
    public static final Codec<RegionCode> REGION = Scalars.textual(RegionCode.class, RegionCode::value, RegionCode::of);
    /** Local union code. */
    public static final Codec<LocalUnionCode> LOCAL_UNION = Scalars.textual(LocalUnionCode.class, LocalUnionCode::value, LocalUnionCode::of);
    /** Focus area code. */
    public static final Codec<FocusAreaCode> FOCUS_AREA = Scalars.textual(FocusAreaCode.class, FocusAreaCode::value, FocusAreaCode::of);
    /** Target group. */
    public static final Codec<TargetGroup> TARGET_GROUP = Scalars.textual(TargetGroup.class, TargetGroup::code, TargetGroup::of);
    /** Actor reference. */
    public static final Codec<ActorRef> ACTOR = Scalars.textual(ActorRef.class, ActorRef::value, ActorRef::of);
    /** A date known to the day, month or year: {@code 2020-09-24}, {@code 2021-09}, {@code 2019}. */
    public static final Codec<PartialDate> PARTIAL_DATE = Scalars.textual(PartialDate.class, PartialDate::toString, PartialDate::parse);

    /** Agreement state. */
    public static final Codec<AgreementState> AGREEMENT_STATE = Scalars.enumeration(AgreementState.class);
    /** Goal unit. */
    public static final Codec<GoalUnit> GOAL_UNIT = Scalars.enumeration(GoalUnit.class);
    /** Target kind. */
    public static final Codec<TargetKind> TARGET_KIND = Scalars.enumeration(TargetKind.class);
    /** Elite event kind. */
    public static final Codec<EliteEventKind> ELITE_EVENT_KIND = Scalars.enumeration(EliteEventKind.class);
    /** Age group. */
    public static final Codec<AgeGroup> AGE_GROUP = Scalars.enumeration(AgeGroup.class);
    /** Team gender. */
    public static final Codec<TeamGender> TEAM_GENDER = Scalars.enumeration(TeamGender.class);
    /** History event. */
    public static final Codec<HistoryEvent> HISTORY_EVENT = Scalars.enumeration(HistoryEvent.class);
    /** Note kind. */
    public static final Codec<NoteKind> NOTE_KIND = Scalars.enumeration(NoteKind.class);
    /** Partner kind. */
    public static final Codec<PartnerKind> PARTNER_KIND = Scalars.enumeration(PartnerKind.class);
    /** Payment kind. */
    public static final Codec<PaymentKind> PAYMENT_KIND = Scalars.enumeration(PaymentKind.class);
    /** Signatory party. */
    public static final Codec<SignatoryParty> SIGNATORY_PARTY = Scalars.enumeration(SignatoryParty.class);

    /** {@code {"amount": "86500.00", "currency": "DKK"}}. */
    public static final Codec<Money> MONEY = Codec.of(Money.class,
            (o, m) -> o.start().field("amount", m.getAmount(), DECIMAL.writer()).text("currency", m.getCurrency()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("amount", "currency"));
                BigDecimal amount = in.get("amount", DECIMAL.reader());
                String currency = in.text("currency");
                return JsonErrors.building(p, () -> Money.of(amount, currency));
            });

    /** {@code {"start": "2020-04-01", "end": "2023-12-31", "openEnded": false}}; no end: open-ended or not recorded. */
    public static final Codec<AgreementPeriod> PERIOD = Codec.of(AgreementPeriod.class,
            (o, v) -> o.start().field("start", v.getStart(), DATE.writer()).field("end", v.getEnd(), DATE.writer())
                    .flag("openEnded", v.isOpenEnded()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("start", "end", "openEnded"));
                AgreementPeriod.Builder b = AgreementPeriod.builder().start(in.get("start", DATE.reader()))
                        .end(in.opt("end", DATE.reader())).openEnded(in.flag("openEnded"));
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"period": {...}, "note": "..."}}, both optional. */
    public static final Codec<UnrecordedTerm> UNRECORDED_TERM = Codec.of(UnrecordedTerm.class,
            (o, v) -> o.start().field("period", v.getPeriod(), PERIOD.writer()).field("note", v.getNote(), Scalars.TEXT_WRITER).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("period", "note"));
                UnrecordedTerm.Builder b = UnrecordedTerm.builder().period(in.opt("period", PERIOD.reader()))
                        .note(in.optText("note"));
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"until": "2030-12-31", "years": 2, "text": "..."}}, at least one of them. */
    public static final Codec<ExtensionOption> EXTENSION_OPTION = Codec.of(ExtensionOption.class,
            (o, v) -> o.start().field("until", v.getUntil(), DATE.writer()).number("years", v.getYears())
                    .field("text", v.getText(), Scalars.TEXT_WRITER).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("until", "years", "text"));
                ExtensionOption.Builder b = ExtensionOption.builder().until(in.opt("until", DATE.reader()))
                        .years(in.optInt("years")).text(in.optText("text"));
                return JsonErrors.building(p, b::build);
            });

    /** {@code {"value": "20", "kind": "PERCENT_CHANGE"}}. */
    public static final Codec<GoalTarget> GOAL_TARGET = Codec.of(GoalTarget.class,
            (o, v) -> o.start().field("value", v.getValue(), DECIMAL.writer()).field("kind", v.getKind(), TARGET_KIND.writer()).end(),
            (n, p) -> {
                In in = In.object(n, p, Set.of("value", "kind"));
                BigDecimal value = in.get("value", DECIMAL.reader());
                TargetKind kind = in.get("kind", TARGET_KIND.reader());
                return JsonErrors.building(p, () -> switch (kind) {
                    case LEVEL -> GoalTarget.level(value);
                    case CHANGE -> GoalTarget.change(value);
                    case PERCENT_CHANGE -> GoalTarget.percentChange(value);
                });
            });

    /** Every codec of a domain type in this class (not the JDK's date, instant and decimal: users own those). */
    static final List<Codec<?>> ALL = List.of(ALLIANCE_ID, AGREEMENT_ID, CLUB_ID, CONTACT_ID,
            ELITE_COMMITMENT_ID, ELITE_EVENT_ID, EVALUATION_ID, GOAL_ID, INITIATIVE_ID, MEASUREMENT_ID, NOTE_ID, PARTNER_ID,
            PAYMENT_ID, SIGNATORY_ID, FEDERATION, MUNICIPALITY, REGION, LOCAL_UNION, FOCUS_AREA, TARGET_GROUP, ACTOR,
            PARTIAL_DATE, AGREEMENT_STATE, GOAL_UNIT, TARGET_KIND, ELITE_EVENT_KIND, AGE_GROUP, TEAM_GENDER, HISTORY_EVENT,
            NOTE_KIND, PARTNER_KIND, PAYMENT_KIND, SIGNATORY_PARTY, Scalars.enumeration(DatePrecision.class),
            Scalars.enumeration(EndKind.class), Scalars.enumeration(Phase.class), Scalars.enumeration(Track.class),
            MONEY, PERIOD, UNRECORDED_TERM, EXTENSION_OPTION, GOAL_TARGET);
}
