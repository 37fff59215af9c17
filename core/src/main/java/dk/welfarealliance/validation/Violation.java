package dk.welfarealliance.validation;

import dk.welfarealliance.internal.validation.MessageBundles;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One broken rule: where (the validated type and the property path), which rule (a stable code such as
 * {@code municipality.code.format}) and the message template with its attributes.
 *
 * <p>Messages are rendered only when asked for, in English or Danish. Rule codes are part of the public
 * contract: they do not change within a major version, so callers may branch on them. Messages never
 * contain the rejected value (it may be personal data or a CVR number); attributes hold only limits,
 * states, codes and ids.
 */
public final class Violation {
    private static final String KEY_PREFIX = "dk.welfarealliance.";

    private final String type;
    private final String path;
    private final String rule;
    private final Map<String, Object> attributes;

    private Violation(String type, String path, String rule, Map<String, Object> attributes) {
        this.type = Objects.requireNonNull(type, "type");
        this.path = Objects.requireNonNull(path, "path");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * Creates a violation.
     *
     * @param type simple name of the validated type or command, e.g. {@code Agreement}
     * @param path property path inside that type, e.g. {@code agreements[1].period}; empty for the whole object
     * @param rule stable rule code, e.g. {@code text.too-long}
     * @param attributes values the message template refers to by name; never the rejected value itself
     * @return the violation
     * @throws NullPointerException if an argument is null
     */
    public static Violation of(String type, String path, String rule, Map<String, ?> attributes) {
        return new Violation(type, path, rule, Map.copyOf(attributes));
    }

    /** @return simple name of the validated type or command, e.g. {@code Agreement} */
    public String getType() {
        return type;
    }

    /** @return property path inside {@link #getType()}, e.g. {@code signatories[0].role}; empty for the whole object */
    public String getPath() {
        return path;
    }

    /** @return the stable rule code, e.g. {@code municipality.code.format} */
    public String getRule() {
        return rule;
    }

    /** @return the message template, {@code {dk.welfarealliance.<rule>}} */
    public String getMessageTemplate() {
        return "{" + KEY_PREFIX + rule + "}";
    }

    /** @return the attributes the template refers to (limits, states, codes, ids) */
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    /**
     * Renders the message in the language of {@code locale}: Danish for {@code da}, English for
     * anything else. The JVM's default locale plays no part.
     */
    public String message(Locale locale) {
        return MessageBundles.render(KEY_PREFIX + rule, attributes, locale);
    }

    /** @return the English message */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** @return {@code Type.path: message (rule)}, in English */
    @Override
    public String toString() {
        return type + (path.isEmpty() ? "" : "." + path) + ": " + message() + " (" + rule + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v
                && type.equals(v.type)
                && path.equals(v.path)
                && rule.equals(v.rule)
                && attributes.equals(v.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, path, rule, attributes);
    }
}
