package dk.welfarealliance.report.html;

import dk.welfarealliance.AgreementPeriod;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page's labels and dates in one language: Danish for a Danish locale, English for every other. The texts
 * live in {@code PageText.properties} and {@code PageText_da.properties}; the JVM's default locale plays no part.
 */
final class PageText {
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter instants;

    private PageText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(PageText.class.getName(), locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.instants = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", locale);
    }

    /** @return the labels for {@code locale}: Danish when its language is Danish, else English */
    static PageText of(Locale locale) {
        return "da".equals(locale.getLanguage()) ? new PageText(DANISH) : new PageText(Locale.UK);
    }

    /** @return the language tag for the page's {@code lang} attribute: {@code da} or {@code en} */
    String language() {
        return locale.getLanguage();
    }

    /** @return the text of {@code key} with {@code args} filled in (MessageFormat) */
    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** @return the label of an enum constant, under {@code prefix.NAME} */
    String of(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name());
    }

    /** @return {@code day} as written in the language, e.g. {@code 1. marts 2024} */
    String date(LocalDate day) {
        return dates.format(day);
    }

    /** @return {@code day} in ISO form, for narrow table cells */
    String shortDate(LocalDate day) {
        return day.toString();
    }

    /** @return {@code at} in {@code zone}, to the second, with the zone's name */
    String instant(Instant at, ZoneId zone) {
        return instants.format(ZonedDateTime.ofInstant(at, zone));
    }

    /** @return the period with its kind of end, e.g. {@code 2021-01-01 to 2024-12-31} */
    String period(AgreementPeriod period) {
        String start = shortDate(period.getStart());
        return switch (period.endKind()) {
            case DATE -> get("period.from", start, shortDate(period.getEnd().orElseThrow()));
            case OPEN_ENDED -> get("period.openEnded", start);
            case NOT_RECORDED -> get("period.notRecorded", start);
        };
    }
}
