package dk.welfarealliance.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dk.welfarealliance.internal.validation.LongTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A long text (description, reason, evaluation): not blank, at most {@link #max()} UTF-16 units (4000 by
 * default), valid Unicode scalar values only, and no control character except line feed (U+000A). The
 * text is stored exactly as given.
 * Each broken rule is reported with its own code: {@code text.blank}, {@code text.too-long},
 * {@code text.control-character}, {@code text.unpaired-surrogate}. {@code null} is left to other checks.
 */
@Documented
@Constraint(validatedBy = LongTextValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface LongText {
    /** @return the maximum length in UTF-16 units */
    int max() default 4000;

    /** @return the message template (each broken rule reports its own template instead) */
    String message() default "{dk.welfarealliance.text.too-long}";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
