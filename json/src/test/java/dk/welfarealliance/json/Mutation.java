package dk.welfarealliance.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change to a valid alliance document that makes it invalid, and the violation reading it must report: the
 * mutations of {@link InvalidDocumentPropertyTest}. Each kind picks one of the places it applies to.
 */
record Mutation(String kind, String document, Optional<String> path, Optional<String> rule) {
    private static final JsonMapper MAPPER = JsonMapper.shared();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*Z");
    private static final Set<String> ENUMS = Set.of("state", "heldFrom", "kind", "event", "unit", "party", "ageGroup", "gender");
    private static final Set<String> DECIMALS = Set.of("amount", "baseline", "value");
    private static final Set<String> SETS = Set.of("focusAreas", "targetGroups", "clubs", "partners");
    private static final Set<String> REQUIRED_EVERYWHERE = Set.of("formatVersion", "federation", "municipality", "version",
            "lastModified", "title", "state", "seq", "event", "at", "actor", "kind", "metric", "unit", "role", "party",
            "summary", "date", "name", "goal", "value", "amount", "currency", "start");
    private static final List<String> UNKNOWN_NAMES = List.of("unexpected", "Title", "a b", "", "ID", "\u00e9", "formatversion");
    static final int KINDS = 18;

    /** A place in the document: the node, its parent and how the parent holds it. */
    private record Place(String path, JsonNode node, JsonNode parent, String key, int index) {
        void replace(JsonNode with) {
            if (parent instanceof ObjectNode o) {
                o.set(key, with);
            } else {
                ((ArrayNode) parent).set(index, with);
            }
        }
    }

    static Mutation of(String valid, int kind, int choice) {
        JsonNode root = MAPPER.readTree(valid);
        List<Place> places = new ArrayList<>();
        walk(root, "$", null, "", -1, places);
        switch (kind) {
            case 0 -> {
                Place p = pick(places, choice, q -> q.node.isObject()).orElseThrow();
                String name = UNKNOWN_NAMES.get(Math.floorMod(choice, UNKNOWN_NAMES.size()));
                ((ObjectNode) p.node).put(name, 1);
                String at = name.matches("[A-Za-z_][A-Za-z0-9_]*") ? p.path + "." + name : p.path + "['" + name + "']";
                return done("unknown field", root, at, "json.field.unknown");
            }
            case 1 -> {
                return replaced("string as number", root, places, choice, q -> q.node.isString(), NODES.numberNode(7), "json.type");
            }
            case 2 -> {
                return replaced("number as string", root, places, choice, q -> q.node.isNumber(), NODES.stringNode("7"), "json.type");
            }
            case 3 -> {
                return replaced("boolean as string", root, places, choice, q -> q.node.isBoolean(), NODES.stringNode("true"), "json.type");
            }
            case 4 -> {
                return replaced("array as object", root, places, choice, q -> q.node.isArray(), NODES.objectNode(), "json.type");
            }
            case 5 -> {
                return replaced("object as array", root, places, choice, q -> q.node.isObject() && q.parent != null, NODES.arrayNode(), "json.type");
            }
            case 6 -> {
                return replaced("null", root, places, choice, q -> q.parent != null, NODES.nullNode(), "json.type");
            }
            case 7 -> {
                Optional<Place> p = pick(places, choice, q -> q.parent instanceof ObjectNode
                        && (REQUIRED_EVERYWHERE.contains(q.key) || q.key.equals("id") && (q.path.equals("$.id") || q.path.matches("\\$\\.agreements\\[[0-9]+]\\.id"))));
                if (p.isPresent()) {
                    ((ObjectNode) p.get().parent).remove(p.get().key);
                    return done("missing required field", root, p.get().path, "json.field.required");
                }
            }
            case 8 -> {
                return replaced("date out of range", root, places, choice, q -> q.node.isString() && DATE.matcher(q.node.stringValue()).matches(),
                        NODES.stringNode("1899-12-31"), "date.range");
            }
            case 9 -> {
                return replaced("instant out of range", root, places, choice, q -> q.node.isString() && INSTANT.matcher(q.node.stringValue()).matches(),
                        NODES.stringNode("1899-12-31T23:59:59Z"), "instant.range");
            }
            case 10 -> {
                return replaced("decimal with exponent", root, places, choice, q -> q.node.isString() && DECIMALS.contains(q.key),
                        NODES.stringNode("1e3"), "json.decimal.format");
            }
            case 11 -> {
                Optional<Place> p = pick(places, choice, q -> q.node.isArray() && !q.node.isEmpty() && q.node.get(0).isObject());
                if (p.isPresent()) {
                    ((ArrayNode) p.get().node).add(p.get().node.get(0).deepCopy());
                    return new Mutation("duplicated child", root.toString(), Optional.empty(), Optional.empty());
                }
            }
            case 12 -> {
                return new Mutation("truncated", valid.substring(0, Math.floorMod(choice, valid.length())), Optional.empty(),
                        Optional.of("json.syntax"));
            }
            case 13 -> {
                return replaced("unknown constant", root, places, choice, q -> q.node.isString() && ENUMS.contains(q.key)
                        && q.node.stringValue().matches("[A-Z0-9_]+"), NODES.stringNode("NOT_A_CONSTANT"), "json.enum.unknown");
            }
            case 14 -> {
                ((ObjectNode) root).put("formatVersion", 2);
                return done("format version", root, "$.formatVersion", "json.format-version.unsupported");
            }
            case 15 -> {
                Optional<Place> p = pick(places, choice, q -> q.node.isArray() && SETS.contains(q.key) && !q.node.isEmpty()
                        && q.node.get(0).isString());
                if (p.isPresent()) {
                    ((ArrayNode) p.get().node).add(p.get().node.get(0).deepCopy());
                    return done("set member twice", root, p.get().path + "[" + (p.get().node.size() - 1) + "]", "json.set.duplicate");
                }
            }
            case 16 -> {
                return replaced("bad id", root, places, choice, q -> q.node.isString() && q.key.equals("id"),
                        NODES.stringNode("not-a-uuid"), "id.format");
            }
            default -> {
                return replaced("control character", root, places, choice, q -> q.node.isString()
                        && (q.key.equals("title") || q.key.equals("name") || q.key.equals("role")), NODES.stringNode("bell \u0007"),
                        "text.control-character");
            }
        }
        // the kind had no place in this document: an unknown property at the root always applies
        ((ObjectNode) root).put("unexpected", true);
        return done("unknown field at the root", root, "$.unexpected", "json.field.unknown");
    }

    private static Mutation replaced(String kind, JsonNode root, List<Place> places, int choice, Predicate<Place> where,
            JsonNode with, String rule) {
        Optional<Place> p = pick(places, choice, where);
        if (p.isEmpty()) {
            ((ObjectNode) root).put("unexpected", true);
            return done("unknown field at the root", root, "$.unexpected", "json.field.unknown");
        }
        p.get().replace(with);
        return done(kind, root, p.get().path, rule);
    }

    private static Mutation done(String kind, JsonNode root, String path, String rule) {
        return new Mutation(kind, root.toString(), Optional.of(path), Optional.of(rule));
    }

    private static Optional<Place> pick(List<Place> places, int choice, Predicate<Place> where) {
        List<Place> fit = places.stream().filter(where).toList();
        return fit.isEmpty() ? Optional.empty() : Optional.of(fit.get(Math.floorMod(choice, fit.size())));
    }

    private static void walk(JsonNode node, String path, JsonNode parent, String key, int index, List<Place> out) {
        out.add(new Place(path, node, parent, key, index));
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                walk(e.getValue(), path + "." + e.getKey(), node, e.getKey(), -1, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", node, key, i, out);
            }
        }
    }

    @Override
    public String toString() {
        return kind + path.map(p -> " at " + p).orElse("") + rule.map(r -> " (" + r + ")").orElse("");
    }
}
