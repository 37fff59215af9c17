package dk.welfarealliance.internal.validation;

import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects violations for one validated type and throws them together. Not thread-safe; use once. */
public final class Violations {
    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::getPath).thenComparing(Violation::getRule);

    private final String type;
    private final List<Violation> found = new ArrayList<>();

    private Violations(String type) {
        this.type = type;
    }

    public static Violations of(String type) {
        return new Violations(type);
    }

    public static Violations of(Class<?> type) {
        return new Violations(type.getSimpleName());
    }

    /** Adds a violation; {@code attributes} alternate name and value. */
    public Violations add(String path, Rule rule, Object... attributes) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            map.put((String) attributes[i], attributes[i + 1]);
        }
        found.add(Violation.of(type, path, rule.code(), map));
        return this;
    }

    /** Adds violations found elsewhere (e.g. by Hibernate Validator), keeping their own type and path. */
    public Violations addAll(List<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    /** @throws ValidationException with everything collected, if anything was */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            List<Violation> sorted = new ArrayList<>(found);
            sorted.sort(ORDER);
            throw new ValidationException(sorted);
        }
    }

    /** Throws a single violation at once. */
    public static ValidationException single(String type, String path, Rule rule, Object... attributes) {
        Violations v = of(type).add(path, rule, attributes);
        List<Violation> list = v.found;
        return new ValidationException(list);
    }

    /** @return {@code value}, or throws the typed error naming {@code type.path} if it is null */
    public static <T> T requireNonNull(T value, String type, String path) {
        if (value == null) {
            throw single(type, path, Rule.VALUE_NULL);
        }
        return value;
    }
}
