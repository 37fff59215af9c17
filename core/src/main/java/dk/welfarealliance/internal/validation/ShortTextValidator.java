package dk.welfarealliance.internal.validation;

import dk.welfarealliance.validation.ShortText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ShortText}: single line, no control characters. */
public final class ShortTextValidator implements ConstraintValidator<ShortText, String> {
    private int max;

    @Override
    public void initialize(ShortText annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return TextConstraintValidator.isValid(value, max, false, context);
    }
}
