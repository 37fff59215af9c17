package dk.welfarealliance.internal.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The supported time range (docs/model.md) and microsecond truncation of instants. */
public final class TimeRules {
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
    public static final Instant MIN_INSTANT = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");

    private TimeRules() {}

    public static boolean isSupported(LocalDate date) {
        return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
    }

    public static boolean isSupported(Instant instant) {
        return !instant.isBefore(MIN_INSTANT) && !instant.isAfter(MAX_INSTANT);
    }

    /** @return {@code instant} truncated to microseconds, the precision every backend keeps */
    public static Instant toMicros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
