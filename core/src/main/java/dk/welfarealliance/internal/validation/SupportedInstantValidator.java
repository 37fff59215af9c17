package dk.welfarealliance.internal.validation;

import dk.welfarealliance.validation.SupportedDate;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link SupportedDate} on instants. */
public final class SupportedInstantValidator implements ConstraintValidator<SupportedDate, Instant> {
    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
        if (value == null || TimeRules.isSupported(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(Map.of("min", TimeRules.MIN_INSTANT, "max", TimeRules.MAX_INSTANT))
                .buildConstraintViolationWithTemplate(Rule.INSTANT_RANGE.template())
                .addConstraintViolation();
        return false;
    }
}
