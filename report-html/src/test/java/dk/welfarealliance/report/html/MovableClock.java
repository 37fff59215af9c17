package dk.welfarealliance.report.html;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets to the day each step of a portfolio happens on (noon UTC). */
final class MovableClock extends Clock {
    private Instant now;

    MovableClock(LocalDate day) {
        set(day);
    }

    /** Moves the clock to noon of {@code day}. */
    void set(LocalDate day) {
        now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a movable clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
