package dk.welfarealliance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Club;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Messages are English when English is asked for and Danish when Danish is asked for, whatever the JVM's
 * default locale (docs/validation.md). The build runs this class twice more, in a JVM whose default locale is Danish
 * and in one whose default is American English (Surefire executions {@code messages-in-danish-jvm} and
 * {@code messages-in-english-jvm}), so a fallback to the default locale cannot hide a missing bundle.
 */
class MessageLocaleTest {
    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final String KEY_PREFIX = "dk.welfarealliance.";
    private static final String[] BUNDLES = {"ContributorValidationMessages.properties",
            "ContributorValidationMessages_en.properties", "ContributorValidationMessages_da.properties"};

    @BeforeAll
    static void the_jvm_runs_in_the_default_locale_the_build_asked_for() {
        System.out.println("MessageLocaleTest: JVM default locale is " + Locale.getDefault()
                + " (user.language=" + System.getProperty("user.language")
                + ", user.country=" + System.getProperty("user.country") + ")");
        String expected = System.getProperty("welfarealliance.test.defaultLocale");
        if (expected != null) {
            assertThat(Locale.getDefault().toString()).as("default locale of this forked JVM").isEqualTo(expected);
        }
    }

    private static ValidationException reversedPeriod() {
        return Rejected.by(() -> AgreementPeriod.of(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1)));
    }

    private static ValidationException overlongName() {
        return Rejected.by(() -> Club.builder().id(IdGenerator.seeded(1).newClubId()).name("x".repeat(201)).build());
    }

    private static ValidationException approvingASignedAgreement() {
        AllianceStory story = AllianceStory.inAarhus();
        var id = story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        return Rejected.by(() -> story.apply(ApproveAgreement.of(id)));
    }

    @Test
    void english_is_english_when_english_is_asked_for(TestReporter reporter) {
        reporter.publishEntry("defaultLocale", Locale.getDefault().toString());
        ValidationException e = reversedPeriod();

        assertThat(e.getViolations().get(0).message(Locale.ENGLISH)).isEqualTo("must not end before it starts");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("AgreementPeriod.end: must not end before it starts (period.order)");
        assertThat(e.message(Locale.US)).isEqualTo(e.message(Locale.ENGLISH));
    }

    @Test
    void get_message_is_english_whatever_the_default_locale(TestReporter reporter) {
        reporter.publishEntry("defaultLocale", Locale.getDefault().toString());

        assertThat(reversedPeriod().getMessage())
                .isEqualTo("AgreementPeriod.end: must not end before it starts (period.order)");
        assertThat(overlongName().getMessage())
                .isEqualTo("Club.name: must be at most 200 characters (UTF-16 units) (text.too-long)");
        assertThat(approvingASignedAgreement().getMessage())
                .isEqualTo("ApproveAgreement: cannot approve an agreement in state SIGNED (lifecycle.command.not-allowed)");
    }

    @Test
    void danish_is_danish_when_danish_is_asked_for(TestReporter reporter) {
        reporter.publishEntry("defaultLocale", Locale.getDefault().toString());
        ValidationException e = reversedPeriod();

        assertThat(e.getViolations().get(0).message(DANISH)).isEqualTo("må ikke slutte, før den begynder");
        assertThat(e.message(DANISH)).isEqualTo("AgreementPeriod.end: må ikke slutte, før den begynder (period.order)");
        assertThat(e.message(Locale.forLanguageTag("da-DK"))).isEqualTo(e.message(DANISH));
    }

    @Test
    void danish_messages_fill_in_the_attributes() {
        assertThat(overlongName().message(DANISH))
                .isEqualTo("Club.name: må højst være 200 tegn (UTF-16-enheder) (text.too-long)");
        assertThat(approvingASignedAgreement().message(DANISH)).isEqualTo(
                "ApproveAgreement: kan ikke udføre approve på en aftale i tilstanden SIGNED (lifecycle.command.not-allowed)");
    }

    @Test
    void a_language_without_a_bundle_gets_english_not_the_default_locale() {
        ValidationException e = reversedPeriod();

        assertThat(e.message(Locale.GERMAN)).isEqualTo("AgreementPeriod.end: must not end before it starts (period.order)");
        assertThat(e.message(Locale.ROOT)).isEqualTo(e.message(Locale.GERMAN));
    }

    @Test
    void messages_do_not_follow_a_changed_default_locale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("da-DK"));
            assertThat(reversedPeriod().message(Locale.ENGLISH)).contains("must not end before it starts");
            Locale.setDefault(Locale.US);
            assertThat(reversedPeriod().message(DANISH)).contains("må ikke slutte, før den begynder");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void every_rule_has_a_message_in_english_and_in_danish() throws IOException {
        Properties english = load("ContributorValidationMessages_en.properties");
        Properties danish = load("ContributorValidationMessages_da.properties");

        for (Rule rule : Rule.values()) {
            String key = KEY_PREFIX + rule.code();
            assertThat(english.getProperty(key)).as("English message for " + rule.code()).isNotBlank();
            assertThat(danish.getProperty(key)).as("Danish message for " + rule.code()).isNotBlank();
            assertThat(placeholders(danish.getProperty(key))).as("placeholders of " + rule.code())
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    /** The rules of partial facts, dated steps and small commands: a dropped rule or message fails here by name, not only as a missing Rule value. */
    @Test
    void the_rules_for_partial_facts_and_small_commands_have_messages_in_english_and_in_danish() throws IOException {
        Properties english = load("ContributorValidationMessages_en.properties");
        Properties danish = load("ContributorValidationMessages_da.properties");
        Set<String> codes = Stream.of(Rule.values()).map(Rule::code).collect(Collectors.toSet());

        for (String code : List.of("partial-date.format", "partial-date.alignment", "period.open-ended-with-end",
                "extension-option.empty", "party.reference-kind", "goal.target.baseline-required", "agreement.renews.both",
                "agreement.signatories.not-recorded-with-signatories", "agreement.elite-event.commitment-unknown",
                "alliance.id.unassigned", "lifecycle.elite-event.outside-period", "lifecycle.renews.invalid",
                "lifecycle.party.in-use", "lifecycle.child.unknown", "lifecycle.initiative.measured",
                "lifecycle.amend.end-forgotten")) {
            assertThat(codes).as("rule " + code).contains(code);
            assertThat(english.getProperty(KEY_PREFIX + code)).as("English message for " + code).isNotBlank();
            assertThat(danish.getProperty(KEY_PREFIX + code)).as("Danish message for " + code).isNotBlank();
        }
    }

    @Test
    void the_bundles_hold_no_message_for_a_rule_that_does_not_exist() throws IOException {
        Set<String> rules = Stream.of(Rule.values()).map(r -> KEY_PREFIX + r.code()).collect(Collectors.toSet());
        for (String bundle : BUNDLES) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).isSubsetOf(rules);
        }
    }

    @Test
    void the_default_bundle_is_the_english_one() throws IOException {
        assertThat(load("ContributorValidationMessages.properties"))
                .isEqualTo(load("ContributorValidationMessages_en.properties"));
    }

    /** Hibernate Validator would evaluate {@code ${...}} as an expression; the header comments may name the rule. */
    @Test
    void no_message_uses_an_expression() throws IOException {
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                assertThat(messages.getProperty(key)).as(bundle + " " + key).doesNotContain("${");
            }
            List<String> lines = text(bundle).lines().filter(l -> !l.startsWith("#")).toList();
            assertThat(lines).as(bundle + " outside comments").noneMatch(l -> l.contains("${"));
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([A-Za-z0-9_.-]+)}").matcher(message);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = MessageLocaleTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as("resource " + resource).isNotNull();
        return in;
    }
}
