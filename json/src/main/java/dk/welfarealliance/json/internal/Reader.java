package dk.welfarealliance.json.internal;

import tools.jackson.databind.JsonNode;

/** Reads a value from the JSON value at a path, or throws the typed error naming that path (or one below it). */
@FunctionalInterface
public interface Reader<T> {
    /** @return the value {@code node} at {@code path} stands for */
    T read(JsonNode node, String path);
}
