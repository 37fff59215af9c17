package dk.welfarealliance.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.welfarealliance.internal.validation.CvrNumberValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A Danish CVR number: 8 digits, the first not 0 ({@code cvr.format}), whose digits weighted 2, 7, 6, 5,
 * 4, 3, 2, 1 sum to a multiple of 11 ({@code cvr.check-digit}). Messages never echo the number.
 * {@code null} is left to other checks.
 */
@Documented
@Constraint(validatedBy = CvrNumberValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CvrNumber {
    /** @return the message template (the validator reports the specific rule instead) */
    String message() default "{dk.welfarealliance.cvr.format}";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
