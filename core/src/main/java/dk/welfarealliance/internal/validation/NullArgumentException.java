package dk.welfarealliance.internal.validation;

import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What generated value classes and builders throw for a null argument: the library's typed error with a
 * {@code value.null} violation naming the attribute. Wired in through the Immutables style
 * ({@code throwForNullPointer}); callers catch {@link ValidationException}.
 */
public final class NullArgumentException extends ValidationException {
    private static final long serialVersionUID = 1L;
    private static final String GENERATED_PREFIX = "Immutable";

    /** @param attribute what the generated code names: the attribute, e.g. {@code title} or {@code tags element} */
    public NullArgumentException(String attribute) {
        super(List.of(Violation.of(callingType(), attribute.replace(" element", "[]"), Rule.VALUE_NULL.code(), Map.of())));
    }

    // The generated code passes only the attribute name; the value type is the generated class that called.
    private static String callingType() {
        Optional<String> generated = StackWalker.getInstance().walk(frames -> frames
                .map(StackWalker.StackFrame::getClassName)
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .filter(simple -> simple.startsWith(GENERATED_PREFIX))
                .findFirst());
        return generated
                .map(simple -> simple.substring(GENERATED_PREFIX.length()))
                .map(simple -> simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple)
                .orElse("?");
    }
}
