package dk.welfarealliance.json.internal;

import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The typed errors of reading JSON: every violation has the type {@value #TYPE} and a JSON path ({@code $},
 * {@code $.agreements[2].signingDate}). A violation that building a domain value raised keeps its rule and
 * attributes and gets the path of the JSON value it was built from.
 */
public final class JsonErrors {
    /** The type of every violation this module reports. */
    public static final String TYPE = "json";

    // Hibernate Validator names container elements (<list element>, <optional element>): not JSON paths
    private static final Pattern CONTAINER_NODE = Pattern.compile("\\.?<[^>]*>");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonErrors() {}

    /** @return a violation of {@code rule} at {@code path}; {@code attributes} alternate name and value */
    public static ValidationException at(String path, String rule, Object... attributes) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            map.put((String) attributes[i], attributes[i + 1]);
        }
        return new ValidationException(List.of(Violation.of(TYPE, path, rule, map)));
    }

    /** @return the path of property {@code name} of the object at {@code path} */
    public static String child(String path, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** @return the path of element {@code index} of the array at {@code path} */
    public static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /**
     * Builds an object from the JSON value at {@code path}: a violation the domain raises at its own property
     * path ({@code terminationDate}) is reported at that property of the JSON object.
     */
    public static <T> T building(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException e) {
            throw relocated(e, path, true);
        }
    }

    /** Builds a value from the JSON scalar at {@code path}: every violation the domain raises is reported there. */
    public static <T> T converting(String path, Supplier<T> convert) {
        try {
            return convert.get();
        } catch (ValidationException e) {
            throw relocated(e, path, false);
        }
    }

    private static ValidationException relocated(ValidationException e, String path, boolean appendOwnPath) {
        boolean relocate = e.getViolations().stream().anyMatch(v -> !v.getType().equals(TYPE));
        if (!relocate) {
            return e;
        }
        List<Violation> moved = e.getViolations().stream().map(v -> {
            if (v.getType().equals(TYPE)) {
                return v;
            }
            String own = CONTAINER_NODE.matcher(v.getPath()).replaceAll("");
            String at = !appendOwnPath || own.isEmpty() ? path
                    : own.startsWith("[") ? path + own : path + "." + own;
            return Violation.of(TYPE, at, v.getRule(), v.getAttributes());
        }).toList();
        return new ValidationException(moved);
    }
}
