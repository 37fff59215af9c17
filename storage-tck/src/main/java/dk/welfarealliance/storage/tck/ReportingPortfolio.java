package dk.welfarealliance.storage.tck;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.HoldAgreement;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.RecordEliteEvent;
import dk.welfarealliance.service.RecordMeasurement;
import dk.welfarealliance.service.RenewAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import dk.welfarealliance.storage.AllianceStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A realistic portfolio for the report cases, entered through the service on the store under test, "today"
 * being {@link #TODAY}. Every expected figure of the reporting cases is worked out by hand from this text:
 *
 * <ul>
 *   <li>Aarhus (751, DBU Jylland, Midtjylland): approved 12 Dec 2019, signed 24 Sep 2020, in force 2021–2024;
 *       renewed for 2025–2026 (signed Nov 2024, in force today, ends 31 Dec 2026), a further renewal opened
 *       10 Feb 2026 and in dialogue; at least 3 youth internationals, 2 held (one co-hosted with Odense);
 *       focus areas SUNDHED and custom:padel; "+20 % girls from 410" (level 492), 430 measured 30 Jun 2024 and
 *       450 on 31 Dec 2025.
 *   <li>Odense (461, DBU Fyn, Syddanmark): in force 2022–2025, ended; its renewal opened Sep 2025, put on hold
 *       15 Nov 2025, abandoned 20 Jan 2026; at least 1 youth international: the co-hosted one.
 *   <li>Vejle (630, DBU Jylland, Syddanmark): in effect from 1 Apr 2020, signed Sep 2021, signatories and end
 *       not recorded: possibly in force; a U21 home base until 2024, one U21 match.
 *   <li>Esbjerg (561, DBU Jylland, Syddanmark): 2023–2026, terminated early, last day in force 30 Jun 2024; at
 *       least 2 oldboys internationals, none held.
 *   <li>København (101, DBU København, Hovedstaden): signed 15 Feb 2026, starts 1 Jun 2026: upcoming.
 *   <li>Roskilde (265, DBU Sjælland, Sjælland): in dialogue since Jan 2026.
 *   <li>Svendborg (479, DBU Fyn, Syddanmark): open-ended from 1 Jan 2024; focus area SKOLE_OG_DAGTILBUD; at
 *       least 2 training camps, none held.
 *   <li>Horsens (615, DBU Jylland, Midtjylland): 2023 to 30 Jun 2026, no successor; focus areas SUNDHED and
 *       BESKAEFTIGELSE, an employment initiative for unemployed 18–29 with a goal without target, 52 measured.
 * </ul>
 */
final class ReportingPortfolio {
    /** "Today" in the business zone. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String CO_HOSTED = "U21-2025-DEN-NOR";
    static final MunicipalityCode AARHUS = MunicipalityCode.of("751");
    static final MunicipalityCode ODENSE = MunicipalityCode.of("461");
    static final MunicipalityCode VEJLE = MunicipalityCode.of("630");
    static final MunicipalityCode ESBJERG = MunicipalityCode.of("561");
    static final MunicipalityCode KOEBENHAVN = MunicipalityCode.of("101");
    static final MunicipalityCode ROSKILDE = MunicipalityCode.of("265");
    static final MunicipalityCode SVENDBORG = MunicipalityCode.of("479");
    static final MunicipalityCode HORSENS = MunicipalityCode.of("615");

    private static final ActorRef ACTOR = ActorRef.of("tck:reporting");
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");
    private static final FocusAreaCode EMPLOYMENT = FocusAreaCode.of("BESKAEFTIGELSE");

    private final AllianceService service;

    ReportingPortfolio(AllianceStore store) {
        Lifecycle lifecycle = new Lifecycle(ReferenceCatalogue.bundled(),
                Clock.fixed(Instant.parse("2026-03-02T11:00:00Z"), ZoneOffset.UTC), Lifecycle.DEFAULT_BUSINESS_ZONE,
                IdGenerator.seeded(2026));
        this.service = new AllianceService(lifecycle, store);
    }

    /** Enters the portfolio. @return the reports over it, today being {@link #TODAY} */
    Reports enter() {
        aarhus();
        odense();
        vejle();
        esbjerg();
        koebenhavn();
        roskilde();
        svendborg();
        horsens();
        return Reports.of(service);
    }

    private void aarhus() {
        AllianceId id = create(AARHUS);
        Goal girls = Goal.builder().metric("Piger 0-18 år").baseline(BigDecimal.valueOf(410))
                .target(GoalTarget.percentChange(BigDecimal.valueOf(20))).unit(GoalUnit.COUNT).build();
        AgreementId first = service.execute(id, OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .on(PartialDate.month(2019, 5)).addFocusAreas(HEALTH, FocusAreaCode.custom("padel"))
                .addInitiatives(Initiative.builder().name("Fodbold Fitness").focusArea(HEALTH)
                        .addTargetGroups(TargetGroup.GIRLS).addGoals(girls).build())
                .addEliteCommitments(EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL))
                .build(), ACTOR).agreement().getId();
        service.execute(id, ApproveAgreement.of(first, PartialDate.day(2019, 12, 12)), ACTOR);
        sign(id, first, AgreementPeriod.throughYear(LocalDate.of(2021, 1, 1), 2024), PartialDate.day(2020, 9, 24));
        measure(id, first, LocalDate.of(2024, 6, 30), 430);
        AgreementId second = service.execute(id, RenewAgreement.builder().previous(first).title("Velfærdsalliance Aarhus 2025-2026")
                .on(PartialDate.month(2024, 9)).build(), ACTOR).agreement().getId();
        sign(id, second, AgreementPeriod.throughYear(LocalDate.of(2025, 1, 1), 2026), PartialDate.month(2024, 11));
        event(id, second, LocalDate.of(2025, 6, 10), AgeGroup.U19, "U19: Danmark – Sverige", null);
        event(id, second, LocalDate.of(2025, 9, 5), AgeGroup.U21, "U21: Danmark – Norge", CO_HOSTED);
        measure(id, second, LocalDate.of(2025, 12, 31), 450);
        service.execute(id, RenewAgreement.builder().previous(second).title("Velfærdsalliance Aarhus 2027-")
                .on(PartialDate.day(2026, 2, 10)).build(), ACTOR);
    }

    private void odense() {
        AllianceId id = create(ODENSE);
        AgreementId term = service.execute(id, OpenAgreement.builder().title("Velfærdsalliance Odense")
                .on(PartialDate.year(2021))
                .addEliteCommitments(EliteCommitment.atLeast(1, EliteEventKind.YOUTH_INTERNATIONAL)).build(), ACTOR)
                .agreement().getId();
        sign(id, term, AgreementPeriod.forYears(LocalDate.of(2022, 1, 1), 4), PartialDate.day(2021, 12, 1));
        event(id, term, LocalDate.of(2025, 9, 5), AgeGroup.U21, "U21: Danmark – Norge", CO_HOSTED);
        AgreementId renewal = service.execute(id, RenewAgreement.builder().previous(term).title("Velfærdsalliance Odense 2026-")
                .on(PartialDate.month(2025, 9)).build(), ACTOR).agreement().getId();
        service.execute(id, HoldAgreement.builder().agreement(renewal).reason("Afventer budgettet")
                .on(PartialDate.day(2025, 11, 15)).build(), ACTOR);
        service.execute(id, AbandonAgreement.builder().agreement(renewal).reason("Intet budget")
                .on(PartialDate.day(2026, 1, 20)).build(), ACTOR);
    }

    private void vejle() {
        AllianceId id = create(VEJLE);
        AgreementId term = service.execute(id, OpenAgreement.builder().title("Velfærdsalliance Vejle")
                .on(PartialDate.year(2020))
                .addEliteCommitments(EliteCommitment.builder().kind(EliteEventKind.HOME_BASE).ageGroup(AgeGroup.U21)
                        .deadline(LocalDate.of(2024, 12, 31)).build()).build(), ACTOR).agreement().getId();
        service.execute(id, SignAgreement.builder().agreement(term)
                .period(AgreementPeriod.endNotRecorded(LocalDate.of(2020, 4, 1))).signingDate(PartialDate.month(2021, 9))
                .signatoriesNotRecorded(true).build(), ACTOR);
        event(id, term, LocalDate.of(2022, 9, 23), AgeGroup.U21, "U21: Danmark – Island", null);
    }

    private void esbjerg() {
        AllianceId id = create(ESBJERG);
        AgreementId term = service.execute(id, OpenAgreement.builder().title("Velfærdsalliance Esbjerg")
                .on(PartialDate.year(2022))
                .addEliteCommitments(EliteCommitment.atLeast(2, EliteEventKind.OLDBOYS_INTERNATIONAL)).build(), ACTOR)
                .agreement().getId();
        sign(id, term, AgreementPeriod.throughYear(LocalDate.of(2023, 1, 1), 2026), PartialDate.day(2022, 12, 1));
        service.execute(id, TerminateAgreement.builder().agreement(term).lastDayInForce(LocalDate.of(2024, 6, 30))
                .reason("Ophørt efter fælles aftale").on(PartialDate.day(2024, 5, 15)).build(), ACTOR);
    }

    private void koebenhavn() {
        AllianceId id = create(KOEBENHAVN);
        AgreementId term = service.execute(id, OpenAgreement.builder().title("Velfærdsalliance København")
                .on(PartialDate.month(2025, 10)).build(), ACTOR).agreement().getId();
        sign(id, term, AgreementPeriod.throughYear(LocalDate.of(2026, 6, 1), 2029), PartialDate.day(2026, 2, 15));
    }

    private void roskilde() {
        AllianceId id = create(ROSKILDE);
        service.execute(id, OpenAgreement.builder().title("Velfærdsalliance Roskilde").on(PartialDate.month(2026, 1))
                .build(), ACTOR);
    }

    private void svendborg() {
        AllianceId id = create(SVENDBORG);
        AgreementId term = service.execute(id, OpenAgreement.builder().title("Velfærdsalliance Svendborg")
                .on(PartialDate.month(2023, 6)).addFocusAreas(FocusAreaCode.of("SKOLE_OG_DAGTILBUD"))
                .addEliteCommitments(EliteCommitment.atLeast(2, EliteEventKind.TRAINING_CAMP)).build(), ACTOR)
                .agreement().getId();
        sign(id, term, AgreementPeriod.openEnded(LocalDate.of(2024, 1, 1)), PartialDate.month(2023, 12));
    }

    private void horsens() {
        AllianceId id = create(HORSENS);
        Goal jobs = Goal.builder().metric("Unge i job eller uddannelse").unit(GoalUnit.COUNT).build();
        AgreementId term = service.execute(id, OpenAgreement.builder().title("Velfærdsalliance Horsens")
                .on(PartialDate.month(2022, 9)).addFocusAreas(HEALTH, EMPLOYMENT)
                .addInitiatives(Initiative.builder().name("Fodbold for Fremtiden").focusArea(EMPLOYMENT)
                        .addTargetGroups(TargetGroup.UNEMPLOYED_18_29).addGoals(jobs).build())
                .build(), ACTOR).agreement().getId();
        sign(id, term, AgreementPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 6, 30)), PartialDate.day(2022, 12, 12));
        measure(id, term, LocalDate.of(2025, 6, 30), 52);
    }

    private AllianceId create(MunicipalityCode municipality) {
        return service.create(FederationCode.DBU, municipality, ACTOR).getId();
    }

    private void sign(AllianceId id, AgreementId agreement, AgreementPeriod period, PartialDate on) {
        service.execute(id, SignAgreement.builder().agreement(agreement).period(period).signingDate(on)
                .signatories(List.of(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.of(SignatoryParty.LOCAL_UNION, "Formand")))
                .build(), ACTOR);
    }

    private void event(AllianceId id, AgreementId agreement, LocalDate day, AgeGroup age, String title,
            @Nullable String shared) {
        EliteEvent.Builder event = EliteEvent.builder().kind(EliteEventKind.YOUTH_INTERNATIONAL).ageGroup(age)
                .date(day).title(title);
        if (shared != null) {
            event.sharedReference(shared);
        }
        service.execute(id, RecordEliteEvent.of(agreement, event.build()), ACTOR);
    }

    private void measure(AllianceId id, AgreementId agreement, LocalDate day, int value) {
        var goal = service.find(id).orElseThrow().agreement(agreement).orElseThrow().getInitiatives().get(0).getGoals().get(0);
        service.execute(id, RecordMeasurement.of(agreement, Measurement.builder().goal(goal.getId()).date(day)
                .value(BigDecimal.valueOf(value)).unit(goal.getUnit()).build()), ACTOR);
    }
}
