package dk.welfarealliance.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reports each broken {@link TextRules} rule as its own violation with its own rule code. */
abstract class TextConstraintValidator {
    static boolean isValid(String value, int max, boolean lineFeedAllowed, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<TextRules.Finding> findings = TextRules.check(value, max, lineFeedAllowed);
        if (findings.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (TextRules.Finding f : findings) {
            HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
            if (f.index() >= 0) {
                hv.withDynamicPayload(Map.of("index", f.index()));
            } else {
                hv.withDynamicPayload(null);
            }
            hv.buildConstraintViolationWithTemplate(f.rule().template()).addConstraintViolation();
        }
        return false;
    }

    private TextConstraintValidator() {}
}
