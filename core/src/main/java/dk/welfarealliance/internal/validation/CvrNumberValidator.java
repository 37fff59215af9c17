package dk.welfarealliance.internal.validation;

import dk.welfarealliance.validation.CvrNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link CvrNumber}: form first, then the modulus-11 check. */
public final class CvrNumberValidator implements ConstraintValidator<CvrNumber, String> {
    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    /** @return the broken rule, or empty if {@code cvr} is a valid CVR number */
    public static Optional<Rule> check(String cvr) {
        if (cvr.length() != 8 || cvr.charAt(0) == '0') {
            return Optional.of(Rule.CVR_FORMAT);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = cvr.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of(Rule.CVR_FORMAT);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0 ? Optional.empty() : Optional.of(Rule.CVR_CHECK_DIGIT);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<Rule> broken = check(value);
        if (broken.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(broken.get().template()).addConstraintViolation();
        return false;
    }
}
