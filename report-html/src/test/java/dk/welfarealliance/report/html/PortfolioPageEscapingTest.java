package dk.welfarealliance.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.reference.LocalUnion;
import dk.welfarealliance.reference.Municipality;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.reference.Region;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markup and script in every text the page takes from the data (agreement titles, commitment descriptions, the
 * catalogue's municipality, region and local union names) show as text and do nothing.
 */
class PortfolioPageEscapingTest {
    private static final String HOSTILE = " <script>alert('x')</script><img src=x onerror=\"alert(1)\">"
            + "<svg onload=alert(2)><title>t</title></svg></title></text></svg>&amp;\"'";

    @ParameterizedTest
    @ValueSource(strings = {"en", "da"})
    void markup_and_script_in_every_text_field_are_inert_and_shown_as_text(String language) {
        Portfolio portfolio = Portfolio.standard(new Portfolio(hostileCatalogue()), HOSTILE);
        String html = portfolio.page.render(Portfolio.TODAY, Locale.forLanguageTag(language));
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("svg svg")).as("no svg injected into an svg").isEmpty();
        assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                .map(a -> a.getKey().toLowerCase(Locale.ROOT))).noneMatch(k -> k.startsWith("on"));
        assertThat(html).doesNotContain("<script", "<img");
        assertThat(page.select("figure.map svg path")).hasSize(98);

        String cellTexts = String.join("\n", page.select("td, th").eachText());
        assertThat(cellTexts).contains("Velfærdsalliance Aalborg" + HOSTILE, "Aalborg" + HOSTILE,
                "Region Nordjylland" + HOSTILE, "DBU Jylland" + HOSTILE,
                "Ungdomslandskampe" + HOSTILE, "Vejle 2025–2028" + HOSTILE);
        assertThat(page.selectFirst("path[data-code=851] > title").wholeText())
                .contains("Aalborg" + HOSTILE, "Velfærdsalliance Aalborg" + HOSTILE);
        assertThat(page.select("svg.timeline g.row text.name").eachText()).contains("Aalborg" + HOSTILE);
        assertThat(page.select("svg.timeline g.bar > title").eachText())
                .anyMatch(t -> t.contains("Aarhus fra 2023" + HOSTILE));
    }

    private static ReferenceCatalogue hostileCatalogue() {
        ReferenceCatalogue bundled = ReferenceCatalogue.bundled();
        return ReferenceCatalogue.builder().from(bundled)
                .municipalities(bundled.getMunicipalities().stream()
                        .map(m -> Municipality.builder().from(m).name(m.getName() + HOSTILE).build()).toList())
                .regions(bundled.getRegions().stream()
                        .map(r -> Region.builder().from(r).name(r.getName() + HOSTILE).build()).toList())
                .localUnions(bundled.getLocalUnions().stream()
                        .map(u -> LocalUnion.builder().from(u).name(u.getName() + HOSTILE).build()).toList())
                .build();
    }
}
