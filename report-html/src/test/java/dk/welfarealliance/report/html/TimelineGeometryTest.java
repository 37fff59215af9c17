package dk.welfarealliance.report.html;

import static dk.welfarealliance.report.html.Portfolio.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Phase;
import dk.welfarealliance.report.CoverageStatus;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * Where the timeline draws things: each bar over its days on the year axis, rows one under the other with the
 * name beside its bar, the day's line at the day, the marks of open ends, early terminations and renewals at
 * the ends they mark, and a key for every kind of mark. Positions are read from the page and compared with the
 * axis the page itself draws (its yearly lines), so the tests hold whatever the width of the drawing.
 */
class TimelineGeometryTest {
    /** The page writes coordinates to a tenth; two rounded values may differ by up to that much. */
    private static final Offset<Double> ROUNDING = within(0.11);
    /** An arrow head six wide and as high as a bar, pointing right from its first point. */
    private static final Pattern ARROW = Pattern.compile("M([0-9.]+) ([0-9.]+)l6 6l-6 6z");

    private final Document page = Jsoup.parse(Portfolio.standard().page.render(TODAY, Locale.ENGLISH));
    private final Element timeline = page.selectFirst("svg.timeline");
    /** The axis: one line a year, from 2014 on. */
    private final List<Double> years = yearLines(timeline);

    @Test
    void the_axis_runs_from_the_labels_to_the_right_edge_one_line_a_year_each_labelled_above_the_bars() {
        assertThat(years.get(0)).as("1 January 2014").isEqualTo(170.0);
        assertThat(years.get(years.size() - 1)).as("the end of the axis").isEqualTo(990.0);
        assertThat(years).isSorted().doesNotHaveDuplicates();
        Elements labels = timeline.select("text.year");
        assertThat(labels).hasSize(years.size() - 1);
        for (int i = 0; i < labels.size(); i++) {
            assertThat(labels.get(i).text()).isEqualTo(Integer.toString(2014 + i));
            assertThat(number(labels.get(i), "x")).as("label %s", 2014 + i).isEqualTo(years.get(i) + 2, ROUNDING);
            assertThat(number(labels.get(i), "y")).as("above the first row").isLessThan(firstBarTop());
        }
    }

    @Test
    void a_bar_runs_from_the_first_day_of_its_term_to_the_day_after_its_last() {
        Element aalborg = rect("851", "Velfærdsalliance Aalborg");
        assertThat(number(aalborg, "x")).isEqualTo(at(LocalDate.of(2022, 1, 1)), ROUNDING);
        assertThat(end(aalborg)).isEqualTo(at(LocalDate.of(2026, 1, 1)), ROUNDING);

        Element koebenhavn = rect("101", "København");
        assertThat(number(koebenhavn, "x")).as("1 June 2024, within its year").isEqualTo(at(LocalDate.of(2024, 6, 1)), ROUNDING);
        assertThat(end(koebenhavn)).isEqualTo(at(LocalDate.of(2027, 6, 1)), ROUNDING);
        assertThat(aalborg.attr("height")).isEqualTo("12");
    }

    @Test
    void rows_stand_one_under_the_other_each_name_beside_its_bars_and_all_inside_the_drawing() {
        Elements rows = timeline.select("g.row");
        double height = number(timeline, "height");
        assertThat(height).isEqualTo(26 + 20.0 * rows.size() + 4);
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            double top = firstBarTop() + 20.0 * i;
            Element name = row.selectFirst("text.name");
            assertThat(number(name, "y")).as("the baseline of the name of row %d, near its bar's bottom", i)
                    .isEqualTo(top + 10);
            assertThat(number(name, "x")).as("left of the axis").isLessThan(years.get(0));
            for (Element bar : row.select("g.bar > rect:not(.terminated-rest)")) {
                assertThat(number(bar, "y")).as("a bar of row %d", i).isEqualTo(top);
                assertThat(number(bar, "y") + 12).isLessThanOrEqualTo(height);
            }
        }
    }

    @Test
    void the_day_is_marked_by_a_line_through_every_row_at_the_day() {
        Element day = timeline.selectFirst("line.day");
        assertThat(number(day, "x1")).isEqualTo(at(TODAY), ROUNDING).isEqualTo(number(day, "x2"));
        assertThat(number(day, "y1")).isLessThan(firstBarTop());
        assertThat(number(day, "y2")).isEqualTo(number(timeline, "height"));
        assertThat(number(timeline.selectFirst("text.day-label"), "x")).isEqualTo(number(day, "x1"));
    }

    @Test
    void a_term_with_no_recorded_end_has_an_arrow_at_its_end_and_a_dated_one_none() {
        Element aarhus = bar("751", "Aarhus fra 2023");
        Element odense = bar("461", "Odense");
        for (Element bar : List.of(aarhus, odense)) {
            Element rect = bar.selectFirst("rect");
            Element arrow = bar.selectFirst("path");
            assertThat(arrow).as(bar.selectFirst("title").wholeText()).isNotNull();
            Matcher d = ARROW.matcher(arrow.attr("d"));
            assertThat(d.matches()).as("an arrow head: %s", arrow.attr("d")).isTrue();
            assertThat(Double.parseDouble(d.group(1))).as("at the bar's end").isEqualTo(end(rect), ROUNDING);
            assertThat(Double.parseDouble(d.group(2))).as("at the bar's top").isEqualTo(number(rect, "y"));
        }
        assertThat(bar("851", "Velfærdsalliance Aalborg").select("path")).isEmpty();
        assertThat(bar("101", "København").select("path")).isEmpty();
    }

    @Test
    void a_term_terminated_early_is_filled_to_its_last_day_and_outlined_from_there_to_its_planned_end() {
        Element terminated = bar("751", "Aarhus 2020–2023");
        Element filled = terminated.selectFirst("rect:not(.terminated-rest)");
        Element rest = terminated.selectFirst("rect.terminated-rest");

        assertThat(number(filled, "x")).isEqualTo(at(LocalDate.of(2020, 1, 1)), ROUNDING);
        assertThat(end(filled)).as("the day after 30 June 2022").isEqualTo(at(LocalDate.of(2022, 7, 1)), ROUNDING);
        assertThat(number(rest, "x")).isEqualTo(end(filled), ROUNDING);
        assertThat(end(rest)).as("the day after the planned end").isEqualTo(at(LocalDate.of(2024, 1, 1)), ROUNDING);
        assertThat(number(rest, "y")).isEqualTo(number(filled, "y") + 1);
        assertThat(number(rest, "height")).isEqualTo(10.0);
        assertThat(bar("751", "Aarhus 2016–2019").select("rect.terminated-rest")).as("a term that ran out").isEmpty();
    }

    @Test
    void a_renewal_has_a_ring_at_its_start_and_a_first_term_none() {
        for (String title : List.of("Aarhus 2020–2023", "Aarhus fra 2023")) {
            Element bar = bar("751", title);
            Element ring = bar.selectFirst("circle.renewal");
            assertThat(number(ring, "cx")).as(title).isEqualTo(number(bar.selectFirst("rect"), "x"));
            assertThat(number(ring, "cy")).isEqualTo(number(bar.selectFirst("rect"), "y") + 6);
        }
        assertThat(bar("751", "Aarhus 2016–2019").select("circle")).isEmpty();
    }

    @Test
    void signed_bars_are_filled_in_the_colour_of_their_phase_and_an_abandoned_draft_is_struck_through_in_grey() {
        assertThat(rect("851", "Velfærdsalliance Aalborg").attr("fill")).isEqualTo(Palette.of(CoverageStatus.IN_FORCE));
        assertThat(rect("561", "Velfærdsalliance Esbjerg").attr("fill")).isEqualTo(Palette.of(CoverageStatus.ENDED));
        assertThat(rect("101", "København").attr("fill")).isEqualTo(Palette.of(CoverageStatus.UPCOMING));

        Element abandoned = bar("561", "Esbjerg 2022–2025");
        Element outline = abandoned.selectFirst("rect");
        Element strike = abandoned.selectFirst("line");
        assertThat(outline.attr("stroke")).isEqualTo(Palette.of(Phase.ABANDONED)).isEqualTo("#999999");
        assertThat(number(strike, "x1")).isEqualTo(number(outline, "x"));
        assertThat(number(strike, "x2")).isEqualTo(end(outline), ROUNDING);
        assertThat(number(strike, "y1")).isEqualTo(number(outline, "y") + 6).isEqualTo(number(strike, "y2"));
    }

    @Test
    void the_key_draws_and_names_every_kind_of_mark_then_the_day_line() {
        Elements items = page.select("ul.key > li");

        assertThat(items.eachText()).containsExactly("signed term, in force", "signed term, ended",
                "signed term, upcoming", "signed, end not recorded", "rest of a term terminated early",
                "renewal of the term before", "draft in dialogue or approved", "draft on hold", "abandoned draft",
                "the day shown");
        for (Element item : items) {
            assertThat(item.select("svg > rect, svg > line")).as(item.text()).isNotEmpty();
        }
        assertThat(items.get(0).selectFirst("rect").attr("fill")).isEqualTo(Palette.of(CoverageStatus.IN_FORCE));
        assertThat(items.get(4).selectFirst("rect").attr("stroke-dasharray")).isEqualTo("3 2");
        assertThat(items.get(5).select("circle")).hasSize(1);
        assertThat(items.get(9).selectFirst("line").attr("stroke")).isEqualTo(Palette.DAY);
    }

    @Test
    void drawings_are_well_formed_svg_with_no_stray_markup_as_text() {
        assertThat(page.select("svg").text()).doesNotContain("/>");
        Element map = page.selectFirst("figure.map svg");
        String[] box = map.attr("viewbox").split(" ");
        assertThat(box).hasSize(4);
        double ratio = Double.parseDouble(box[3]) / Double.parseDouble(box[2]);
        assertThat(number(map, "height") / number(map, "width")).as("the map keeps its aspect")
                .isEqualTo(ratio, within(0.01));
    }

    @Test
    void an_alliance_without_an_agreement_has_no_row() {
        Portfolio portfolio = Portfolio.standard();
        portfolio.alliance(dk.welfarealliance.MunicipalityCode.of("147"));
        Document withEmpty = Jsoup.parse(portfolio.page.render(TODAY, Locale.ENGLISH));

        assertThat(withEmpty.select("svg.timeline g.row").eachAttr("data-code")).doesNotContain("147").hasSize(7);
    }

    @Test
    void on_a_past_day_the_timeline_leaves_out_the_agreements_no_step_of_which_had_happened_by_then() {
        Document past = Jsoup.parse(Portfolio.standard().page.render(LocalDate.of(2019, 6, 1), Locale.ENGLISH));

        Elements rows = past.select("svg.timeline g.row");
        assertThat(rows.select("text.name").eachText()).containsExactly("Aarhus", "Esbjerg", "Odense");
        assertThat(rows.select("g.bar > title").eachText()).allMatch(t -> t.startsWith("Aarhus 2016–2019")
                || t.startsWith("Velfærdsalliance Esbjerg") || t.startsWith("Odense"));
    }

    @Test
    void a_bar_of_a_single_day_is_still_wide_enough_to_see() {
        Element bornholm = rect("400", "Bornholm i dialog");

        assertThat(number(bornholm, "x")).isEqualTo(at(TODAY), ROUNDING);
        assertThat(number(bornholm, "width")).isEqualTo(2.0);
    }

    @Test
    void a_draft_is_pale_and_one_on_hold_paler_and_dashed() {
        Element draft = rect("400", "Bornholm i dialog");
        Element onHold = rect("630", "Vejle 2025–2028");

        assertThat(draft.attr("fill-opacity")).isEqualTo("0.4");
        assertThat(draft.attr("stroke-dasharray")).isEqualTo("none");
        assertThat(onHold.attr("fill-opacity")).isEqualTo("0.15");
        assertThat(onHold.attr("stroke-dasharray")).isEqualTo("4 2");
        assertThat(List.of(draft.attr("fill"), onHold.attr("fill"))).containsOnly(Palette.of(Phase.DRAFT));
    }

    @Test
    void a_tooltip_names_the_agreement_its_period_its_termination_its_phase_and_what_it_renews() {
        assertThat(bar("751", "Aarhus 2020–2023").selectFirst("title").wholeText()).isEqualTo("Aarhus 2020–2023\n"
                + "2020-01-01 to 2023-12-31\nTerminated early: 2022-06-30\nPhase: Ended (Terminated early)\n"
                + "renews Aarhus 2016–2019");
    }

    @Test
    void terms_outside_the_axis_are_left_out_and_a_term_running_past_its_end_is_cut_there() {
        Portfolio portfolio = new Portfolio();
        portfolio.signed(Portfolio.AALBORG, "Gammel aftale", dk.welfarealliance.AgreementPeriod.of(
                LocalDate.of(2009, 1, 1), LocalDate.of(2012, 12, 31)), b -> b);
        portfolio.signed(Portfolio.ODENSE, "Lang aftale", dk.welfarealliance.AgreementPeriod.of(
                LocalDate.of(2023, 1, 1), LocalDate.of(2040, 12, 31)), b -> b);
        Document far = Jsoup.parse(portfolio.page.render(TODAY, Locale.ENGLISH));

        Element axis = far.selectFirst("svg.timeline");
        assertThat(axis.select("g.row text.name").eachText()).containsExactly("Odense");
        assertThat(axis.select("text.year").eachText()).as("up to eleven years past the day")
                .endsWith("2034", "2035");
        Element bar = axis.selectFirst("g.row g.bar > rect");
        assertThat(number(bar, "x") + number(bar, "width")).isEqualTo(990.0, ROUNDING);
    }

    @Test
    void the_axis_runs_at_least_two_years_past_the_day() {
        Portfolio portfolio = new Portfolio();
        portfolio.signed(Portfolio.AALBORG, "Kort aftale", dk.welfarealliance.AgreementPeriod.of(
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)), b -> b);
        Document page = Jsoup.parse(portfolio.page.render(TODAY, Locale.ENGLISH));

        assertThat(page.select("svg.timeline text.year").eachText()).endsWith("2025", "2026");
    }

    @Test
    void a_draft_without_a_period_runs_from_its_first_step_to_the_day_or_to_its_abandonment() {
        MovableClock clock = new MovableClock(LocalDate.of(2023, 5, 1));
        Portfolio portfolio = new Portfolio(clock);
        AllianceId alliance = portfolio.alliance(Portfolio.BORNHOLM);
        AgreementId first = portfolio.service.execute(alliance, OpenAgreement.titled("Første udkast"), Portfolio.ACTOR)
                .agreement().getId();
        clock.set(LocalDate.of(2023, 9, 1));
        portfolio.service.execute(alliance, AbandonAgreement.of(first, "Ingen midler"), Portfolio.ACTOR);
        clock.set(LocalDate.of(2023, 11, 1));
        portfolio.service.execute(alliance, OpenAgreement.titled("Andet udkast"), Portfolio.ACTOR);
        clock.set(TODAY);
        Document drafts = Jsoup.parse(portfolio.page.render(TODAY, Locale.ENGLISH));
        Element axis = drafts.selectFirst("svg.timeline");
        List<Double> lines = yearLines(axis);

        Element abandoned = barRect(axis, "Første udkast");
        assertThat(number(abandoned, "x")).isEqualTo(at(lines, LocalDate.of(2023, 5, 1)), ROUNDING);
        assertThat(end(abandoned)).as("to the day it was abandoned")
                .isEqualTo(at(lines, LocalDate.of(2023, 9, 2)), ROUNDING);
        Element open = barRect(axis, "Andet udkast");
        assertThat(number(open, "x")).as("from its own first step")
                .isEqualTo(at(lines, LocalDate.of(2023, 11, 1)), ROUNDING);
        assertThat(end(open)).as("to the day shown").isEqualTo(at(lines, TODAY.plusDays(1)), ROUNDING);
    }

    @Test
    void the_rest_of_a_term_terminated_the_day_before_its_planned_end_is_still_drawn() {
        Portfolio portfolio = new Portfolio();
        AgreementId agreement = portfolio.signed(Portfolio.AALBORG, "Næsten hele vejen", dk.welfarealliance.AgreementPeriod.of(
                LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)), b -> b);
        portfolio.service.execute(portfolio.alliance(Portfolio.AALBORG),
                TerminateAgreement.of(agreement, LocalDate.of(2023, 12, 30), "Opsagt"), Portfolio.ACTOR);
        Document page = Jsoup.parse(portfolio.page.render(TODAY, Locale.ENGLISH));

        Element rest = page.selectFirst("svg.timeline rect.terminated-rest");
        assertThat(number(rest, "width")).as("one day, at least one unit wide").isEqualTo(1.0);
    }

    @Test
    void a_term_whose_end_is_not_recorded_ends_the_day_before_the_next_term_and_without_one_at_the_axis_end() {
        Portfolio portfolio = new Portfolio();
        AgreementId unrecorded = portfolio.signed(Portfolio.ODENSE, "Odense uden slutdato",
                dk.welfarealliance.AgreementPeriod.endNotRecorded(LocalDate.of(2016, 1, 1)), b -> b);
        portfolio.renewed(Portfolio.ODENSE, unrecorded, "Odense 2020–2023",
                dk.welfarealliance.AgreementPeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)));
        portfolio.signed(Portfolio.AALBORG, "Aalborg uden slutdato",
                dk.welfarealliance.AgreementPeriod.endNotRecorded(LocalDate.of(2019, 1, 1)), b -> b);
        Element axis = Jsoup.parse(portfolio.page.render(TODAY, Locale.ENGLISH)).selectFirst("svg.timeline");
        List<Double> lines = yearLines(axis);

        assertThat(end(barRect(axis, "Odense uden slutdato"))).as("where the next term starts")
                .isEqualTo(at(lines, LocalDate.of(2020, 1, 1)), ROUNDING);
        assertThat(end(barRect(axis, "Aalborg uden slutdato"))).as("no later term: to the end of the axis")
                .isEqualTo(lines.get(lines.size() - 1), ROUNDING);
    }

    /** @return the rectangle of the bar titled {@code title} */
    private static Element barRect(Element axis, String title) {
        return axis.select("g.bar").stream().filter(b -> b.selectFirst("title").wholeText().startsWith(title + "\n"))
                .findFirst().orElseThrow(() -> new AssertionError("no bar " + title)).selectFirst("rect");
    }

    /** @return the x of each yearly line of the timeline {@code svg}, from 1 January 2014 on */
    private static List<Double> yearLines(Element svg) {
        return svg.select("> line:not(.day)").stream().map(l -> number(l, "x1")).toList();
    }

    /** @return the x of {@code date} on the page's axis, between the lines of its year and the next */
    private double at(LocalDate date) {
        return at(years, date);
    }

    /** @return the x of {@code date} on the axis whose yearly lines are at {@code lines} */
    private static double at(List<Double> lines, LocalDate date) {
        double start = lines.get(date.getYear() - 2014);
        double next = lines.get(date.getYear() - 2013);
        double share = (double) ChronoUnit.DAYS.between(LocalDate.of(date.getYear(), 1, 1), date) / date.lengthOfYear();
        return start + (next - start) * share;
    }

    private double firstBarTop() {
        return number(timeline.selectFirst("g.row g.bar > rect"), "y");
    }

    private Element bar(String code, String title) {
        return timeline.select("g.row[data-code=" + code + "] g.bar").stream()
                .filter(b -> b.selectFirst("title").wholeText().startsWith(title + "\n")).findFirst()
                .orElseThrow(() -> new AssertionError("no bar " + title + " in row " + code));
    }

    private Element rect(String code, String title) {
        return bar(code, title).selectFirst("rect");
    }

    private static double end(Element rect) {
        return number(rect, "x") + number(rect, "width");
    }

    private static double number(Element element, String attribute) {
        String value = element.attr(attribute);
        assertThat(value).as("%s of %s", attribute, element.tagName()).isNotEmpty();
        return Double.parseDouble(value);
    }
}
