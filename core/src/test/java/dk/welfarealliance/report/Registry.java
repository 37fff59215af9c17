package dk.welfarealliance.report;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.HoldAgreement;
import dk.welfarealliance.service.MapStore;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.RenewAgreement;
import dk.welfarealliance.service.ResumeAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import dk.welfarealliance.testing.Fixtures;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A registry for one report test: {@link AllianceService} over core's {@link MapStore}, on the fixed clock of
 * {@link Fixtures} (today is 1 March 2024 in Copenhagen), and the {@link Reports} over it. Every step goes through
 * the lifecycle and is dated by the day given, so the dated history is what the library makes of it. Each test
 * makes its own registry; nothing is shared.
 */
final class Registry {
    static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    final MapStore store = new MapStore();
    final AllianceService service = new AllianceService(Fixtures.lifecycle(1), store);
    final Reports reports = Reports.of(service);
    private final Map<MunicipalityCode, AllianceId> alliances = new HashMap<>();

    /** @return the alliance of DBU and {@code municipality}, created on first use */
    AllianceId alliance(String municipality) {
        return alliances.computeIfAbsent(MunicipalityCode.of(municipality),
                m -> service.create(FederationCode.DBU, m, Fixtures.ACTOR).getId());
    }

    private AgreementId run(String municipality, Command command) {
        return service.execute(alliance(municipality), command, Fixtures.ACTOR).agreement().getId();
    }

    AgreementId open(String municipality, String title, LocalDate on) {
        return run(municipality, OpenAgreement.builder().title(title).on(PartialDate.day(on)).build());
    }

    AgreementId renew(String municipality, AgreementId previous, String title, LocalDate on) {
        return run(municipality, RenewAgreement.builder().previous(previous).title(title).on(PartialDate.day(on)).build());
    }

    Registry approve(String municipality, AgreementId id, LocalDate on) {
        run(municipality, ApproveAgreement.of(id, PartialDate.day(on)));
        return this;
    }

    Registry hold(String municipality, AgreementId id, LocalDate on) {
        run(municipality, HoldAgreement.builder().agreement(id).on(PartialDate.day(on)).build());
        return this;
    }

    Registry resume(String municipality, AgreementId id, LocalDate on) {
        run(municipality, ResumeAgreement.builder().agreement(id).on(PartialDate.day(on)).build());
        return this;
    }

    Registry abandon(String municipality, AgreementId id, LocalDate on) {
        run(municipality, AbandonAgreement.builder().agreement(id).reason("Kommunen sagde nej")
                .on(PartialDate.day(on)).build());
        return this;
    }

    /** Signs {@code id} for {@code period} on {@code signed}, by the mayor and the DBU chair. */
    Registry sign(String municipality, AgreementId id, AgreementPeriod period, LocalDate signed) {
        run(municipality, SignAgreement.builder().agreement(id).period(period).signingDate(signed)
                .signatories(Fixtures.mayorAndDbuChair()).build());
        return this;
    }

    Registry terminate(String municipality, AgreementId id, LocalDate lastDayInForce, LocalDate on) {
        run(municipality, TerminateAgreement.builder().agreement(id).lastDayInForce(lastDayInForce)
                .reason("Opsagt af kommunen").on(PartialDate.day(on)).build());
        return this;
    }

    /** @return a term opened, approved and signed on {@code signed}, for {@code period} */
    AgreementId signedTerm(String municipality, String title, AgreementPeriod period, LocalDate signed) {
        AgreementId id = open(municipality, title, signed);
        approve(municipality, id, signed).sign(municipality, id, period, signed);
        return id;
    }

    static AgreementPeriod period(String start, String end) {
        return AgreementPeriod.of(LocalDate.parse(start), LocalDate.parse(end));
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
