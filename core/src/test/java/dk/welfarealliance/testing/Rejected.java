package dk.welfarealliance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions for bad input: the library's typed error, never a bare JDK exception, naming path and rule. */
public final class Rejected {
    private Rejected() {}

    /** @return the {@link ValidationException} {@code call} throws; fails if it throws anything else or nothing */
    public static ValidationException by(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the typed validation error").isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }

    /** Asserts that {@code call} is rejected with exactly one violation: {@code type.path} broke {@code rule}. */
    public static Violation with(ThrowingCallable call, String type, String path, String rule) {
        ValidationException e = by(call);
        assertThat(e.getViolations()).as(e.getMessage()).hasSize(1);
        Violation v = e.getViolations().get(0);
        assertThat(v.getType()).as("type").isEqualTo(type);
        assertThat(v.getPath()).as("property path").isEqualTo(path);
        assertThat(v.getRule()).as("rule").isEqualTo(rule);
        assertThat(e.getMessage()).contains(type + (path.isEmpty() ? "" : "." + path) + ": ").endsWith("(" + rule + ")");
        return v;
    }
}
