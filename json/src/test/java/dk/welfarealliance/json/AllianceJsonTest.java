package dk.welfarealliance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Money;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented cases of docs/json-format.md, one behaviour each. */
class AllianceJsonTest {
    private static final String SIGNED = """
            {"formatVersion":1,"id":"3f2a0000-0000-4000-8000-000000000101","federation":"DBU","municipality":"101",\
            "version":3,"lastModified":"2024-03-01T10:15:30.123456Z","agreements":[{"id":"a0000000-0000-4000-8000-000000000001",\
            "title":"Velfærdsalliance \\"København\\"","state":"SIGNED","period":{"start":"2023-01-01","end":"2026-12-31",\
            "openEnded":false},"signingDate":"2022-11","signatories":[{"id":"50000000-0000-4000-8000-000000000001",\
            "party":"MUNICIPALITY","role":"Borgmester"},{"id":"50000000-0000-4000-8000-000000000002","party":"FEDERATION",\
            "role":"Formand"}],"signatoriesNotRecorded":false,"focusAreas":[],"initiatives":[],"eliteCommitments":[],\
            "eliteEvents":[],"payments":[{"id":"70000000-0000-4000-8000-000000000001","kind":"ANNUAL_FEE","amount":\
            {"amount":"86500.00","currency":"DKK"}}],"evaluations":[],"measurements":[],"notes":[]}],"clubs":[],"partners":[],\
            "contacts":[],"notes":[],"history":[{"seq":1,"event":"ALLIANCE_CREATED","at":"2024-03-01T10:15:30.123456Z",\
            "actor":"user:4711"}]}""";

    @Test
    void an_alliance_is_written_in_the_documented_form() {
        assertThat(AllianceJson.write(Samples.signed())).isEqualTo(SIGNED);
    }

    @Test
    void the_documented_form_reads_back_as_the_alliance() {
        assertThat(AllianceJson.read(SIGNED)).isEqualTo(Samples.signed());
    }

    @Test
    void properties_may_come_in_any_order_and_lists_with_nothing_in_them_may_be_left_out() {
        String minimal = """
                {"history":[{"actor":"user:4711","at":"2024-03-01T10:15:30.123456Z","event":"ALLIANCE_CREATED","seq":1}],
                 "lastModified":"2024-03-01T10:15:30.123456Z","version":0,"municipality":"101","federation":"DBU",
                 "id":"3f2a0000-0000-4000-8000-000000000101","formatVersion":1}""";
        Alliance alliance = AllianceJson.read(minimal);
        assertThat(alliance.getAgreements()).isEmpty();
        assertThat(alliance.getHistory()).hasSize(1);
    }

    @Test
    void a_goal_keeps_its_decimals_exactly_as_strings() {
        Goal goal = Goal.builder().id(IdGenerator.seeded(1).newGoalId()).metric("Piger 0-18").unit(GoalUnit.COUNT)
                .baseline(new BigDecimal("410.5")).target(GoalTarget.percentChange(new BigDecimal("20.125"))).build();
        String json = AllianceJson.writeValue(goal, Goal.class);
        assertThat(json).contains("\"baseline\":\"410.5\"", "\"value\":\"20.125\"");
        assertThat(AllianceJson.readValue(json, Goal.class)).isEqualTo(goal);
    }

    @Test
    void money_is_written_at_two_decimals() {
        assertThat(AllianceJson.writeValue(Money.dkk(86500), Money.class)).isEqualTo("{\"amount\":\"86500.00\",\"currency\":\"DKK\"}");
    }

    @Test
    void a_date_known_to_the_year_keeps_its_precision() {
        assertThat(AllianceJson.writeValue(PartialDate.year(2019), PartialDate.class)).isEqualTo("\"2019\"");
        assertThat(AllianceJson.readValue("\"2021-09\"", PartialDate.class)).isEqualTo(PartialDate.month(2021, 9));
    }

    @Test
    void a_property_the_format_does_not_have_is_rejected_naming_its_path() {
        String json = SIGNED.replace("\"signingDate\":\"2022-11\"", "\"signingDate\":\"2022-11\",\"signedOn\":\"2022-11-15\"");
        assertThat(only(json)).satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("$.agreements[0].signedOn");
            assertThat(v.getRule()).isEqualTo("json.field.unknown");
        });
    }

    @Test
    void a_missing_required_property_is_rejected_naming_its_path() {
        String json = SIGNED.replace("\"role\":\"Formand\"", "\"rolle\":\"Formand\"");
        assertThat(violations(json)).extracting(Violation::getPath, Violation::getRule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.agreements[0].signatories[1].rolle", "json.field.unknown"));
        String without = SIGNED.replace(",\"role\":\"Formand\"", "");
        assertThat(only(without).getPath()).isEqualTo("$.agreements[0].signatories[1].role");
        assertThat(only(without).getRule()).isEqualTo("json.field.required");
    }

    @Test
    void a_value_of_the_wrong_json_type_is_rejected_saying_what_was_expected() {
        Violation v = only(SIGNED.replace("\"version\":3", "\"version\":\"3\""));
        assertThat(v.getPath()).isEqualTo("$.version");
        assertThat(v.getRule()).isEqualTo("json.type");
        assertThat(v.message()).isEqualTo("must be a JSON integer, was a JSON string");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{}|an object", "[]|an array", "true|a boolean", "3.5|a number",
            "null|null"})
    void a_value_of_the_wrong_json_type_is_rejected_naming_the_type_it_was(String value, String found) {
        Violation v = only(SIGNED.replace("\"version\":3", "\"version\":" + value));

        assertThat(v.getRule()).isEqualTo("json.type");
        assertThat(v.getAttributes()).containsEntry("found", found.replaceFirst("^an? ", ""));
    }

    @Test
    void an_integer_where_text_belongs_is_named_an_integer() {
        Violation v = only(SIGNED.replace("\"role\":\"Formand\"", "\"role\":7"));

        assertThat(v.getPath()).isEqualTo("$.agreements[0].signatories[1].role");
        assertThat(v.getAttributes()).containsEntry("found", "integer");
    }

    @Test
    void a_decimal_given_as_a_json_number_is_rejected_so_that_no_binary_fraction_sneaks_in() {
        Violation v = only(SIGNED.replace("\"amount\":\"86500.00\"", "\"amount\":86500.00"));
        assertThat(v.getPath()).isEqualTo("$.agreements[0].payments[0].amount.amount");
        assertThat(v.getRule()).isEqualTo("json.type");
        assertThat(only(SIGNED.replace("\"86500.00\"", "\"8.65E4\"")).getRule()).isEqualTo("json.decimal.format");
    }

    @Test
    void an_instant_finer_than_microseconds_is_rejected() {
        Violation v = only(SIGNED.replace("\"lastModified\":\"2024-03-01T10:15:30.123456Z\"",
                "\"lastModified\":\"2024-03-01T10:15:30.1234567Z\""));
        assertThat(v.getPath()).isEqualTo("$.lastModified");
        assertThat(v.getRule()).isEqualTo("json.instant.format");
    }

    @Test
    void an_instant_with_an_offset_instead_of_utc_is_rejected() {
        assertThat(only(SIGNED.replace("10:15:30.123456Z\",\"agreements", "11:15:30.123456+01:00\",\"agreements")).getRule())
                .isEqualTo("json.instant.format");
    }

    @Test
    void a_day_that_does_not_exist_is_rejected() {
        Violation v = only(SIGNED.replace("2026-12-31", "2026-02-30"));
        assertThat(v.getPath()).isEqualTo("$.agreements[0].period.end");
        assertThat(v.getRule()).isEqualTo("json.date.format");
    }

    @Test
    void a_rule_of_the_domain_is_reported_at_the_json_path_of_the_value_that_breaks_it() {
        Violation v = only(SIGNED.replace("\"end\":\"2026-12-31\"", "\"end\":\"2022-12-31\""));
        assertThat(v.getPath()).isEqualTo("$.agreements[0].period.end");
        assertThat(v.getRule()).isEqualTo("period.order");
    }

    @Test
    void a_broken_alliance_invariant_is_reported_at_the_json_path() {
        Agreement open = Agreement.builder().id(IdGenerator.seeded(7).newAgreementId()).title("Ny").state(AgreementState.IN_DIALOGUE).build();
        Agreement other = open.withId(IdGenerator.seeded(8).newAgreementId());
        String two = AllianceJson.write(Alliance.builder().from(Samples.signed()).addAgreements(open).build())
                .replace("\"agreements\":[", "\"agreements\":[" + AllianceJson.writeValue(other, Agreement.class) + ",");
        Violation v = only(two);
        assertThat(v.getPath()).isEqualTo("$.agreements");
        assertThat(v.getRule()).isEqualTo("alliance.open-agreements.too-many");
    }

    @Test
    void text_with_a_control_character_is_rejected_at_its_path() {
        Violation v = only(SIGNED.replace("Borgmester", "Borg\\u0000mester"));
        assertThat(v.getPath()).isEqualTo("$.agreements[0].signatories[0].role");
        assertThat(v.getRule()).isEqualTo("text.control-character");
    }

    @Test
    void a_constant_the_enum_does_not_have_is_rejected_listing_the_allowed_ones() {
        Violation v = only(SIGNED.replace("\"ANNUAL_FEE\"", "\"annual_fee\""));
        assertThat(v.getPath()).isEqualTo("$.agreements[0].payments[0].kind");
        assertThat(v.getRule()).isEqualTo("json.enum.unknown");
        assertThat(v.getAttributes()).containsEntry("allowed", "ANNUAL_FEE, ONE_OFF");
    }

    @Test
    void an_integer_beyond_the_range_of_long_is_rejected() {
        Violation v = only(SIGNED.replace("\"version\":3", "\"version\":92233720368547758070"));
        assertThat(v.getRule()).isEqualTo("json.integer.range");
        assertThat(only(SIGNED.replace("\"version\":3", "\"version\":3.0")).getRule()).isEqualTo("json.type");
    }

    @Test
    void another_format_version_is_rejected() {
        Violation v = only(SIGNED.replace("\"formatVersion\":1", "\"formatVersion\":2"));
        assertThat(v.getPath()).isEqualTo("$.formatVersion");
        assertThat(v.getRule()).isEqualTo("json.format-version.unsupported");
    }

    @Test
    void a_member_given_twice_in_a_set_is_rejected() {
        Violation v = only(SIGNED.replace("\"focusAreas\":[]", "\"focusAreas\":[\"SUNDHED\",\"SUNDHED\"]"));
        assertThat(v.getPath()).isEqualTo("$.agreements[0].focusAreas[1]");
        assertThat(v.getRule()).isEqualTo("json.set.duplicate");
    }

    @Test
    void text_that_is_not_json_is_rejected_with_its_position() {
        Violation v = only("{\"formatVersion\":1,");
        assertThat(v.getRule()).isEqualTo("json.syntax");
        assertThat(v.getAttributes()).containsEntry("line", 1).containsEntry("column", 20);
        assertThat(only("{\"formatVersion\":1,\n  x").getAttributes()).containsEntry("line", 2)
                .containsEntry("column", 3);
        assertThat(only("").getRule()).isEqualTo("json.syntax");
        assertThat(only("   ").getRule()).isEqualTo("json.syntax");
    }

    @Test
    void a_property_given_twice_is_rejected_rather_than_the_last_one_winning() {
        Violation v = only(SIGNED.replace("\"version\":3", "\"version\":3,\"version\":4"));
        assertThat(v.getRule()).isEqualTo("json.syntax");
        assertThat(v.getPath()).isEqualTo("$.version");
    }

    @Test
    void anything_after_the_document_is_rejected() {
        assertThat(only(SIGNED + " {}").getRule()).isEqualTo("json.syntax");
    }

    @Test
    void a_document_that_is_not_an_object_is_rejected() {
        Violation v = only("[]");
        assertThat(v.getPath()).isEqualTo("$");
        assertThat(v.getRule()).isEqualTo("json.type");
    }

    @Test
    void a_null_argument_is_the_typed_error() {
        assertThatThrownBy(() -> AllianceJson.read(null)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).getRules()).containsExactly("value.null"));
        assertThatThrownBy(() -> AllianceJson.write(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void a_type_without_a_json_form_is_refused_with_an_illegal_argument() {
        assertThatThrownBy(() -> AllianceJson.writeValue("text", String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }

    @Test
    void the_messages_of_the_json_rules_are_in_english_and_danish() {
        Violation v = only(SIGNED.replace("\"version\":3", "\"version\":true"));
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("must be a JSON integer, was a JSON boolean");
        assertThat(v.message(Locale.forLanguageTag("da"))).isEqualTo("skal være en JSON-integer, var en JSON-boolean");
    }

    static java.util.List<Violation> violations(String json) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> AllianceJson.read(json));
        assertThat(e).as("reading %s", json).isNotNull();
        assertThat(e.getViolations()).allSatisfy(v -> assertThat(v.getType()).isEqualTo("json"));
        return e.getViolations();
    }

    static Violation only(String json) {
        java.util.List<Violation> all = violations(json);
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
