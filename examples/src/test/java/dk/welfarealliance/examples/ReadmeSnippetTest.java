package dk.welfarealliance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Phase;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.report.CommitmentDelivery;
import dk.welfarealliance.report.CommitmentStatus;
import dk.welfarealliance.report.CoverageReport;
import dk.welfarealliance.report.CoverageStatus;
import dk.welfarealliance.report.EliteDelivery;
import dk.welfarealliance.report.ExpiringTerm;
import dk.welfarealliance.report.MunicipalityCoverage;
import dk.welfarealliance.report.RenewalPipeline;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.report.html.PortfolioPage;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.EraseContact;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Listeners;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.PutContact;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.memory.InMemoryAllianceStore;
import dk.welfarealliance.validation.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets, line for line, so that they keep compiling and doing what they say; the last test
 * checks that every Java block of the README appears whole in a source of this module.
 */
class ReadmeSnippetTest {

    @Test
    void the_readme_snippet_enters_a_typical_signed_term_without_hand_made_ids_and_finds_it_in_force() {
        AllianceStore store = new InMemoryAllianceStore();            // or JdbcAllianceStore.create(dataSource)
        AllianceService alliances = new AllianceService(Lifecycle.withDefaults(), store);
        ActorRef actor = ActorRef.of("user:4711");                     // opaque, never a person's name
        FocusAreaCode health = FocusAreaCode.of("SUNDHED");

        Alliance aarhus = alliances.create(FederationCode.DBU, MunicipalityCode.of("751"), actor);
        Agreement draft = alliances.execute(aarhus.getId(), OpenAgreement.builder()
                .title("Velfærdsalliance Aarhus")
                .addFocusAreas(health, FocusAreaCode.of("SKOLE_OG_DAGTILBUD"))
                .addInitiatives(Initiative.builder().name("Fodbold Fitness").focusArea(health)
                        .addGoals(Goal.builder().metric("Deltagere").target(BigDecimal.valueOf(200)).unit(GoalUnit.COUNT).build())
                        .build())
                .addEliteCommitments(EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL))
                .build(), actor).agreement();
        Agreement signed = alliances.execute(aarhus.getId(), SignAgreement.builder()
                .agreement(draft.getId())
                .period(AgreementPeriod.throughYear(LocalDate.of(2024, 1, 1), 2027))   // "to and including 2027"
                .signingDate(LocalDate.of(2023, 11, 20))
                .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.of(SignatoryParty.FEDERATION, "Formand, DBU"))
                .build(), actor).agreement();

        LocalDate today = alliances.lifecycle().today();              // the Danish day, not LocalDate.now()
        AgreementState state = signed.getState();                     // SIGNED: what was done, stored
        Phase phase = alliances.lifecycle().phaseOf(signed);          // UPCOMING, IN_FORCE or ENDED today: derived

        Page inForce = store.query(AllianceCriteria.builder()
                        .agreement(AgreementFilter.builder().inForceOn(today).build()).build(),
                PageRequest.first(50));

        Alliance stored = alliances.find(aarhus.getId()).orElseThrow();
        assertThat(stored.getVersion()).isEqualTo(3);
        assertThat(signed.getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(signed.getSignatories()).allSatisfy(s -> assertThat(s.getId().isAssigned()).isTrue());
        assertThat(signed.getInitiatives().get(0).getGoals().get(0).getId().isAssigned()).isTrue();
        assertThat(signed.getEliteCommitments().get(0).getId().isAssigned()).isTrue();
        assertThat(signed.getFocusAreas()).hasSize(2);
        assertThat(state).isEqualTo(AgreementState.SIGNED);
        Phase expected = today.isBefore(LocalDate.of(2024, 1, 1)) ? Phase.UPCOMING
                : today.isAfter(LocalDate.of(2027, 12, 31)) ? Phase.ENDED : Phase.IN_FORCE;
        assertThat(phase).isEqualTo(expected);
        if (expected == Phase.IN_FORCE) {
            assertThat(inForce.getItems()).containsExactly(stored);
        } else {
            assertThat(inForce.getItems()).isEmpty();
        }

        ContactPerson contact = alliances.execute(aarhus.getId(), PutContact.of(ContactPerson.builder()
                .name("Mette Hansen").email("mette@example.dk").build()), actor).created(ContactPerson.class);
        Alliance erased = alliances.execute(aarhus.getId(), EraseContact.of(contact.getId()), actor).getAlliance();
        // the same id, name "[erased]", no e-mail or phone, and a CONTACT_ERASED entry in the history

        assertThat(erased.getContacts()).singleElement().satisfies(c -> {
            assertThat(c.getId()).isEqualTo(contact.getId());
            assertThat(c.getName()).isEqualTo(ContactPerson.ERASED_NAME);
            assertThat(c.getEmail()).isEmpty();
            assertThat(c.isErased()).isTrue();
        });
        assertThat(erased.getHistory().get(erased.getHistory().size() - 1).getEvent())
                .isEqualTo(HistoryEvent.CONTACT_ERASED);
    }

    @Test
    void the_readme_messages_snippet_renders_one_rule_in_english_and_danish() {
        try {
            MunicipalityCode.of("75");
            fail("a two-digit municipality code was accepted");   // not in the README
        } catch (ValidationException e) {
            Set<String> rules = e.getRules();                          // [municipality.code.format]: stable, branch on it
            String forTheLog = e.getMessage();                         // always English, whatever the JVM's locale
            String forTheUser = e.message(Locale.forLanguageTag("da")); // "… skal være en kommunekode på præcis tre cifre …"
            assertThat(rules).containsExactly("municipality.code.format");   // not in the README
            assertThat(forTheLog).contains("must be a municipality code of exactly three digits");   // not in the README
            assertThat(forTheUser).contains("skal være en kommunekode på præcis tre cifre")   // not in the README
                    .doesNotContain("75");   // not in the README
        }
    }

    @Test
    void the_readme_listeners_snippet_hears_each_committed_write() {
        Lifecycle lifecycle = Lifecycle.withDefaults();
        AllianceStore store = new InMemoryAllianceStore();
        Audit audit = new Audit();

        AllianceService alliances = new AllianceService(lifecycle, store,
                Listeners.of(change -> audit.record(change.getAlliance().getId(), change.getEvents(), change.getActor())));

        Alliance aarhus = alliances.create(FederationCode.DBU, MunicipalityCode.of("751"), ActorRef.of("user:4711"));
        alliances.execute(aarhus.getId(), OpenAgreement.builder().title("Velfærdsalliance Aarhus").build(),
                ActorRef.of("user:4711"));
        assertThat(audit.lines).containsExactly(
                aarhus.getId() + " [ALLIANCE_CREATED] user:4711", aarhus.getId() + " [OPENED] user:4711");
    }

    /** What the listeners snippet calls {@code audit}: an application's own audit trail. */
    private static final class Audit {
        final List<String> lines = new ArrayList<>();

        void record(AllianceId alliance, List<HistoryEvent> events, ActorRef actor) {
            lines.add(alliance + " " + events + " " + actor.value());
        }
    }

    /**
     * Every Java block of the README is compiled by the build: its lines (trimmed, blank ones left out) must
     * appear together, in order, in one source file of the examples module, whose tests run it. Lines of a
     * source marked {@code // not in the README} (assertions around a snippet) are left out before comparing.
     */
    @Test
    void every_java_snippet_in_the_readme_appears_whole_in_an_example_source() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<List<String>> snippets = javaBlocks(readme);
        List<List<String>> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(normalised(Files.readAllLines(file).stream()
                        .filter(line -> !line.contains("// not in the README")).toList()));
            }
        }

        assertThat(snippets).as("Java blocks in the README").hasSizeGreaterThanOrEqualTo(8);
        for (List<String> snippet : snippets) {
            assertThat(sources.stream().anyMatch(source -> Collections.indexOfSubList(source, snippet) >= 0))
                    .as("this README snippet appears whole in an example source:%n%s", String.join("\n", snippet))
                    .isTrue();
        }
    }

    private static List<List<String>> javaBlocks(String markdown) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : markdown.lines().toList()) {
            if (current == null && line.strip().equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(normalised(current));
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }

    private static List<String> normalised(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    @Test
    void the_readme_reports_snippet_answers_the_three_daily_questions() {
        AllianceService alliances = new AllianceService(Lifecycle.withDefaults(), new InMemoryAllianceStore());
        ActorRef actor = ActorRef.of("user:4711");
        LocalDate start = alliances.lifecycle().today().minusYears(1);
        Alliance aarhus = alliances.create(FederationCode.DBU, MunicipalityCode.of("751"), actor);
        Agreement draft = alliances.execute(aarhus.getId(), OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .addEliteCommitments(EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL)).build(), actor)
                .agreement();
        alliances.execute(aarhus.getId(), SignAgreement.builder().agreement(draft.getId())
                .period(AgreementPeriod.of(start, start.plusYears(1).plusMonths(3)))
                .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.of(SignatoryParty.FEDERATION, "Formand, DBU"))
                .build(), actor);

        Reports reports = Reports.of(alliances);
        LocalDate today = reports.today();

        // 1. Which municipalities have an alliance in force today, and which do not?
        CoverageReport coverage = reports.coverage(today);
        List<MunicipalityCoverage> inForce = coverage.getMunicipalities().stream()
                .filter(m -> m.getStatus() == CoverageStatus.IN_FORCE).toList();
        List<MunicipalityCoverage> without = coverage.nothingInForce();

        // 2. Which terms end in the next six months, and where does their renewal stand?
        RenewalPipeline endingSoon = reports.renewalPipeline(today, Period.ofMonths(6));
        List<ExpiringTerm> atRisk = endingSoon.atRisk();          // no successor, or a successor on hold

        // 3. Are the elite events promised being delivered?
        EliteDelivery elite = reports.eliteDelivery(today);
        List<CommitmentDelivery> behind = elite.withStatus(CommitmentStatus.AT_RISK);

        String table = coverage.byLocalUnionTable().toText();     // or .toCsv(';') for Excel

        assertThat(inForce).extracting(m -> m.getMunicipality().getName()).containsExactly("Aarhus");
        assertThat(without).hasSize(97);
        assertThat(atRisk).extracting(t -> t.getMunicipality().getName()).containsExactly("Aarhus");
        assertThat(behind).as("0 of 3 with 3 of 15 months left").hasSize(1);
        assertThat(table).contains("DBU Jylland");
    }

    @Test
    void the_readme_snippet_renders_the_portfolio_page_in_danish() {
        AllianceService alliances = new AllianceService(Lifecycle.withDefaults(), new InMemoryAllianceStore());
        LocalDate today = alliances.lifecycle().today();

        PortfolioPage page = PortfolioPage.of(alliances);
        String html = page.render(today, Locale.forLanguageTag("da-DK"));  // Danish; any other locale gives English

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"da\">", "Velfærdsalliancer med DBU",
                "Indeholder data fra Geodatastyrelsen");
    }
}
