package dk.welfarealliance.report.html;

import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.report.AgreementSummary;
import dk.welfarealliance.report.CoverageReport;
import dk.welfarealliance.report.CoverageStatus;
import dk.welfarealliance.report.MunicipalityCoverage;
import dk.welfarealliance.report.StatusCounts;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The map of the municipalities coloured by coverage, its legend with the counts, the attribution of the
 * boundaries, and the same data as a table for screen readers.
 */
final class MapSection {
    /** The map's width on screen, in CSS pixels; its top left corner is {@link #OFFSET_PX} from the page's. */
    static final int WIDTH_PX = 640;
    /** Where the map's top left corner sits on the page, in CSS pixels from the left and from the top. */
    static final int OFFSET_PX = 16;

    /** The attribution the terms of the boundaries ask for, in Danish and English. */
    static final String ATTRIBUTION = "Indeholder data fra Geodatastyrelsen (nu Klimadatastyrelsen) og Danske "
            + "Kommuner, DAGI kommunegrænser 1:500.000 (FOT), 2014-02-13. / Contains data from the Danish Geodata "
            + "Agency (Geodatastyrelsen) and Danish municipalities, DAGI municipal boundaries 1:500,000, 2014-02-13.";
    /** The terms of use of the free geographic data. */
    static final String TERMS_URL = "https://download.kortforsyningen.dk/content/vilk%C3%A5r-og-betingelser";

    private final MunicipalityShapes shapes;

    MapSection(MunicipalityShapes shapes) {
        this.shapes = shapes;
    }

    /** @return the map's height on screen, in CSS pixels */
    static double heightPx() {
        return WIDTH_PX * MapProjection.height() / MapProjection.WIDTH;
    }

    /** Writes the map (an SVG figure) to {@code html}. */
    void writeMap(Html html, CoverageReport coverage, PageText text) {
        Map<MunicipalityCode, MunicipalityCoverage> byCode = coverage.getMunicipalities().stream()
                .collect(Collectors.toMap(m -> m.getMunicipality().getCode(), Function.identity()));
        String viewBox = "0 0 " + format(MapProjection.WIDTH) + " " + format(MapProjection.height());
        html.open("figure", "class", "map");
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", viewBox, "width",
                Integer.toString(WIDTH_PX), "height", format(heightPx()), "role", "img", "aria-label",
                text.get("map.label", text.date(coverage.getDay()), text.get("table.coverage")));
        html.newline();
        for (MunicipalityShapes.Shape shape : shapes.all()) {
            Optional<MunicipalityCoverage> line = Optional.ofNullable(byCode.get(shape.code()));
            CoverageStatus status = line.map(MunicipalityCoverage::getStatus).orElse(CoverageStatus.NONE);
            String name = line.map(m -> m.getMunicipality().getName()).orElse(shape.name());
            html.open("path", "d", SvgPath.of(shape.rings()), "fill", Palette.of(status), "data-code",
                    shape.code().value(), "data-status", status.name());
            html.element("title", tooltip(name, status, line.flatMap(MunicipalityCoverage::getDecidingAgreement),
                    text));
            html.close("path").newline();
        }
        html.close("svg");
        html.open("figcaption", "class", "attribution").text(ATTRIBUTION).text(" ")
                .element("a", text.get("map.attribution.terms"), "href", TERMS_URL).close("figcaption");
        html.close("figure").newline();
    }

    /** Writes the legend: a swatch, the status and its count for each status, then the total. */
    void writeLegend(Html html, CoverageReport coverage, PageText text) {
        StatusCounts totals = coverage.totals();
        html.element("h2", text.get("legend.heading"));
        html.open("ul", "class", "legend");
        for (CoverageStatus status : CoverageStatus.values()) {
            html.open("li", "data-status", status.name());
            html.open("svg", "class", "swatch", "width", "16", "height", "16", "aria-hidden", "true")
                    .empty("rect", "width", "16", "height", "16", "fill", Palette.of(status), "stroke", "#555")
                    .close("svg");
            html.element("span", text.of("status", status), "class", "label");
            html.element("span", Integer.toString(totals.count(status)), "class", "count");
            html.close("li");
        }
        html.open("li", "class", "total").element("span", text.get("legend.total"), "class", "label")
                .element("span", Integer.toString(totals.total()), "class", "count").close("li");
        html.close("ul").newline();
    }

    /** Writes the coverage of every municipality as a table, which screen readers read instead of the map. */
    void writeTable(Html html, CoverageReport coverage, PageText text) {
        html.open("table", "id", "coverage-table", "class", "visually-hidden");
        html.element("caption", text.get("table.coverage"));
        Tables.header(html, text, "col.municipality", "col.region", "col.localUnion", "col.status", "col.agreement",
                "col.period", "col.phase");
        html.open("tbody");
        for (MunicipalityCoverage m : coverage.getMunicipalities()) {
            Optional<AgreementSummary> a = m.getDecidingAgreement();
            Tables.row(html, "", m.getMunicipality().getName(), m.getMunicipality().getRegionName(),
                    m.getMunicipality().getLocalUnionName().orElse(text.get("noLocalUnion")),
                    text.of("status", m.getStatus()), a.map(AgreementSummary::getTitle).orElse(""),
                    a.flatMap(AgreementSummary::getPeriod).map(text::period).orElse(""),
                    a.map(s -> text.of("phase", s.getPhase())).orElse(""));
        }
        html.close("tbody").close("table").newline();
    }

    private static String tooltip(String name, CoverageStatus status, Optional<AgreementSummary> agreement,
            PageText text) {
        StringBuilder tip = new StringBuilder(name).append(": ").append(text.of("status", status));
        agreement.ifPresent(a -> {
            tip.append('\n').append(a.getTitle());
            a.getPeriod().ifPresent(p -> tip.append('\n').append(text.period(p)));
            tip.append('\n').append(text.get("col.phase")).append(": ").append(text.of("phase", a.getPhase()));
        });
        return tip.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
