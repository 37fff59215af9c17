package dk.welfarealliance.report;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.MapStore;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.RecordEliteEvent;
import dk.welfarealliance.service.RecordMeasurement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import dk.welfarealliance.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * One test's portfolio: alliances written through {@link AllianceService} (the lifecycle on the fixed clock of
 * {@link Fixtures}: today is 1 March 2024) over a {@link MapStore}, and the {@link Reports} over it. Each test
 * makes its own; nothing is shared.
 */
final class TestPortfolio {
    /** Today on the fixed clock, in Copenhagen. */
    static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    static final MunicipalityCode KOEBENHAVN = MunicipalityCode.of("101");
    static final MunicipalityCode ODENSE = MunicipalityCode.of("461");
    static final MunicipalityCode ESBJERG = MunicipalityCode.of("561");
    static final MunicipalityCode AARHUS = Fixtures.AARHUS;

    final MapStore store = new MapStore();
    final AllianceService service = new AllianceService(Fixtures.lifecycle(8), store);
    final Reports reports = Reports.of(service);

    /** @return the id of the DBU alliance of {@code municipality}, created if need be */
    AllianceId alliance(MunicipalityCode municipality) {
        return service.find(FederationCode.DBU, municipality).map(Alliance::getId)
                .orElseGet(() -> service.create(FederationCode.DBU, municipality, Fixtures.ACTOR).getId());
    }

    /**
     * Opens an agreement titled {@code title} with the content {@code content} gives, approves it and signs it for
     * {@code period}, on its first day, by the mayor and the DBU chair.
     *
     * @return the signed agreement's id
     */
    AgreementId signed(MunicipalityCode municipality, String title, AgreementPeriod period,
            UnaryOperator<OpenAgreement.Builder> content) {
        AllianceId id = alliance(municipality);
        AgreementId agreement = service.execute(id, content.apply(OpenAgreement.builder().title(title)).build(),
                Fixtures.ACTOR).agreement().getId();
        service.execute(id, ApproveAgreement.of(agreement), Fixtures.ACTOR);
        service.execute(id, SignAgreement.builder().agreement(agreement).period(period).signingDate(period.getStart())
                .signatories(Fixtures.mayorAndDbuChair()).build(), Fixtures.ACTOR);
        return agreement;
    }

    /** Records {@code event} on {@code agreement} of {@code municipality}'s alliance. */
    void record(MunicipalityCode municipality, AgreementId agreement, EliteEvent event) {
        service.execute(alliance(municipality), RecordEliteEvent.of(agreement, event), Fixtures.ACTOR);
    }

    /** Records a measurement of {@code value} on {@code day} against the first goal of the first initiative. */
    void measure(MunicipalityCode municipality, AgreementId agreement, int goalIndex, String value, LocalDate day) {
        Goal goal = agreement(municipality, agreement).getInitiatives().get(0).getGoals().get(goalIndex);
        service.execute(alliance(municipality), RecordMeasurement.of(agreement, Measurement.builder().goal(goal.getId())
                .date(day).value(new BigDecimal(value)).unit(goal.getUnit()).build()), Fixtures.ACTOR);
    }

    /** Terminates {@code agreement}, its last day in force {@code lastDay}, the step dated today. */
    void terminate(MunicipalityCode municipality, AgreementId agreement, LocalDate lastDay) {
        service.execute(alliance(municipality), TerminateAgreement.of(agreement, lastDay, "Opsagt af kommunen"),
                Fixtures.ACTOR);
    }

    Agreement agreement(MunicipalityCode municipality, AgreementId agreement) {
        return service.find(alliance(municipality)).orElseThrow().agreement(agreement).orElseThrow();
    }
}
