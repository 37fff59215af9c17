package dk.welfarealliance.report.html;

import static dk.welfarealliance.report.html.Portfolio.AALBORG;
import static dk.welfarealliance.report.html.Portfolio.BORNHOLM;
import static dk.welfarealliance.report.html.Portfolio.ESBJERG;
import static dk.welfarealliance.report.html.Portfolio.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.report.CoverageReport;
import dk.welfarealliance.report.CoverageStatus;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class PortfolioPageStructureTest {
    private static final Locale ENGLISH = Locale.ENGLISH;

    private static Document page(Portfolio portfolio, Locale locale) {
        return Jsoup.parse(portfolio.page.render(TODAY, locale));
    }

    @Test
    void the_legend_counts_each_status_as_the_coverage_report_does() {
        Portfolio portfolio = Portfolio.standard();
        CoverageReport coverage = Reports.of(portfolio.service).coverage(TODAY);
        Document page = page(portfolio, ENGLISH);

        for (CoverageStatus status : CoverageStatus.values()) {
            Element item = page.selectFirst("ul.legend li[data-status=" + status.name() + "]");
            assertThat(item.selectFirst(".count").text()).as(status.name())
                    .isEqualTo(Integer.toString(coverage.totals().count(status)));
        }
        assertThat(page.selectFirst("ul.legend li.total .count").text()).isEqualTo("98");
        assertThat(page.selectFirst("ul.legend li[data-status=IN_FORCE] .count").text()).isEqualTo("3");
        assertThat(page.selectFirst("ul.legend li[data-status=NONE] .count").text()).isEqualTo("91");
    }

    @Test
    void the_map_draws_each_municipality_once_in_the_colour_of_its_status_with_a_tooltip() {
        Document page = page(Portfolio.standard(), ENGLISH);

        Elements paths = page.select("figure.map svg path");
        assertThat(paths).hasSize(98);
        assertThat(paths.eachAttr("data-code")).doesNotHaveDuplicates();
        assertThat(fill(page, AALBORG.value())).isEqualTo(Palette.of(CoverageStatus.IN_FORCE));
        assertThat(fill(page, ESBJERG.value())).isEqualTo(Palette.of(CoverageStatus.ENDED));
        assertThat(fill(page, BORNHOLM.value())).isEqualTo(Palette.of(CoverageStatus.IN_DIALOGUE));
        assertThat(page.selectFirst("path[data-code=851] > title").wholeText())
                .contains("Aalborg: In force", "Velfærdsalliance Aalborg", "2022-01-01 to 2025-12-31",
                        "Phase: In force");
        assertThat(page.selectFirst("path[data-code=400] > title").wholeText())
                .contains("Bornholm: In dialogue", "Bornholm i dialog", "Phase: Draft");
    }

    @Test
    void the_coverage_table_gives_screen_readers_the_map_by_name() {
        Document page = page(Portfolio.standard(), ENGLISH);

        Element table = page.getElementById("coverage-table");
        assertThat(table.select("tbody tr")).hasSize(98);
        assertThat(page.selectFirst("figure.map svg").attr("aria-label")).contains("Coverage by municipality");
        assertThat(cells(table, "Aalborg")).containsExactly("Aalborg", "Region Nordjylland", "DBU Jylland",
                "In force", "Velfærdsalliance Aalborg", "2022-01-01 to 2025-12-31", "In force");
        assertThat(cells(table, "Esbjerg")).contains("Ended");
    }

    @Test
    void the_pipeline_names_municipalities_and_local_unions_not_codes() {
        Document page = page(Portfolio.standard(), ENGLISH);

        Element table = page.selectFirst("table.pipeline");
        assertThat(table.select("tbody tr")).hasSize(2);
        assertThat(cells(table, "Vejle")).containsExactly("Vejle", "DBU Jylland", "Vejle", "2024-12-31", "In force",
                "Vejle 2025–2028", "On hold", "yes: successor on hold");
        assertThat(cells(table, "Aalborg")).endsWith("none", "none", "yes: no successor");
        assertThat(table.select("td, th").eachText()).doesNotContain("630", "851", "JYL");
        assertThat(page.selectFirst("h2#pipeline").text()).isEqualTo(
                "Renewal pipeline: terms ending 1 March 2024 to 1 March 2027");
    }

    @Test
    void the_elite_table_sets_each_commitment_against_its_events() {
        Document page = page(Portfolio.standard(), ENGLISH);

        Element table = page.selectFirst("table.elite");
        assertThat(table.select("tbody tr")).hasSize(1);
        assertThat(cells(table, "Vejle")).containsExactly("Vejle", "Vejle",
                "Youth international U19: Ungdomslandskampe", "2", "", "1", "At risk");
    }

    @Test
    void the_timeline_has_a_row_per_municipality_with_an_agreement_each_kind_of_term_drawn_and_the_day_marked() {
        Document page = page(Portfolio.standard(), ENGLISH);

        Elements rows = page.select("svg.timeline g.row");
        assertThat(rows.select("text.name").eachText()).containsExactly("Aalborg", "Aarhus", "Bornholm", "Esbjerg",
                "København", "Odense", "Vejle");
        Element aarhus = page.selectFirst("svg.timeline g.row[data-code=751]");
        assertThat(aarhus.select("g.bar").eachAttr("data-state")).containsExactlyInAnyOrder("SIGNED", "TERMINATED",
                "SIGNED");
        assertThat(aarhus.select("rect.terminated-rest")).hasSize(1);
        assertThat(aarhus.select("circle.renewal")).hasSize(2);
        assertThat(page.select("svg.timeline g.row[data-code=561] g.bar").eachAttr("data-state"))
                .containsExactlyInAnyOrder("SIGNED", "ABANDONED");
        assertThat(page.select("svg.timeline g.row[data-code=630] g.bar").eachAttr("data-state"))
                .containsExactlyInAnyOrder("SIGNED", "ON_HOLD");
        assertThat(page.select("svg.timeline g.row[data-code=461] g.bar").attr("data-phase"))
                .isEqualTo("POSSIBLY_IN_FORCE");
        assertThat(page.select("svg.timeline text.year").eachText()).startsWith("2014", "2015").contains("2027");
        assertThat(page.select("svg.timeline line.day")).hasSize(1);
        assertThat(page.selectFirst("svg.timeline text.day-label").text()).isEqualTo("1 March 2024");
        assertThat(aarhus.select("g.bar > title").eachText()).anyMatch(t -> t.contains("renews Aarhus 2016–2019"));
    }

    @Test
    void a_portfolio_without_agreements_says_so_instead_of_an_empty_timeline() {
        Document page = page(new Portfolio(), ENGLISH);

        assertThat(page.select("svg.timeline")).isEmpty();
        assertThat(page.select("p.empty").eachText()).containsExactly("No municipality has an agreement yet.",
                "No term ends in this period.", "No elite commitments.");
        assertThat(page.selectFirst("ul.legend li[data-status=NONE] .count").text()).isEqualTo("98");
    }

    @Test
    void labels_and_dates_are_danish_for_a_danish_locale() {
        Document page = page(Portfolio.standard(), Locale.forLanguageTag("da-DK"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Velfærdsalliancer med DBU");
        assertThat(page.selectFirst("p.day").text()).isEqualTo("Dækning pr. 1. marts 2024");
        assertThat(page.selectFirst("ul.legend li[data-status=IN_FORCE] .label").text()).isEqualTo("I kraft");
        assertThat(cells(page.getElementById("coverage-table"), "Esbjerg")).contains("Udløbet");
        assertThat(page.selectFirst("table.pipeline thead").text()).startsWith("Kommune Lokalunion Aftale");
    }

    @Test
    void labels_are_english_for_any_other_locale_whatever_the_jvm_default() {
        Document page = page(Portfolio.standard(), Locale.GERMANY);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Welfare alliances of DBU");
        assertThat(page.selectFirst("ul.legend li[data-status=ENDED] .label").text()).isEqualTo("Ended");
    }

    @Test
    void the_page_shows_the_day_and_the_instant_the_data_is_as_of() {
        Document page = page(Portfolio.standard(), ENGLISH);

        assertThat(page.selectFirst("p.day").text()).isEqualTo("Coverage on 1 March 2024");
        assertThat(page.selectFirst("p.as-of").text()).startsWith("Data as of 2024-03-01 11:15:30 CET")
                .contains("last change stored 2024-03-01 11:15:30 CET");
    }

    @Test
    void the_page_runs_no_script_and_loads_nothing() {
        String html = Portfolio.standard().page.render(TODAY, ENGLISH);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, link, img, iframe, object, embed, use, image")).isEmpty();
        assertThat(page.select("[src], [srcset]")).isEmpty();
        assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                .map(a -> a.getKey().toLowerCase(Locale.ROOT))).noneMatch(k -> k.startsWith("on"));
        assertThat(html).doesNotContain("url(", "@import", "@font-face", "javascript:");
        assertThat(page.select("a[href]").eachAttr("href")).containsExactly(MapSection.TERMS_URL);
    }

    @Test
    void the_page_and_the_module_carry_the_attribution_of_the_boundaries() throws IOException {
        Document page = page(Portfolio.standard(), ENGLISH);

        assertThat(page.selectFirst("figure.map figcaption").text()).contains(
                "Indeholder data fra Geodatastyrelsen (nu Klimadatastyrelsen) og Danske Kommuner, DAGI",
                "Contains data from the Danish Geodata Agency (Geodatastyrelsen) and Danish municipalities, DAGI "
                        + "municipal boundaries 1:500,000, 2014-02-13.");
        try (InputStream notice = PortfolioPage.class.getResourceAsStream("municipalities-NOTICE.md")) {
            String text = new String(notice.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            assertThat(text).contains(MapSection.ATTRIBUTION.replaceAll("\\s+", " "), "CC BY 4.0");
        }
    }

    @Test
    void a_null_argument_is_rejected_naming_it() {
        PortfolioPage page = new Portfolio().page;

        assertThatThrownBy(() -> page.render(null, ENGLISH)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("day");
        assertThatThrownBy(() -> page.render(TODAY, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("locale");
    }

    private static String fill(Document page, String code) {
        return page.selectFirst("figure.map path[data-code=" + code + "]").attr("fill");
    }

    private static java.util.List<String> cells(Element table, String rowHeading) {
        return table.select("tbody tr").stream().filter(r -> r.child(0).text().equals(rowHeading)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rowHeading)).children().stream().map(Element::text)
                .toList();
    }
}
