package dk.welfarealliance.report.html;

import static dk.welfarealliance.report.html.Portfolio.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The markup of the page's tables, which screen readers depend on: column headers, row headers, row classes. */
class TablesMarkupTest {
    private final Document page = Jsoup.parse(Portfolio.standard().page.render(TODAY, Locale.ENGLISH));

    @Test
    void every_body_row_of_every_table_is_headed_by_its_first_cell_and_the_rest_are_data() {
        assertThat(page.select("table")).hasSize(3);
        for (Element row : page.select("table tbody tr")) {
            assertThat(row.child(0).tagName()).as(row.text()).isEqualTo("th");
            assertThat(row.child(0).attr("scope")).isEqualTo("row");
            assertThat(row.children().stream().skip(1).map(Element::tagName)).as(row.text()).containsOnly("td");
        }
    }

    @Test
    void every_table_names_its_columns_in_a_header_row() {
        assertThat(page.select("table.elite thead th").eachText()).containsExactly("Municipality", "Agreement",
                "Commitment", "Minimum", "Deadline", "Events so far", "Status");
        assertThat(page.select("table.pipeline thead th").eachText()).containsExactly("Municipality", "Local union",
                "Agreement", "Ends", "Phase", "Successor", "Successor's state", "At risk");
        assertThat(page.select("#coverage-table thead th").eachText()).containsExactly("Municipality", "Region",
                "Local union", "Coverage", "Agreement", "Period", "Phase");
        assertThat(page.select("table thead th").eachAttr("scope")).containsOnly("col");
    }

    @Test
    void a_term_at_risk_is_marked_by_its_row_class_and_other_rows_carry_no_class() {
        assertThat(page.select("table.pipeline tbody tr").eachAttr("class")).containsOnly("at-risk").hasSize(2);
        assertThat(page.select("#coverage-table tbody tr, table.elite tbody tr"))
                .allSatisfy(row -> assertThat(row.hasAttr("class")).as(row.text()).isFalse());
    }

    @Test
    void a_commitment_is_described_by_its_kind_age_group_gender_and_description() {
        Portfolio portfolio = new Portfolio();
        portfolio.signed(Portfolio.VEJLE, "Vejle", dk.welfarealliance.AgreementPeriod.of(
                java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2026, 12, 31)),
                b -> b.addEliteCommitments(dk.welfarealliance.EliteCommitment.builder()
                        .kind(dk.welfarealliance.EliteEventKind.YOUTH_INTERNATIONAL).ageGroup(dk.welfarealliance.AgeGroup.U17)
                        .gender(dk.welfarealliance.TeamGender.WOMEN).description("Pigelandskampe").build()));
        Document elite = Jsoup.parse(portfolio.page.render(TODAY, Locale.ENGLISH));

        assertThat(elite.select("table.elite tbody tr td").eachText())
                .contains("Youth international U17, women: Pigelandskampe");
    }
}
