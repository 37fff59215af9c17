package dk.welfarealliance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.PublicApi;
import dk.welfarealliance.testing.SampleValues;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive over core's public API as compiled: every public builder setter (the generated ones inherited
 * from {@code ImmutableX.Builder} included), every public {@code with*} copy method and every public static
 * factory and constructor is called with {@code null} for each of its reference parameters in turn, the others
 * filled with valid samples. Each call must throw {@link ValidationException} with rule {@code value.null},
 * or accept the null where it is documented as legal (a {@link Throwable} cause). Constructors of exceptions
 * and {@link Violation#of} are exempt: they carry errors, they do not validate input. A method whose arguments or
 * receiver cannot be made fails the test, so coverage cannot shrink silently when types are added.
 */
class NullArgumentsTest {

    private final List<String> failures = new ArrayList<>();
    private final List<String> unexercised = new ArrayList<>();
    private int inputs;
    private int exempt;

    // Exceptions and the violations they carry are what the library reports, not input it validates: they take
    // what the library gives them, and throwing the typed error while building one would hide the real error.
    private static boolean isErrorValue(Class<?> type) {
        return Throwable.class.isAssignableFrom(type) || type == Violation.class;
    }

    @Test
    void every_public_setter_with_method_and_factory_rejects_null_with_the_typed_error() {
        int setters = 0;
        int withs = 0;
        int factories = 0;
        List<Class<?>> types = PublicApi.types();
        for (Class<?> type : types) {
            Class<?> builder = PublicApi.builderOf(type);
            if (builder != null) {
                for (Method m : PublicApi.builderSetters(builder)) {
                    setters++;
                    exercise(m, () -> SampleValues.newBuilder(type));
                }
            }
            if (!type.isInterface()) {
                for (Method m : PublicApi.withMethods(type)) {
                    withs++;
                    exercise(m, () -> SampleValues.of(type));
                }
            }
            for (Executable e : PublicApi.factories(type)) {
                if (isErrorValue(type)) {
                    exempt++;
                    continue;
                }
                factories++;
                exercise(e, () -> null);
            }
        }
        System.out.printf("null arguments: %d public types, %d builder setters, %d with* methods, "
                + "%d factories and constructors, %d null inputs tried (%d constructors of exceptions and "
                + "violations exempt)%n", types.size(), setters, withs, factories, inputs, exempt);

        assertThat(unexercised).as("public methods this test cannot call: add samples to SampleValues").isEmpty();
        assertThat(failures).as("null arguments not rejected with ValidationException (value.null)").isEmpty();
        assertThat(setters).as("builder setters reached").isGreaterThan(300);
        assertThat(withs).as("with* methods reached").isGreaterThan(150);
        assertThat(factories).as("factories and constructors reached").isGreaterThan(50);
    }

    private interface Receiver {
        Object make() throws ReflectiveOperationException;
    }

    private void exercise(Executable target, Receiver receiver) {
        Class<?>[] parameters = target.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isPrimitive()) {
                continue;
            }
            Object[] args = new Object[parameters.length];
            Object on;
            try {
                for (int j = 0; j < parameters.length; j++) {
                    args[j] = j == i ? null : SampleValues.of(parameters[j]);
                }
                on = receiver.make();
            } catch (RuntimeException | ReflectiveOperationException e) {
                unexercised.add(target.toGenericString() + ": " + e);
                return;
            }
            inputs++;
            Throwable thrown = call(target, on, args);
            boolean legal = Throwable.class.isAssignableFrom(parameters[i]);
            if (thrown == null && legal) {
                continue;
            }
            if (!(thrown instanceof ValidationException v) || !v.getRules().contains("value.null")) {
                failures.add(target.toGenericString() + " with null #" + i + " -> "
                        + (thrown == null ? "accepted" : thrown.toString()));
            }
        }
    }

    private static Throwable call(Executable target, Object on, Object[] args) {
        try {
            if (target instanceof Method m) {
                SampleValues.accessible(m).invoke(on, args);
            } else {
                ((Constructor<?>) target).newInstance(args);
            }
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException e) {
            return e;
        }
    }
}
