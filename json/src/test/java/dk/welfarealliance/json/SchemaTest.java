package dk.welfarealliance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.welfarealliance.storage.tck.generators.AllianceGenerators;
import dk.welfarealliance.storage.tck.reference.ExampleDataSet;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema shipped in the jar describes what the writer writes. A small walker checks the keywords the schema
 * uses ({@code $ref}, {@code type}, {@code properties}, {@code additionalProperties: false}, {@code required},
 * {@code items}, {@code enum}, {@code const}, {@code pattern}, lengths in code points, {@code minimum},
 * {@code uniqueItems}): no validator dependency for a schema this plain.
 */
class SchemaTest {
    private static final JsonMapper MAPPER = JsonMapper.shared();
    private static final JsonNode SCHEMA = load();
    private final Set<String> seen = new HashSet<>();

    @Test
    void every_generated_alliance_document_satisfies_the_schema() {
        qt().withExamples(300).forAll(AllianceGenerators.alliances()).checkAssert(alliance -> {
            List<String> problems = new ArrayList<>();
            check(MAPPER.readTree(AllianceJson.write(alliance)), SCHEMA, "$", problems);
            assertThat(problems).isEmpty();
        });
    }

    @Test
    void the_example_portfolio_document_satisfies_the_portfolio_definition() {
        List<String> problems = new ArrayList<>();
        check(MAPPER.readTree(Portfolio.write(ExampleDataSet.alliances())), SCHEMA.get("$defs").get("portfolio"), "$", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void every_property_the_schema_declares_is_one_the_writer_writes() {
        qt().withExamples(400).forAll(AllianceGenerators.alliances()).checkAssert(alliance ->
                check(MAPPER.readTree(AllianceJson.write(alliance)), SCHEMA, "$", new ArrayList<>()));
        check(MAPPER.readTree(Portfolio.write(ExampleDataSet.alliances())), SCHEMA.get("$defs").get("portfolio"), "$", new ArrayList<>());
        Set<String> declared = new TreeSet<>();
        for (Map.Entry<String, JsonNode> def : SCHEMA.get("$defs").properties()) {
            if (def.getValue().has("properties")) {
                def.getValue().get("properties").propertyNames().forEach(p -> declared.add(def.getKey() + "." + p));
            }
        }
        declared.removeAll(seen);
        assertThat(declared).as("declared but never written").isEmpty();
    }

    @Test
    void the_walker_finds_an_undeclared_property_a_wrong_type_and_a_missing_required_one() {
        List<String> problems = new ArrayList<>();
        check(MAPPER.readTree("{\"formatVersion\":1,\"id\":7,\"federation\":\"DBU\",\"version\":0,"
                + "\"lastModified\":\"2024-01-01T00:00:00Z\",\"extra\":true}"), SCHEMA, "$", problems);
        assertThat(problems).containsExactlyInAnyOrder("$.id: not a string", "$: lacks municipality", "$.extra: not declared");
    }

    private void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").stringValue().substring("#/$defs/".length());
            check(value, SCHEMA.get("$defs").get(name), path, problems);
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(path + ": not " + schema.get("const"));
        }
        if (schema.has("type") && !hasType(value, schema.get("type").stringValue())) {
            problems.add(path + ": not a " + schema.get("type").stringValue());
            return;
        }
        if (value.isObject()) {
            JsonNode properties = schema.get("properties");
            String def = defName(schema);
            for (Map.Entry<String, JsonNode> p : value.properties()) {
                if (properties == null || !properties.has(p.getKey())) {
                    problems.add(path + "." + p.getKey() + ": not declared");
                } else {
                    seen.add(def + "." + p.getKey());
                    check(p.getValue(), properties.get(p.getKey()), path + "." + p.getKey(), problems);
                }
            }
            if (schema.has("required")) {
                schema.get("required").forEach(r -> {
                    if (!value.has(r.stringValue())) {
                        problems.add(path + ": lacks " + r.stringValue());
                    }
                });
            }
        }
        if (value.isArray()) {
            Set<JsonNode> members = new HashSet<>();
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), path + "[" + i + "]", problems);
                if (schema.path("uniqueItems").asBoolean(false) && !members.add(value.get(i))) {
                    problems.add(path + "[" + i + "]: repeated");
                }
            }
        }
        if (value.isString()) {
            String s = value.stringValue();
            int length = s.codePointCount(0, s.length());
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").stringValue()).matcher(s).find()) {
                problems.add(path + ": does not match " + schema.get("pattern").stringValue());
            }
            if (schema.has("enum") && !schema.get("enum").toString().contains("\"" + s + "\"")) {
                problems.add(path + ": not in the enum");
            }
            if (schema.has("minLength") && length < schema.get("minLength").intValue()
                    || schema.has("maxLength") && length > schema.get("maxLength").intValue()) {
                problems.add(path + ": length " + length);
            }
        }
        if (value.isNumber() && schema.has("minimum") && value.longValue() < schema.get("minimum").longValue()) {
            problems.add(path + ": below the minimum");
        }
    }

    private static String defName(JsonNode schema) {
        for (Map.Entry<String, JsonNode> def : SCHEMA.get("$defs").properties()) {
            if (def.getValue() == schema) {
                return def.getKey();
            }
        }
        return "(root)";
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            default -> false;
        };
    }

    private static JsonNode load() {
        try (InputStream in = AllianceJson.class.getResourceAsStream("alliance.schema.json")) {
            assertThat(in).as("the schema in the jar").isNotNull();
            JsonNode schema = MAPPER.readTree(in);
            assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            return schema;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
