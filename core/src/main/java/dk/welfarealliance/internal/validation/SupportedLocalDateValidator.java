package dk.welfarealliance.internal.validation;

import dk.welfarealliance.validation.SupportedDate;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link SupportedDate} on dates. */
public final class SupportedLocalDateValidator implements ConstraintValidator<SupportedDate, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        if (value == null || TimeRules.isSupported(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(Map.of("min", TimeRules.MIN_DATE, "max", TimeRules.MAX_DATE))
                .buildConstraintViolationWithTemplate(Rule.DATE_RANGE.template())
                .addConstraintViolation();
        return false;
    }
}
