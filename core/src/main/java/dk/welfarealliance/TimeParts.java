package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Builds dates from numbers with the typed error instead of the JDK's exception. */
final class TimeParts {
    private TimeParts() {}

    static LocalDate date(int year, int month, int dayOfMonth) {
        try {
            return LocalDate.of(year, month, dayOfMonth);
        } catch (DateTimeException e) {
            throw Violations.single("PartialDate", "", Rule.DATE_INVALID);
        }
    }
}
