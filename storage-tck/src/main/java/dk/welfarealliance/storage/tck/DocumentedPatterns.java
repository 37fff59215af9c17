package dk.welfarealliance.storage.tck;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Club;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.ExtensionOption;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Money;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.UnrecordedTerm;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.PutClub;
import dk.welfarealliance.service.RecordEliteEvent;
import dk.welfarealliance.service.RecordMeasurement;
import dk.welfarealliance.service.RecordNote;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.storage.AllianceStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Alliances entered as public sources document them, through the lifecycle and the service only, with nothing
 * invented: an approval months before signing, an effective date 17 months before signing, signatories not
 * named, an end not stated, a renewal of a term the registry does not hold, a dialogue meeting after signing,
 * an option to extend, an event hosted by two municipalities, a tournament of several days, a home-base
 * commitment, a result without a target, and the parties that sign, deliver, pay and receive.
 */
final class DocumentedPatterns {
    /** "Today" of the lifecycle that enters them. */
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00.123456Z");
    /** The reference two municipalities give the one U21 international they hosted together. */
    static final String CO_HOSTED = "U21-2023-DEN-NOR";
    static final MunicipalityCode AARHUS = MunicipalityCode.of("751");
    static final MunicipalityCode VEJLE = MunicipalityCode.of("630");
    static final MunicipalityCode HORSENS = MunicipalityCode.of("615");
    static final MunicipalityCode ODENSE = MunicipalityCode.of("461");

    private static final ActorRef ACTOR = ActorRef.of("tck:patterns");
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");

    private final AllianceService service;

    DocumentedPatterns(AllianceStore store) {
        this.service = new AllianceService(new Lifecycle(ReferenceCatalogue.bundled(), Clock.fixed(NOW, ZoneOffset.UTC),
                Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(4711)), store);
    }

    /** @return the alliances as the service stored them, in the order entered */
    List<Alliance> enter() {
        return List.of(approvedLongBeforeSigning(), effectiveLongBeforeSigning(), renewalOfAnUnrecordedTerm(),
                coHost());
    }

    /**
     * Aarhus: approved by the council on 12 December 2019, signed on 24 September 2020 by the mayor and a club's
     * chair for the club; a health initiative delivered by the club, with a "+20 % from 410" goal and a goal
     * without a target whose result is recorded; an annual fee the municipality pays the local union; an option
     * to extend by two years.
     */
    private Alliance approvedLongBeforeSigning() {
        AllianceId id = service.create(FederationCode.DBU, AARHUS, ACTOR).getId();
        Club agf = service.execute(id, PutClub.of(Club.builder().name("AGF").build()), ACTOR).created(Club.class);
        Goal girls = Goal.builder().metric("Piger 0-18 år i klubberne").baseline(BigDecimal.valueOf(410))
                .target(GoalTarget.percentChange(BigDecimal.valueOf(20))).unit(GoalUnit.COUNT).build();
        Goal members = Goal.builder().metric("Deltagere der bliver medlemmer").unit(GoalUnit.PERCENT).build();
        AgreementId agreement = service.execute(id, OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .on(PartialDate.month(2019, 5))
                .addFocusAreas(HEALTH)
                .addInitiatives(Initiative.builder().name("Fodbold Fitness").concept("Fodbold Fitness").focusArea(HEALTH)
                        .addClubs(agf.getId()).addGoals(girls, members).build())
                .addPayments(Payment.builder().kind(PaymentKind.ANNUAL_FEE).amount(Money.dkk(86_500))
                        .payer(Party.municipality()).payee(Party.localUnion()).build())
                .extensionOption(ExtensionOption.builder().years(2).text("Kan forlænges med op til to år").build())
                .build(), ACTOR).agreement().getId();
        service.execute(id, ApproveAgreement.of(agreement, PartialDate.day(2019, 12, 12)), ACTOR);
        Alliance signed = service.execute(id, SignAgreement.builder().agreement(agreement)
                .period(AgreementPeriod.throughYear(LocalDate.of(2021, 1, 1), 2024))
                .signingDate(LocalDate.of(2020, 9, 24))
                .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.builder().party(SignatoryParty.CLUB).role("Formand").club(agf.getId()).build(),
                        Signatory.of(SignatoryParty.LOCAL_UNION, "Formand for DBU Jylland"))
                .build(), ACTOR).getAlliance();
        Goal withoutTarget = signed.agreement(agreement).orElseThrow().getInitiatives().get(0).getGoals().get(1);
        return service.execute(id, RecordMeasurement.of(agreement, Measurement.builder().goal(withoutTarget.getId())
                .date(LocalDate.of(2022, 6, 30)).value(BigDecimal.valueOf(52)).unit(GoalUnit.PERCENT).build()), ACTOR)
                .getAlliance();
    }

    /**
     * Vejle: in effect from 1 April 2020, signed in September 2021 (the day not given), signatories not named, the
     * end not stated; a U21 home base "until 2024" met by a match; a tournament of four days at a named venue; a
     * dialogue meeting with the clubs in November 2021.
     */
    private Alliance effectiveLongBeforeSigning() {
        AllianceId id = service.create(FederationCode.DBU, VEJLE, ACTOR).getId();
        AgreementId agreement = service.execute(id, OpenAgreement.builder().title("Velfærdsalliance Vejle")
                .on(PartialDate.year(2020))
                .addEliteCommitments(EliteCommitment.builder().kind(EliteEventKind.HOME_BASE).ageGroup(AgeGroup.U21)
                        .deadline(LocalDate.of(2024, 12, 31)).description("U21-landsholdets hjemmebane til og med 2024")
                        .build())
                .build(), ACTOR).agreement().getId();
        service.execute(id, SignAgreement.builder().agreement(agreement)
                .period(AgreementPeriod.endNotRecorded(LocalDate.of(2020, 4, 1)))
                .signingDate(PartialDate.month(2021, 9)).signatoriesNotRecorded(true).build(), ACTOR);
        service.execute(id, RecordEliteEvent.of(agreement, EliteEvent.builder().kind(EliteEventKind.YOUTH_INTERNATIONAL)
                .ageGroup(AgeGroup.U21).date(LocalDate.of(2022, 9, 23)).title("U21: Danmark – Island").build()), ACTOR);
        service.execute(id, RecordEliteEvent.of(agreement, EliteEvent.builder().kind(EliteEventKind.TOURNAMENT)
                .date(LocalDate.of(2023, 7, 3)).endDate(LocalDate.of(2023, 7, 6)).title("U16 Nordic Cup")
                .venue("Vejle Stadion").build()), ACTOR);
        return service.execute(id, RecordNote.on(agreement,
                Note.of(NoteKind.MEETING, PartialDate.month(2021, 11), "Dialogmøde med klubberne om indsatsområderne")),
                ACTOR).getAlliance();
    }

    /**
     * Horsens: renews a first term of 2016–2019 that the registry does not hold; the new term runs until
     * terminated; it hosted the co-hosted U21 international.
     */
    private Alliance renewalOfAnUnrecordedTerm() {
        AllianceId id = service.create(FederationCode.DBU, HORSENS, ACTOR).getId();
        AgreementId agreement = service.execute(id, OpenAgreement.builder().title("Velfærdsalliance Horsens, fornyet")
                .renewsUnrecorded(UnrecordedTerm.builder()
                        .period(AgreementPeriod.throughYear(LocalDate.of(2016, 1, 1), 2019))
                        .note("Første aftale, indgået før registret blev taget i brug").build())
                .build(), ACTOR).agreement().getId();
        service.execute(id, SignAgreement.builder().agreement(agreement)
                .period(AgreementPeriod.openEnded(LocalDate.of(2020, 1, 1))).signingDate(PartialDate.year(2019))
                .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.of(SignatoryParty.FEDERATION, "Formand, DBU"))
                .build(), ACTOR);
        return recordCoHosted(id, agreement);
    }

    /** Odense: the other host of the co-hosted U21 international, with a commitment to at least one. */
    private Alliance coHost() {
        AllianceId id = service.create(FederationCode.DBU, ODENSE, ACTOR).getId();
        AgreementId agreement = service.execute(id, OpenAgreement.builder().title("Velfærdsalliance Odense")
                .addEliteCommitments(EliteCommitment.atLeast(1, EliteEventKind.YOUTH_INTERNATIONAL))
                .build(), ACTOR).agreement().getId();
        service.execute(id, SignAgreement.builder().agreement(agreement)
                .period(AgreementPeriod.forYears(LocalDate.of(2022, 1, 1), 4)).signingDate(LocalDate.of(2021, 12, 1))
                .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.of(SignatoryParty.LOCAL_UNION, "Formand for DBU Fyn"))
                .build(), ACTOR);
        return recordCoHosted(id, agreement);
    }

    private Alliance recordCoHosted(AllianceId id, AgreementId agreement) {
        return service.execute(id, RecordEliteEvent.of(agreement, EliteEvent.builder()
                .kind(EliteEventKind.YOUTH_INTERNATIONAL).ageGroup(AgeGroup.U21).date(LocalDate.of(2023, 6, 16))
                .title("U21: Danmark – Norge").sharedReference(CO_HOSTED).build()), ACTOR).getAlliance();
    }
}
