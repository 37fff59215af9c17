package dk.welfarealliance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.Money;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.PropertyRuns;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Bad input of every kind (docs/model.md, docs/validation.md) gives the typed {@link ValidationException}
 * naming the property path and the rule, never an accepted value and never a bare JDK exception.
 */
class BadInputTest {
    private static final String GRINNING_FACE = "\uD83D\uDE00"; // one code point, two UTF-16 units
    private final IdGenerator ids = IdGenerator.seeded(11);

    private Club club(String name) {
        return Club.builder().id(ids.newClubId()).name(name).build();
    }

    private Evaluation evaluation(String summary) {
        return Evaluation.builder().id(ids.newEvaluationId()).date(LocalDate.of(2024, 5, 1)).summary(summary).build();
    }

    // ---- blank and over-long -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\u2003"})
    void a_blank_name_is_rejected(String name) {
        Rejected.with(() -> club(name), "Club", "name", "text.blank");
    }

    @Test
    void a_blank_title_of_a_new_agreement_is_rejected() {
        Rejected.with(() -> OpenAgreement.titled(" "), "OpenAgreement", "title", "text.blank");
    }

    @Test
    void a_name_of_201_utf16_units_is_rejected_with_the_limit_as_attribute() {
        Violation v = Rejected.with(() -> club("a".repeat(201)), "Club", "name", "text.too-long");
        assertThat(v.getAttributes()).containsEntry("max", 200);
    }

    @Test
    void a_name_of_exactly_200_utf16_units_is_accepted_and_kept_exactly() {
        String name = "Æ".repeat(199) + "ø";
        assertThat(club(name).getName()).isEqualTo(name);
    }

    @Test
    void a_name_of_100_emoji_is_200_utf16_units_and_accepted() {
        String name = GRINNING_FACE.repeat(100);
        assertThat(name.length()).isEqualTo(200);
        assertThat(club(name).getName()).isEqualTo(name);
    }

    @Test
    void a_name_of_101_emoji_is_202_utf16_units_and_rejected_although_it_is_only_101_code_points() {
        Rejected.with(() -> club(GRINNING_FACE.repeat(101)), "Club", "name", "text.too-long");
    }

    @Test
    void a_long_text_of_4001_units_is_rejected() {
        Violation v = Rejected.with(() -> evaluation("x".repeat(4001)), "Evaluation", "summary", "text.too-long");
        assertThat(v.getAttributes()).containsEntry("max", 4000);
    }

    @Test
    void a_long_text_of_exactly_4000_units_is_accepted_and_kept_exactly() {
        String summary = ("Flere piger spiller fodbold.\n").repeat(137) + "x".repeat(4000 - 29 * 137);
        assertThat(summary).hasSize(4000);
        assertThat(evaluation(summary).getSummary()).isEqualTo(summary);
    }

    @Test
    void a_termination_reason_of_4001_units_is_rejected() {
        Rejected.with(() -> TerminateAgreement.of(ids.newAgreementId(), LocalDate.of(2024, 1, 1), "r".repeat(4001)),
                "TerminateAgreement", "reason", "text.too-long");
    }

    // ---- control characters --------------------------------------------------------------------------------

    @ParameterizedTest(name = "U+{0} in a name", quoteTextArguments = false)
    @ValueSource(strings = {"0000", "0007", "0009", "000A", "000D", "001B", "007F", "0085", "009F"})
    void a_control_character_in_a_name_is_rejected_naming_its_index(String hex) {
        String name = "AGF" + (char) Integer.parseInt(hex, 16) + "Aarhus";
        Violation v = Rejected.with(() -> club(name), "Club", "name", "text.control-character");
        assertThat(v.getAttributes()).containsEntry("index", 3);
    }

    @ParameterizedTest(name = "U+{0} in a long text", quoteTextArguments = false)
    @ValueSource(strings = {"0000", "0009", "000D", "001B", "007F", "0085"})
    void a_control_character_other_than_line_feed_in_a_long_text_is_rejected(String hex) {
        String summary = "Godt resultat" + (char) Integer.parseInt(hex, 16);
        Violation v = Rejected.with(() -> evaluation(summary), "Evaluation", "summary", "text.control-character");
        assertThat(v.getAttributes()).containsEntry("index", 13);
    }

    @Test
    void a_line_feed_is_allowed_in_a_long_text_and_kept_exactly() {
        String summary = "Resultater:\n- 120 deltagere\n- 3 nye hold\n";
        assertThat(evaluation(summary).getSummary()).isEqualTo(summary);
    }

    @Test
    void a_line_feed_in_a_name_is_rejected() {
        Rejected.with(() -> club("AGF\nAarhus"), "Club", "name", "text.control-character");
    }

    @Test
    void a_nul_in_a_contacts_email_is_rejected_naming_the_email() {
        Rejected.with(() -> ContactPerson.builder().id(ids.newContactId()).name("Anna").email("anna\u0000@example.dk")
                .build(), "ContactPerson", "email", "text.control-character");
    }

    // ---- unpaired surrogates -------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}", quoteTextArguments = false)
    @ValueSource(strings = {"high surrogate alone at the end", "high surrogate before a letter",
            "low surrogate alone", "reversed pair"})
    void an_unpaired_surrogate_is_rejected_naming_its_index(String which) {
        String name = switch (which) {
            case "high surrogate alone at the end" -> "AGF\uD83D";
            case "high surrogate before a letter" -> "AGF\uD83Dx";
            case "low surrogate alone" -> "AGF\uDE00";
            default -> "AGF\uDE00\uD83D";
        };
        Violation v = Rejected.with(() -> club(name), "Club", "name", "text.unpaired-surrogate");
        assertThat(v.getAttributes()).containsEntry("index", 3);
    }

    @Test
    void an_unpaired_surrogate_in_a_long_text_is_rejected() {
        Rejected.with(() -> evaluation("OK \uDE00"), "Evaluation", "summary", "text.unpaired-surrogate");
    }

    @Test
    void a_text_breaking_several_rules_reports_each_rule_once() {
        ValidationException e = Rejected.by(() -> club("\u0000\uD800" + "x".repeat(250)));
        assertThat(e.getRules()).containsExactlyInAnyOrder("text.control-character", "text.unpaired-surrogate",
                "text.too-long");
        assertThat(e.getViolations()).extracting(Violation::getPath).containsOnly("name");
    }

    // ---- periods, dates and codes --------------------------------------------------------------------------

    @Test
    void a_period_ending_before_it_starts_is_rejected() {
        Rejected.with(() -> AgreementPeriod.of(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1)),
                "AgreementPeriod", "end", "period.order");
    }

    @Test
    void a_one_day_period_is_accepted() {
        AgreementPeriod day = AgreementPeriod.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1));
        assertThat(day.contains(LocalDate.of(2024, 6, 1))).isTrue();
    }

    @Test
    void a_date_before_1900_is_rejected() {
        Violation v = Rejected.with(() -> AgreementPeriod.of(LocalDate.of(1899, 12, 31), LocalDate.of(2024, 1, 1)),
                "AgreementPeriod", "start", "date.range");
        assertThat(v.getAttributes()).containsEntry("min", LocalDate.of(1900, 1, 1))
                .containsEntry("max", LocalDate.of(9999, 12, 31));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12", "1234", "abc", " 101", "101 ", "", "1O1", "\uFF11\uFF10\uFF11"})
    void a_malformed_municipality_code_is_rejected(String code) {
        Rejected.with(() -> MunicipalityCode.of(code), "MunicipalityCode", "value", "municipality.code.format");
    }

    @Test
    void a_well_formed_but_unknown_municipality_code_is_a_valid_value() {
        assertThat(MunicipalityCode.of("999").value()).isEqualTo("999");
    }

    @Test
    void creating_an_alliance_for_an_unknown_municipality_is_rejected_by_the_command() {
        Lifecycle lifecycle = Fixtures.lifecycle(1);
        Violation v = Rejected.with(() -> lifecycle.createAlliance(FederationCode.DBU, MunicipalityCode.of("999"),
                Fixtures.ACTOR), "CreateAlliance", "municipality", "catalogue.municipality.unknown");
        assertThat(v.getAttributes()).isEqualTo(Map.of("municipality", MunicipalityCode.of("999")));
    }

    @Test
    void creating_an_alliance_with_an_unknown_federation_is_rejected_by_the_command() {
        Rejected.with(() -> Fixtures.lifecycle(1).createAlliance(FederationCode.of("SBU"), Fixtures.AARHUS,
                Fixtures.ACTOR), "CreateAlliance", "federation", "catalogue.federation.unknown");
    }

    @Test
    void opening_an_agreement_with_a_local_union_that_does_not_cover_the_municipality_is_rejected() {
        AllianceStory aarhus = AllianceStory.inAarhus();
        Alliance before = aarhus.alliance();

        Violation v = Rejected.with(() -> aarhus.apply(OpenAgreement.builder().title("Velfærdsalliance")
                        .localUnion(LocalUnionCode.of("DBU_FYN")).build()),
                "OpenAgreement", "localUnion", "catalogue.local-union.not-covering");

        assertThat(v.getAttributes()).containsEntry("localUnion", LocalUnionCode.of("DBU_FYN"))
                .containsEntry("municipality", Fixtures.AARHUS);
        assertThat(aarhus.alliance()).isEqualTo(before);
    }

    @Test
    void opening_an_agreement_with_an_unknown_local_union_is_rejected() {
        Rejected.with(() -> AllianceStory.inAarhus().apply(OpenAgreement.builder().title("Velfærdsalliance")
                .localUnion(LocalUnionCode.of("DBU_BORNHOLM_NORD")).build()),
                "OpenAgreement", "localUnion", "catalogue.local-union.unknown");
    }

    @Test
    void opening_an_agreement_with_the_covering_local_union_records_it_as_a_party() {
        AllianceStory aarhus = AllianceStory.inAarhus();
        aarhus.apply(OpenAgreement.builder().title("Velfærdsalliance").localUnion(LocalUnionCode.of("DBU_JYLLAND"))
                .build());
        assertThat(aarhus.alliance().getAgreements().get(0).getLocalUnion()).contains(LocalUnionCode.of("DBU_JYLLAND"));
    }

    // ---- missing and null ----------------------------------------------------------------------------------

    @Test
    void a_builder_without_a_mandatory_attribute_is_rejected_naming_it() {
        Rejected.with(() -> Club.builder().build(), "Club", "name", "value.required");
    }

    @Test
    void a_child_built_without_an_id_is_unassigned_and_no_alliance_may_hold_it() {
        Club club = Club.builder().name("AGF").build();
        assertThat(club.getId()).isEqualTo(ClubId.UNASSIGNED);
        assertThat(club.getId().isAssigned()).isFalse();
        Rejected.with(() -> Alliance.builder().id(AllianceId.of(java.util.UUID.randomUUID())).federation(FederationCode.DBU)
                .municipality(Fixtures.AARHUS).version(0).lastModified(Fixtures.NOW).addClubs(club).build(),
                "Alliance", "clubs[0].id", "alliance.id.unassigned");
    }

    @Test
    void a_builder_missing_several_attributes_names_each_of_them() {
        ValidationException e = Rejected.by(() -> Agreement.builder().title("Velfærdsalliance").build());
        assertThat(e.getViolations()).extracting(Violation::getPath).containsExactly("id", "state");
        assertThat(e.getRules()).containsExactly("value.required");
    }

    @Test
    void a_null_argument_to_a_builder_is_rejected_naming_the_attribute() {
        Rejected.with(() -> Club.builder().name(null), "Club", "name", "value.null");
    }

    @Test
    void a_null_element_of_a_list_is_rejected_naming_the_list() {
        Rejected.with(() -> Alliance.builder().addClubs((Club) null), "Alliance", "clubs[]", "value.null");
    }

    @Test
    void a_null_signatory_role_is_rejected() {
        Rejected.with(() -> Signatory.builder().role(null), "Signatory", "role", "value.null");
    }

    @Test
    void a_null_code_is_rejected() {
        Rejected.with(() -> MunicipalityCode.of(null), "MunicipalityCode", "value", "value.null");
    }

    @Test
    void a_null_actor_is_rejected() {
        Rejected.with(() -> ActorRef.of(null), "ActorRef", "value", "value.null");
    }

    @Test
    void a_null_argument_to_a_query_method_is_rejected_naming_the_parameter() {
        AllianceStory story = AllianceStory.inAarhus();
        Alliance alliance = story.alliance();
        AgreementPeriod period = AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        Agreement agreement = Fixtures.signedAgreement(IdGenerator.seeded(99), period);
        Rejected.with(() -> agreement.phaseOn(null), "Agreement", "day", "value.null");
        Rejected.with(() -> agreement.isInForceOn(null), "Agreement", "day", "value.null");
        Rejected.with(() -> agreement.eventsCountingTowards(null), "Agreement", "commitment", "value.null");
        Rejected.with(() -> period.contains(null), "AgreementPeriod", "day", "value.null");
        Rejected.with(() -> period.overlaps(null), "AgreementPeriod", "other", "value.null");
        Rejected.with(() -> alliance.agreement(null), "Alliance", "id", "value.null");
        Rejected.with(() -> alliance.contact(null), "Alliance", "id", "value.null");
        Rejected.with(() -> alliance.agreementInForceOn(null), "Alliance", "day", "value.null");
        Rejected.with(() -> story.lifecycle().phaseOf(null), "Lifecycle", "agreement", "value.null");
        Rejected.with(() -> story.lifecycle().catalogue().allowsFocusArea(null),
                "ReferenceCatalogue", "code", "value.null");
    }

    @Test
    void a_null_command_is_rejected_by_the_lifecycle() {
        AllianceStory story = AllianceStory.inAarhus();
        Rejected.with(() -> story.lifecycle().apply(story.alliance(), null, Fixtures.ACTOR),
                "Lifecycle", "command", "value.null");
    }

    @Test
    void a_null_municipality_is_rejected_when_creating_an_alliance() {
        Rejected.with(() -> Fixtures.lifecycle(1).createAlliance(FederationCode.DBU, null, Fixtures.ACTOR),
                "CreateAlliance", "municipality", "value.null");
    }

    @Test
    void a_null_slug_for_a_custom_focus_area_is_rejected_not_turned_into_custom_null() {
        Rejected.with(() -> FocusAreaCode.custom(null), "FocusAreaCode", "slug", "value.null");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"86.500,00", "86 500", "DKK 86500", "", "1,5", "0x10"})
    void an_amount_that_is_not_a_decimal_number_is_rejected_without_a_bare_number_format_exception(String text) {
        Rejected.with(() -> Money.dkk(text), "Money", "amount", "money.amount.format");
    }

    @Test
    void an_amount_of_plain_decimal_text_is_kept_at_two_decimals() {
        assertThat(Money.dkk("86500").getAmount()).isEqualByComparingTo("86500.00").hasScaleOf(2);
    }

    @Test
    void an_amount_with_more_than_two_decimals_is_rejected() {
        Rejected.with(() -> Money.dkk("0.001"), "Money", "amount", "money.scale");
    }

    @Test
    void an_agreement_state_field_for_another_state_is_rejected() {
        Rejected.with(() -> Agreement.builder().id(ids.newAgreementId()).title("Velfærdsalliance")
                        .state(AgreementState.IN_DIALOGUE).terminationReason("Opsagt").build(),
                "Agreement", "terminationReason", "agreement.state.field-not-allowed");
    }

    // ---- any text at all -----------------------------------------------------------------------------------

    /** The reference text rules of docs/model.md for a name, written without looking at the implementation. */
    private static Set<String> referenceRules(String s) {
        Set<String> rules = new TreeSet<>();
        // blank: nothing but characters that render as nothing (white space, space separators, format
        // characters, Hangul fillers, the braille blank)
        if (s.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800)) {
            rules.add("text.blank");
        }
        if (s.length() > 200) {
            rules.add("text.too-long");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a well-formed pair: one code point outside the BMP
            } else if (Character.isSurrogate(c)) {
                rules.add("text.unpaired-surrogate");
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                rules.add("text.control-character");
            }
        }
        return rules;
    }

    private static final Gen<String> PIECES = Generate.frequency(List.of(
            Pair.of(10, Generate.pick(List.of("a", "Æ", "ø", "1", "-", " ", "Fodbold", "FC "))),
            Pair.of(3, Generate.pick(List.of(GRINNING_FACE, "\uD834\uDD1E"))),
            Pair.of(1, Generate.pick(List.of("\u0000", "\t", "\n", "\r", "\u007F", "\u0085"))),
            Pair.of(1, Generate.pick(List.of("\uD83D", "\uDE00", "\uDE00\uD83D"))),
            Pair.of(1, Generate.pick(List.of("\u2003", "\u00A0", "\u200B", "\uFEFF", "\u3164", "\u2800"))),
            Pair.of(1, Generate.constant("x".repeat(60)))));

    private static final Gen<String> TEXTS = SourceDSL.lists().of(PIECES).ofSizeBetween(0, 12)
            .map(pieces -> String.join("", pieces));

    @Test
    void any_name_is_either_accepted_exactly_as_given_or_rejected_with_exactly_the_rules_it_breaks() {
        PropertyRuns.qt(1000).forAll(TEXTS).checkAssert(name -> {
            Set<String> expected = referenceRules(name);
            Throwable thrown = catchThrowable(() -> club(name));
            if (expected.isEmpty()) {
                assertThat(thrown).as(escape(name)).isNull();
                assertThat(club(name).getName()).isEqualTo(name);
            } else {
                assertThat(thrown).as(escape(name)).isInstanceOf(ValidationException.class);
                ValidationException e = (ValidationException) thrown;
                assertThat(new TreeSet<>(e.getRules())).as(escape(name)).isEqualTo(expected);
                assertThat(e.getViolations()).extracting(Violation::getPath).containsOnly("name");
            }
        });
    }

    private static String escape(String s) {
        List<String> units = new ArrayList<>();
        s.chars().forEach(c -> units.add(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return String.join("", units);
    }
}
