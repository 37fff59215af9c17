package dk.welfarealliance.storage.tck.generators;

import dk.welfarealliance.PartialDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Instants and dates within the supported range (docs/model.md): 1900-01-01 to 9999-12-31. Instants have
 * microsecond precision (values are truncated to microseconds when built), so a store that keeps only
 * milliseconds loses information these values carry. Partial dates come at every precision (day, month, year)
 * across the same range.
 *
 * @since 0.1.0
 */
public final class TimeGenerators {
    /** The first supported day. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** The last supported day. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
    /** The first supported instant. */
    public static final Instant MIN_INSTANT = Instant.parse("1900-01-01T00:00:00Z");
    /** The last supported instant, at microsecond precision. */
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");

    private TimeGenerators() {}

    /** @return the instants at and near both ends of the range, and ones with every microsecond digit set */
    public static List<Instant> boundaryInstants() {
        return List.of(MIN_INSTANT, MIN_INSTANT.plus(1, ChronoUnit.MICROS), Instant.parse("1969-12-31T23:59:59.999999Z"),
                Instant.parse("1970-01-01T00:00:00.000001Z"), Instant.parse("2024-02-29T12:34:56.123456Z"),
                MAX_INSTANT.minus(1, ChronoUnit.MICROS), MAX_INSTANT);
    }

    /** @return instants from {@link #MIN_INSTANT} to {@link #MAX_INSTANT}, at microsecond precision */
    public static Gen<Instant> instants() {
        return Draw.gen(d -> instant(d, MIN_INSTANT, MAX_INSTANT));
    }

    /** @return days from {@link #MIN_DATE} to {@link #MAX_DATE} */
    public static Gen<LocalDate> dates() {
        return Draw.gen(d -> d.date(MIN_DATE, MAX_DATE));
    }

    /** @return partial dates from 1900 to 9999, known to the day, the month or the year */
    public static Gen<PartialDate> partialDates() {
        return Draw.gen(d -> partialDate(d, Pools.WIDE));
    }

    /** A day of the pool's range, kept to the day, or only its month or year. */
    static PartialDate partialDate(Draw d, Pools p) {
        LocalDate day = p.date(d);
        return switch (d.between(0, 2)) {
            case 0 -> PartialDate.day(day);
            case 1 -> PartialDate.month(day.getYear(), day.getMonthValue());
            default -> PartialDate.year(day.getYear());
        };
    }

    static Instant instant(Draw d, Instant min, Instant max) {
        long micros = d.between(epochMicros(min), epochMicros(max));
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** Microseconds since the epoch (Instant.until in micros goes through nanoseconds and overflows past 2262). */
    private static long epochMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000L;
    }
}
