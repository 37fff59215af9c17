package dk.welfarealliance.report.html;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.HoldAgreement;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.RecordEliteEvent;
import dk.welfarealliance.service.RenewAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import dk.welfarealliance.storage.memory.InMemoryAllianceStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One test's portfolio, in memory, on a clock fixed at 1 March 2024, and the page over it. Each test makes its own.
 * {@link #standard()} gives each municipality the tests look at a known coverage status.
 */
final class Portfolio {
    static final Instant NOW = Instant.parse("2024-03-01T10:15:30Z");
    static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    static final ActorRef ACTOR = ActorRef.of("user:4711");

    static final MunicipalityCode AALBORG = MunicipalityCode.of("851");
    static final MunicipalityCode ESBJERG = MunicipalityCode.of("561");
    static final MunicipalityCode BORNHOLM = MunicipalityCode.of("400");
    static final MunicipalityCode AARHUS = MunicipalityCode.of("751");
    static final MunicipalityCode ODENSE = MunicipalityCode.of("461");
    static final MunicipalityCode KOEBENHAVN = MunicipalityCode.of("101");
    static final MunicipalityCode VEJLE = MunicipalityCode.of("630");

    final AllianceService service;
    final PortfolioPage page;

    Portfolio() {
        this(ReferenceCatalogue.bundled());
    }

    Portfolio(ReferenceCatalogue catalogue) {
        this(catalogue, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A portfolio whose steps happen at what {@code clock} tells, e.g. a {@link MovableClock}. */
    Portfolio(Clock clock) {
        this(ReferenceCatalogue.bundled(), clock);
    }

    private Portfolio(ReferenceCatalogue catalogue, Clock clock) {
        Lifecycle lifecycle = new Lifecycle(catalogue, clock, Lifecycle.DEFAULT_BUSINESS_ZONE,
                IdGenerator.seeded(13));
        service = new AllianceService(lifecycle, new InMemoryAllianceStore());
        page = PortfolioPage.of(service);
    }

    /**
     * Aalborg in force, Esbjerg ended (and an abandoned renewal), Bornholm in dialogue, Aarhus in force on its third
     * term (the second terminated early), Odense possibly in force, København upcoming, Vejle in force with its
     * renewal on hold and an elite commitment; the rest none.
     */
    static Portfolio standard() {
        return standard(new Portfolio(), "");
    }

    /** {@link #standard()} with {@code extra} appended to every title and text the portfolio holds. */
    static Portfolio standard(Portfolio p, String extra) {
        p.signed(AALBORG, "Velfærdsalliance Aalborg" + extra, AgreementPeriod.of(date(2022, 1, 1), date(2025, 12, 31)),
                b -> b);
        AgreementId esbjerg = p.signed(ESBJERG, "Velfærdsalliance Esbjerg" + extra,
                AgreementPeriod.of(date(2018, 1, 1), date(2021, 12, 31)), b -> b);
        AgreementId esbjergRenewal = p.service.execute(p.alliance(ESBJERG), RenewAgreement.builder().previous(esbjerg)
                .title("Esbjerg 2022–2025" + extra).plannedPeriod(AgreementPeriod.of(date(2022, 1, 1),
                        date(2025, 12, 31))).build(), ACTOR).agreement().getId();
        p.service.execute(p.alliance(ESBJERG), AbandonAgreement.of(esbjergRenewal, "Ingen midler" + extra), ACTOR);
        p.service.execute(p.alliance(BORNHOLM), OpenAgreement.titled("Bornholm i dialog" + extra), ACTOR);
        AgreementId aarhus1 = p.signed(AARHUS, "Aarhus 2016–2019" + extra,
                AgreementPeriod.of(date(2016, 1, 1), date(2019, 12, 31)), b -> b);
        AgreementId aarhus2 = p.renewed(AARHUS, aarhus1, "Aarhus 2020–2023" + extra,
                AgreementPeriod.of(date(2020, 1, 1), date(2023, 12, 31)));
        p.service.execute(p.alliance(AARHUS), TerminateAgreement.of(aarhus2, date(2022, 6, 30), "Opsagt" + extra),
                ACTOR);
        p.renewed(AARHUS, aarhus2, "Aarhus fra 2023" + extra, AgreementPeriod.openEnded(date(2023, 1, 1)));
        p.signed(ODENSE, "Odense" + extra, AgreementPeriod.endNotRecorded(date(2019, 1, 1)), b -> b);
        p.signed(KOEBENHAVN, "København" + extra, AgreementPeriod.of(date(2024, 6, 1), date(2027, 5, 31)), b -> b);
        AgreementId vejle = p.signed(VEJLE, "Vejle" + extra, AgreementPeriod.of(date(2021, 1, 1), date(2024, 12, 31)),
                b -> b.addEliteCommitments(EliteCommitment.builder().kind(EliteEventKind.YOUTH_INTERNATIONAL)
                        .minimumCount(2).ageGroup(AgeGroup.U19).description("Ungdomslandskampe" + extra).build()));
        p.service.execute(p.alliance(VEJLE), RecordEliteEvent.of(vejle, EliteEvent.builder()
                .kind(EliteEventKind.YOUTH_INTERNATIONAL).ageGroup(AgeGroup.U19).date(date(2023, 5, 1))
                .title("U19: Danmark – Norge" + extra).build()), ACTOR);
        AgreementId vejleRenewal = p.service.execute(p.alliance(VEJLE), RenewAgreement.builder().previous(vejle)
                .title("Vejle 2025–2028" + extra).build(), ACTOR).agreement().getId();
        p.service.execute(p.alliance(VEJLE), HoldAgreement.of(vejleRenewal), ACTOR);
        return p;
    }

    AllianceId alliance(MunicipalityCode municipality) {
        return service.find(FederationCode.DBU, municipality).map(Alliance::getId)
                .orElseGet(() -> service.create(FederationCode.DBU, municipality, ACTOR).getId());
    }

    AgreementId signed(MunicipalityCode municipality, String title, AgreementPeriod period,
            UnaryOperator<OpenAgreement.Builder> content) {
        AllianceId id = alliance(municipality);
        AgreementId agreement = service.execute(id, content.apply(OpenAgreement.builder().title(title)).build(),
                ACTOR).agreement().getId();
        sign(id, agreement, period);
        return agreement;
    }

    AgreementId renewed(MunicipalityCode municipality, AgreementId previous, String title, AgreementPeriod period) {
        AllianceId id = alliance(municipality);
        AgreementId agreement = service.execute(id, RenewAgreement.builder().previous(previous).title(title).build(),
                ACTOR).agreement().getId();
        sign(id, agreement, period);
        return agreement;
    }

    private void sign(AllianceId id, AgreementId agreement, AgreementPeriod period) {
        service.execute(id, ApproveAgreement.of(agreement), ACTOR);
        service.execute(id, SignAgreement.builder().agreement(agreement).period(period).signingDate(period.getStart())
                .signatories(List.of(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.of(SignatoryParty.FEDERATION, "Formand for DBU"))).build(), ACTOR);
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
