package dk.welfarealliance;

/** How exactly a {@link PartialDate} is known: to the day, to the month, or only to the year. */
public enum DatePrecision {
    /** The day is known, e.g. {@code 2020-09-24}. */
    DAY,
    /** Only the month is known, e.g. {@code 2021-09}. */
    MONTH,
    /** Only the year is known, e.g. {@code 2019}. */
    YEAR
}
