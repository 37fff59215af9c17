package dk.welfarealliance.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.welfarealliance.internal.validation.ShortTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A single-line name or title: not blank, at most {@link #max()} UTF-16 units (200 by default), valid
 * Unicode scalar values only and no control characters at all. The text is stored exactly as given.
 * Each broken rule is reported with its own code: {@code text.blank}, {@code text.too-long},
 * {@code text.control-character}, {@code text.unpaired-surrogate}. {@code null} is left to other checks.
 */
@Documented
@Constraint(validatedBy = ShortTextValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ShortText {
    /** @return the maximum length in UTF-16 units */
    int max() default 200;

    /** @return the message template (each broken rule reports its own template instead) */
    String message() default "{dk.welfarealliance.text.too-long}";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
