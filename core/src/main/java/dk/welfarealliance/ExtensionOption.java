package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An option to extend an agreement, as agreements word it: "may be extended by up to 2 years", "may be
 * extended to and including 2030", with the clause's text. At least one of {@link #getUntil()},
 * {@link #getYears()} and {@link #getText()} is given ({@code extension-option.empty}); years are at least 1
 * ({@code count.min}).
 */
@Value.Immutable
public abstract class ExtensionOption implements WithExtensionOption {

    /** @return the latest last day an extension may reach */
    public abstract Optional<@SupportedDate LocalDate> getUntil();

    /** @return by how many years it may be extended */
    public abstract OptionalInt getYears();

    /** @return the clause as written */
    public abstract Optional<@LongText String> getText();

    /** @return an option to extend by up to {@code years} years */
    public static ExtensionOption byYears(int years) {
        return builder().years(years).build();
    }

    /** @return an option to extend to and including {@code until} */
    public static ExtensionOption until(LocalDate until) {
        return builder().until(until).build();
    }

    @Value.Check
    protected void check() {
        Violations v = Violations.of(ExtensionOption.class).addAll(BeanValidation.validate(this, ExtensionOption.class));
        if (getUntil().isEmpty() && getYears().isEmpty() && getText().isEmpty()) {
            v.add("", Rule.EXTENSION_OPTION_EMPTY);
        }
        if (getYears().isPresent() && getYears().getAsInt() < 1) {
            v.add("years", Rule.COUNT_MIN, "min", 1);
        }
        v.throwIfAny();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ExtensionOption}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableExtensionOption.Builder {}
}
