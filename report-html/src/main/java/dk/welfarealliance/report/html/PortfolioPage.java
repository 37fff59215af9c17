package dk.welfarealliance.report.html;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.report.CoverageReport;
import dk.welfarealliance.report.EliteDelivery;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The portfolio of a federation on a day as one self-contained HTML page: a map of Denmark's municipalities
 * coloured by their coverage ({@link Reports#coverage(FederationCode, LocalDate)}) with a legend of the counts, a
 * timeline of every agreement since 2014, the renewal pipeline and the elite delivery, in Danish or English.
 *
 * <p>The page has no script and loads nothing: its style sheet and drawings are inline, its fonts the reader's
 * own, so it reads offline and prints (one page of map and legend, the tables after). Every text taken from the
 * data (titles, names, descriptions) is escaped by the OWASP Java Encoder, so markup in it shows as text. The
 * map's boundaries are DAGI's, generalised, and the page shows their attribution.
 *
 * <p>Instances are immutable and thread-safe; the map's outlines are read once, when the page is built.
 */
public final class PortfolioPage {
    /** How far the renewal pipeline looks ahead unless told otherwise: three years. */
    public static final Period DEFAULT_HORIZON = Period.ofYears(3);

    private static final int PAGE_SIZE = PageRequest.MAX_SIZE;

    private final Reports reports;
    private final AllianceStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final MapSection map;

    /**
     * @param reports the reports the page shows
     * @param store the store the reports read, for the timeline's agreements
     * @param clock tells the instant the data is read at, shown as the data's "as of"
     * @param zone the business zone that instant is shown in
     * @throws ValidationException ({@code value.null}) if an argument is null
     * @throws IllegalStateException if the bundled boundaries are missing from the class path
     */
    public PortfolioPage(Reports reports, AllianceStore store, Clock clock, ZoneId zone) {
        this.reports = requireNonNull(reports, "reports");
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.zone = requireNonNull(zone, "zone");
        this.map = new MapSection(MunicipalityShapes.bundled());
    }

    /** @return the page over {@code service}'s store and reports, with its lifecycle's clock and business zone */
    public static PortfolioPage of(AllianceService service) {
        requireNonNull(service, "service");
        Lifecycle lifecycle = service.lifecycle();
        return new PortfolioPage(Reports.of(service), service.store(), lifecycle.clock(), lifecycle.businessZone());
    }

    /**
     * The page of DBU on {@code day}, in the language of {@code locale}, the pipeline looking {@link
     * #DEFAULT_HORIZON} ahead: {@link #render(FederationCode, LocalDate, Locale, Period)}.
     */
    public String render(LocalDate day, Locale locale) {
        return render(FederationCode.DBU, day, locale, DEFAULT_HORIZON);
    }

    /**
     * Renders the page.
     *
     * @param federation whose alliances
     * @param day the day the coverage, pipeline and elite delivery are of, and the day the timeline marks
     * @param locale Danish labels and dates when its language is Danish ({@code da}), English otherwise
     * @param horizon how far the renewal pipeline looks ahead of {@code day}
     * @return the page, a complete HTML5 document
     * @throws ValidationException ({@code value.null}) if an argument is null; as the reports do, {@code
     *     catalogue.federation.unknown} for a federation the catalogue does not hold and {@code report.horizon.range}
     *     for a horizon out of range
     */
    public String render(FederationCode federation, LocalDate day, Locale locale, Period horizon) {
        requireNonNull(federation, "federation");
        requireNonNull(day, "day");
        requireNonNull(locale, "locale");
        requireNonNull(horizon, "horizon");
        Instant asOf = clock.instant();
        CoverageReport coverage = reports.coverage(federation, day);
        List<Alliance> alliances = alliancesOf(federation);
        PageText text = PageText.of(locale);
        Html html = new Html();
        html.markup("<!DOCTYPE html>\n");
        html.open("html", "lang", text.language()).newline();
        html.open("head").markup("<meta charset=\"utf-8\">")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", text.get("page.title", federation.value()) + " · " + text.date(day))
                .open("style").markup(PageStyle.CSS).close("style").close("head").newline();
        html.open("body");
        html.open("div", "class", "top").newline();
        map.writeMap(html, coverage, text);
        html.open("section", "class", "summary");
        html.element("h1", text.get("page.title", federation.value()));
        html.element("p", text.get("page.day", text.date(day)), "class", "day");
        html.open("p", "class", "as-of").text(text.get("page.asOf", text.instant(asOf, zone)));
        lastChange(alliances).ifPresent(t -> html.text("; " + text.get("page.lastChange", text.instant(t, zone))));
        html.close("p");
        map.writeLegend(html, coverage, text);
        html.close("section");
        html.close("div").newline();
        map.writeTable(html, coverage, text);
        html.open("section", "class", "timeline-section");
        Map<MunicipalityCode, String> names = coverage.getMunicipalities().stream().collect(
                Collectors.toMap(m -> m.getMunicipality().getCode(), m -> m.getMunicipality().getName()));
        List<TimelineSection.Row> rows = alliances.stream().map(a -> new TimelineSection.Row(
                names.getOrDefault(a.getMunicipality(), a.getMunicipality().value()), a)).toList();
        new TimelineSection(day, reports.today(), TimelineSection.lastYearOf(alliances, day), text)
                .write(html, rows, locale);
        html.close("section").newline();
        ReportTables tables = new ReportTables(text);
        html.open("section", "class", "tables");
        tables.writePipeline(html, reports.renewalPipeline(federation, day, horizon));
        tables.writeElite(html, reports.eliteDelivery(federation, day, EliteDelivery.DEFAULT_AT_RISK_SHARE));
        html.close("section").newline();
        html.element("footer", text.get("page.generated"));
        html.close("body").close("html").newline();
        return html.toString();
    }

    /**
     * Renders the page of DBU on {@code day} ({@link #render(LocalDate, Locale)}) and writes it to {@code file} in
     * UTF-8, creating its folder if need be and replacing the file if it exists.
     *
     * @return {@code file}
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path write(Path file, LocalDate day, Locale locale) {
        requireNonNull(file, "file");
        String page = render(day, locale);
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(file, page, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the portfolio page to " + file, e);
        }
    }

    private List<Alliance> alliancesOf(FederationCode federation) {
        AllianceCriteria criteria = AllianceCriteria.builder().federation(federation).build();
        List<Alliance> all = new ArrayList<>();
        Page page = store.query(criteria, PageRequest.first(PAGE_SIZE));
        all.addAll(page.getItems());
        while (page.getNext().isPresent()) {
            page = store.query(criteria, PageRequest.after(page.getNext().get(), PAGE_SIZE));
            all.addAll(page.getItems());
        }
        return all;
    }

    private static Optional<Instant> lastChange(List<Alliance> alliances) {
        return alliances.stream().map(Alliance::getLastModified).max(Comparator.naturalOrder());
    }

    private static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new ValidationException(List.of(Violation.of("PortfolioPage", name, "value.null", Map.of())));
        }
        return value;
    }
}
