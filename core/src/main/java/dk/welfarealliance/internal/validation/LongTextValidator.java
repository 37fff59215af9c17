package dk.welfarealliance.internal.validation;

import dk.welfarealliance.validation.LongText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link LongText}: line feeds allowed, other control characters not. */
public final class LongTextValidator implements ConstraintValidator<LongText, String> {
    private int max;

    @Override
    public void initialize(LongText annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return TextConstraintValidator.isValid(value, max, true, context);
    }
}
