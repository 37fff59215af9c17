package dk.welfarealliance.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one exception for every kind of bad input: a broken constraint on a value, a missing mandatory
 * attribute, a null argument, a broken alliance invariant, or a command that the agreement lifecycle or
 * the reference catalogue rejects.
 *
 * <p>It always carries at least one {@link Violation}. {@link #getMessage()} is English so that logs
 * are stable; {@link #message(Locale)} renders Danish or English. Whatever threw it has changed nothing:
 * values are immutable and commands are pure functions.
 */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * @param violations what was wrong; at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ValidationException(List<Violation> violations) {
        super(null, null, true, true);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** @return the violations, in a stable order (by path, then rule), never empty */
    public List<Violation> getViolations() {
        return violations;
    }

    /** @return the rule codes of all violations */
    public Set<String> getRules() {
        return violations.stream().map(Violation::getRule).collect(Collectors.toUnmodifiableSet());
    }

    /** @return all violations rendered in English, one per line after the first */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    /** @return all violations rendered in the language of {@code locale} (Danish for {@code da}, else English) */
    public String message(Locale locale) {
        return violations.stream()
                .map(v -> v.getType() + (v.getPath().isEmpty() ? "" : "." + v.getPath()) + ": "
                        + v.message(locale) + " (" + v.getRule() + ")")
                .collect(Collectors.joining("; "));
    }
}
