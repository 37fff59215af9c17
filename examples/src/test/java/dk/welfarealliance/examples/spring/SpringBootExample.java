package dk.welfarealliance.examples.spring;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.report.CoverageReport;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.service.AllianceListener;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.CommittedChange;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.validation.ValidationException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Spring Boot application on the starter: Boot makes the H2 {@code DataSource} and its transaction manager,
 * Flyway applies the store's scripts, the starter builds the store, the service and the reports. A
 * {@code @Transactional} service of the application registers three alliances with a signed term each, every
 * registration one transaction of three writes; a fourth registration breaks a rule at its signing, and its
 * transaction rolls back, the alliance it had created included. An audit listener hears each write after its
 * transaction commits; the coverage report counts the municipalities with a term in force today.
 *
 * <p>Run it from the repository root with {@code mvn -B -pl examples -am verify -Dtest=SpringBootExampleTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; it prints what it did.
 */
@SpringBootApplication
public class SpringBootExample {
    static final ActorRef ACTOR = ActorRef.of("example:spring-boot");

    /** Starts the application, runs the registrations and the report, and closes it again. */
    public static void main(String[] args) {
        start(System.out, args).close();
    }

    /** @return the running application, after it has printed its registrations and the report on {@code out} */
    static ConfigurableApplicationContext start(PrintStream out, String... args) {
        return new SpringApplicationBuilder(SpringBootExample.class)
                .properties("spring.config.name=welfare-alliance-example")
                .initializers(context -> context.getBeanFactory().registerSingleton("exampleOutput", out))
                .run(args);
    }

    /** The audit log: hears every committed write, never one that rolled back. */
    @Bean
    AuditLog auditLog() {
        return new AuditLog();
    }

    /** Registers the alliances and prints the report once the application has started. */
    @Bean
    ApplicationRunner registerAndReport(Registrations registrations, Reports reports, AuditLog audit,
            PrintStream exampleOutput) {
        return args -> {
            LocalDate today = reports.today();
            PrintStream out = exampleOutput;
            for (String municipality : List.of("751", "461", "561")) {
                Alliance alliance = registrations.register(MunicipalityCode.of(municipality), today);
                out.printf("registered %s: version %d, %d agreement%n", municipality, alliance.getVersion(),
                        alliance.getAgreements().size());
            }
            try {
                registrations.registerWithoutTheMunicipalitysSignature(MunicipalityCode.of("851"), today);
            } catch (ValidationException e) {
                out.printf("851 not registered, its transaction rolled back: %s%n", e.getViolations().get(0).getRule());
            }
            out.printf("the audit log heard %d committed writes%n", audit.heard.size());
            CoverageReport coverage = reports.coverage(today);
            out.println(coverage.totalsTable().toText());
        };
    }

    /** The application's own service: each registration is one transaction. */
    @Component
    public static class Registrations {
        private final AllianceService alliances;

        /** @param alliances the starter's service */
        public Registrations(AllianceService alliances) {
            this.alliances = alliances;
        }

        /** @return the new alliance with a signed term from the start of this year to the end of the next */
        @Transactional
        public Alliance register(MunicipalityCode municipality, LocalDate today) {
            Alliance alliance = alliances.create(FederationCode.DBU, municipality, ACTOR);
            Agreement draft = open(alliance);
            return alliances.execute(alliance.getId(), sign(draft, today)
                    .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                            Signatory.of(SignatoryParty.FEDERATION, "Formand, DBU"))
                    .build(), ACTOR).getAlliance();
        }

        /** Creates the alliance, then fails at the signing: the transaction rolls back, nothing stays stored. */
        @Transactional
        public Alliance registerWithoutTheMunicipalitysSignature(MunicipalityCode municipality, LocalDate today) {
            Alliance alliance = alliances.create(FederationCode.DBU, municipality, ACTOR);
            Agreement draft = open(alliance);
            return alliances.execute(alliance.getId(), sign(draft, today)
                    .addSignatories(Signatory.of(SignatoryParty.FEDERATION, "Formand, DBU"))
                    .build(), ACTOR).getAlliance();
        }

        private Agreement open(Alliance alliance) {
            return alliances.execute(alliance.getId(), OpenAgreement.builder()
                    .title("Velfærdsalliance " + alliance.getMunicipality())
                    .addFocusAreas(FocusAreaCode.of("SUNDHED"))
                    .build(), ACTOR).agreement();
        }

        private static SignAgreement.Builder sign(Agreement draft, LocalDate today) {
            return SignAgreement.builder()
                    .agreement(draft.getId())
                    .period(AgreementPeriod.throughYear(today.withDayOfYear(1), today.getYear() + 1))
                    .signingDate(today.withDayOfYear(1));
        }
    }

    /** Keeps what it hears, for the report. */
    static final class AuditLog implements AllianceListener {
        final List<CommittedChange> heard = new CopyOnWriteArrayList<>();

        @Override
        public void onCommitted(CommittedChange change) {
            heard.add(change);
        }
    }
}
