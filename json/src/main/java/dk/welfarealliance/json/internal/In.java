package dk.welfarealliance.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Reads one JSON object: checks at once that it is an object and has no property outside the declared ones,
 * then hands out its properties, each read at its own path. Every failure is the typed error naming the path.
 */
public final class In {
    private final JsonNode node;
    private final String path;

    private In(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * @param fields the properties the object may have
     * @throws dk.welfarealliance.validation.ValidationException ({@code json.type}) if {@code node} is no object,
     *     ({@code json.field.unknown}) at the first property not in {@code fields}
     */
    public static In object(JsonNode node, String path, Set<String> fields) {
        Scalars.require(node, path, node.isObject(), "object");
        for (String name : node.propertyNames()) {
            if (!fields.contains(name)) {
                throw JsonErrors.at(JsonErrors.child(path, name), "json.field.unknown");
            }
        }
        return new In(node, path);
    }

    /** @return the path of property {@code name} */
    public String path(String name) {
        return JsonErrors.child(path, name);
    }

    /** @return the required property {@code name}, read by {@code reader} */
    public <T> T get(String name, Reader<T> reader) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw JsonErrors.at(path(name), "json.field.required");
        }
        return reader.read(value, path(name));
    }

    /** @return the optional property {@code name}, read by {@code reader}; empty if absent */
    public <T> Optional<T> opt(String name, Reader<T> reader) {
        JsonNode value = node.get(name);
        return value == null ? Optional.empty() : Optional.of(reader.read(value, path(name)));
    }

    /** @return the required string property {@code name} */
    public String text(String name) {
        return get(name, Scalars.TEXT);
    }

    /** @return the optional string property {@code name} */
    public Optional<String> optText(String name) {
        return opt(name, Scalars.TEXT);
    }

    /** @return the boolean property {@code name}; {@code false} if absent */
    public boolean flag(String name) {
        return opt(name, Scalars.BOOLEAN).orElse(false);
    }

    /** @return the required integer property {@code name} */
    public long longValue(String name) {
        return get(name, Scalars.LONG);
    }

    /** @return the optional integer property {@code name}, within the range of {@code int} */
    public OptionalInt optInt(String name) {
        Optional<Integer> value = opt(name, Scalars.INT);
        return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
    }

    /** @return the array property {@code name}, each element read by {@code reader}; empty if absent */
    public <T> List<T> list(String name, Reader<T> reader) {
        return opt(name, (n, p) -> elements(n, p, reader)).orElse(List.of());
    }

    /**
     * @return the array property {@code name} as a set; empty if absent
     * @throws dk.welfarealliance.validation.ValidationException ({@code json.set.duplicate}) at an element equal to
     *     an earlier one: a set's JSON array lists each member once
     */
    public <T extends Comparable<? super T>> SortedSet<T> set(String name, Reader<T> reader) {
        List<T> members = list(name, reader);
        SortedSet<T> set = new TreeSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!set.add(members.get(i))) {
                throw JsonErrors.at(JsonErrors.element(path(name), i), "json.set.duplicate");
            }
        }
        return set;
    }

    /** @return the elements of the array {@code node} at {@code path}, in order */
    public static <T> List<T> elements(JsonNode node, String path, Reader<T> reader) {
        Scalars.require(node, path, node.isArray(), "array");
        List<T> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(reader.read(node.get(i), JsonErrors.element(path, i)));
        }
        return out;
    }
}
