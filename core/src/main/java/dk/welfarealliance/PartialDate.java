package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A date known to the day, the month or the year, as sources give them: council minutes name the day, a
 * press release often only the month, an annual report the year. It stands for the days from
 * {@link #getFirstDay()} to {@link #lastDay()}, both inclusive.
 *
 * <p>Ordering rules: the natural order sorts by first day, then by last day, so {@code 2021-01-01} comes before
 * {@code 2021-01} and {@code 2021-01} before {@code 2021} (they start the same day and the finer one ends
 * first). Whether one step certainly came before another is {@link #isCertainlyBefore}: the first date's last
 * day lies before the second's first day; {@code 2021-09} is certainly before {@code 2021-10-02} but not
 * before {@code 2021}. Rules: the first day of a month-precision date is the 1st ({@code partial-date.alignment}),
 * of a year-precision date 1 January; the range is 1900-01-01 to 9999-12-31 ({@code date.range}).
 */
@Value.Immutable
public abstract class PartialDate implements WithPartialDate, Comparable<PartialDate> {
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** @return the first day the date may denote */
    @Value.Parameter
    @SupportedDate
    public abstract LocalDate getFirstDay();

    /** @return how exactly it is known */
    @Value.Parameter
    public abstract DatePrecision getPrecision();

    /** @return the date known to the day */
    public static PartialDate day(LocalDate day) {
        return ImmutablePartialDate.of(day, DatePrecision.DAY);
    }

    /** @return the date {@code year}-{@code month}-{@code dayOfMonth}, known to the day */
    public static PartialDate day(int year, int month, int dayOfMonth) {
        return day(TimeParts.date(year, month, dayOfMonth));
    }

    /** @return the month {@code year}-{@code month}, the day unknown */
    public static PartialDate month(int year, int month) {
        return ImmutablePartialDate.of(TimeParts.date(year, month, 1), DatePrecision.MONTH);
    }

    /** @return the month {@code month}, the day unknown */
    public static PartialDate month(YearMonth month) {
        Violations.requireNonNull(month, "PartialDate", "month");
        return month(month.getYear(), month.getMonthValue());
    }

    /** @return the year {@code year}, month and day unknown */
    public static PartialDate year(int year) {
        return ImmutablePartialDate.of(TimeParts.date(year, 1, 1), DatePrecision.YEAR);
    }

    /**
     * @param text {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, as {@link #toString()} writes it
     * @return the date with the precision the text shows
     * @throws dk.welfarealliance.validation.ValidationException ({@code partial-date.format}) for any other text
     */
    public static PartialDate parse(String text) {
        Violations.requireNonNull(text, "PartialDate", "text");
        try {
            if (YEAR.matcher(text).matches()) {
                return year(Integer.parseInt(text));
            }
            if (MONTH.matcher(text).matches()) {
                YearMonth m = YearMonth.parse(text);
                return month(m.getYear(), m.getMonthValue());
            }
            if (DAY.matcher(text).matches()) {
                return day(LocalDate.parse(text));
            }
        } catch (DateTimeParseException e) {
            // falls through to the typed error: bad input is never the JDK's exception
        }
        throw Violations.single("PartialDate", "text", Rule.PARTIAL_DATE_FORMAT);
    }

    /** @return the last day the date may denote */
    public LocalDate lastDay() {
        switch (getPrecision()) {
            case MONTH:
                return getFirstDay().withDayOfMonth(getFirstDay().lengthOfMonth());
            case YEAR:
                return getFirstDay().withDayOfYear(getFirstDay().lengthOfYear());
            default:
                return getFirstDay();
        }
    }

    /** @return whether {@code day} is one of the days this date may denote */
    public boolean mayBe(LocalDate day) {
        Violations.requireNonNull(day, "PartialDate", "day");
        return !day.isBefore(getFirstDay()) && !day.isAfter(lastDay());
    }

    /** @return whether every day this date may denote lies before every day {@code other} may denote */
    public boolean isCertainlyBefore(PartialDate other) {
        Violations.requireNonNull(other, "PartialDate", "other");
        return lastDay().isBefore(other.getFirstDay());
    }

    /** Orders by first day, then by last day (see the class comment). */
    @Override
    public int compareTo(PartialDate other) {
        int first = getFirstDay().compareTo(other.getFirstDay());
        return first != 0 ? first : lastDay().compareTo(other.lastDay());
    }

    /** @return {@code 2019}, {@code 2021-09} or {@code 2020-09-24}, as {@link #parse} reads it */
    @Override
    public String toString() {
        switch (getPrecision()) {
            case YEAR:
                return String.format("%04d", getFirstDay().getYear());
            case MONTH:
                return String.format("%04d-%02d", getFirstDay().getYear(), getFirstDay().getMonthValue());
            default:
                return getFirstDay().toString();
        }
    }

    @Value.Check
    protected void check() {
        Violations v = Violations.of(PartialDate.class).addAll(BeanValidation.validate(this, PartialDate.class));
        LocalDate first = getFirstDay();
        boolean aligned = switch (getPrecision()) {
            case DAY -> true;
            case MONTH -> first.getDayOfMonth() == 1;
            case YEAR -> first.getDayOfYear() == 1;
        };
        if (!aligned) {
            v.add("firstDay", Rule.PARTIAL_DATE_ALIGNMENT, "precision", getPrecision());
        }
        v.throwIfAny();
    }

    /** Builds a {@link PartialDate}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutablePartialDate.Builder {}
}
