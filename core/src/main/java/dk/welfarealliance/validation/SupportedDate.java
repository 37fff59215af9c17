package dk.welfarealliance.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.welfarealliance.internal.validation.SupportedInstantValidator;
import dk.welfarealliance.internal.validation.SupportedLocalDateValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link java.time.LocalDate} or {@link java.time.Instant} within the range every backend stores:
 * 1900-01-01 to 9999-12-31 inclusive (for instants: 1900-01-01T00:00:00Z to the last microsecond of
 * 9999-12-31 UTC). Rule codes {@code date.range} and {@code instant.range}. {@code null} is left to other
 * checks.
 */
@Documented
@Constraint(validatedBy = {SupportedLocalDateValidator.class, SupportedInstantValidator.class})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SupportedDate {
    /** @return the message template */
    String message() default "{dk.welfarealliance.date.range}";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
