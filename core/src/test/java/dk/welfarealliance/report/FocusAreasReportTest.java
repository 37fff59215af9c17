package dk.welfarealliance.report;

import static dk.welfarealliance.report.TestPortfolio.AARHUS;
import static dk.welfarealliance.report.TestPortfolio.ODENSE;
import static dk.welfarealliance.report.TestPortfolio.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FocusAreasReportTest {
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");
    private static final FocusAreaCode SCHOOL = FocusAreaCode.of("SKOLE_OG_DAGTILBUD");
    private static final FocusAreaCode STREET = FocusAreaCode.custom("gadefodbold");

    private final TestPortfolio portfolio = new TestPortfolio();

    private static Initiative initiative(String name, FocusAreaCode area, TargetGroup... groups) {
        return Initiative.builder().name(name).focusArea(area).addTargetGroups(groups).build();
    }

    private static FocusAreaCount area(FocusAreasAndTargetGroups report, FocusAreaCode code) {
        return report.focusAreas().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + code));
    }

    private static TargetGroupCount group(FocusAreasAndTargetGroups report, TargetGroup group) {
        return report.targetGroups().stream().filter(g -> g.group().equals(group)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + group));
    }

    private void healthInAarhusAndOdense() {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", Fixtures.TERM_2021_2024, b -> b.addFocusAreas(HEALTH, STREET)
                .addInitiatives(initiative("Fodbold Fitness", HEALTH, TargetGroup.INACTIVE),
                        initiative("Gadefodbold i Gellerup", STREET, TargetGroup.INACTIVE, TargetGroup.GIRLS)));
        portfolio.signed(ODENSE, "Velfærdsalliance Odense", Fixtures.TERM_2021_2024, b -> b.addFocusAreas(HEALTH)
                .addInitiatives(initiative("Gå Fodbold", HEALTH, TargetGroup.AGED_60_PLUS),
                        initiative("FC Demens", HEALTH, TargetGroup.DEMENTIA)));
    }

    @Test
    void a_catalogue_area_counts_the_terms_in_force_and_their_initiatives_under_its_catalogue_name() {
        healthInAarhusAndOdense();

        FocusAreasAndTargetGroups report = portfolio.reports.focusAreas(TODAY);

        assertThat(report.termsInForce()).isEqualTo(2);
        assertThat(area(report, HEALTH)).isEqualTo(new FocusAreaCount(HEALTH, false, "Health", "Sundhed", 2, 3, 0, 0));
    }

    @Test
    void custom_areas_are_listed_apart_from_catalogue_areas_under_their_code() {
        healthInAarhusAndOdense();

        FocusAreasAndTargetGroups report = portfolio.reports.focusAreas(TODAY);

        assertThat(report.customAreas()).containsExactly(
                new FocusAreaCount(STREET, true, "custom:gadefodbold", "custom:gadefodbold", 1, 1, 0, 0));
        assertThat(report.catalogueAreas()).extracting(FocusAreaCount::code).doesNotContain(STREET);
    }

    @Test
    void every_current_catalogue_area_is_listed_in_catalogue_order_even_when_no_term_covers_it() {
        healthInAarhusAndOdense();

        FocusAreasAndTargetGroups report = portfolio.reports.focusAreas(TODAY);

        assertThat(report.catalogueAreas()).extracting(FocusAreaCount::name).containsExactly("Health", "Social effort",
                "School and daycare", "Education", "Employment");
        assertThat(area(report, SCHOOL).termsInForce()).isZero();
    }

    @Test
    void a_target_group_counts_its_initiatives_and_the_terms_that_have_one() {
        healthInAarhusAndOdense();

        FocusAreasAndTargetGroups report = portfolio.reports.focusAreas(TODAY);

        assertThat(group(report, TargetGroup.INACTIVE)).isEqualTo(new TargetGroupCount(TargetGroup.INACTIVE, 1, 2, 0, 0));
        assertThat(report.targetGroups()).extracting(g -> g.group().code())
                .containsExactly("aged-60-plus", "dementia", "girls", "inactive");
    }

    @Test
    void a_term_whose_end_is_not_recorded_is_counted_apart_as_possibly_in_force_and_listed() {
        portfolio.signed(ODENSE, "Velfærdsalliance Odense", AgreementPeriod.endNotRecorded(LocalDate.of(2022, 1, 1)),
                b -> b.addFocusAreas(HEALTH).addInitiatives(initiative("Gå Fodbold", HEALTH, TargetGroup.AGED_60_PLUS)));

        FocusAreasAndTargetGroups report = portfolio.reports.focusAreas(TODAY);

        assertThat(report.termsInForce()).isZero();
        assertThat(report.possiblyInForce()).extracting(TermOnDay::municipalityName).containsExactly("Odense");
        assertThat(area(report, HEALTH)).isEqualTo(new FocusAreaCount(HEALTH, false, "Health", "Sundhed", 0, 0, 1, 1));
        assertThat(group(report, TargetGroup.AGED_60_PLUS))
                .isEqualTo(new TargetGroupCount(TargetGroup.AGED_60_PLUS, 0, 0, 1, 1));
    }

    @Test
    void an_open_ended_term_counts_as_in_force() {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", AgreementPeriod.openEnded(LocalDate.of(2022, 1, 1)),
                b -> b.addFocusAreas(HEALTH));

        assertThat(area(portfolio.reports.focusAreas(TODAY), HEALTH).termsInForce()).isEqualTo(1);
    }

    @Test
    void terms_that_have_ended_or_not_yet_started_are_not_counted() {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", AgreementPeriod.of(LocalDate.of(2018, 1, 1),
                LocalDate.of(2021, 12, 31)), b -> b.addFocusAreas(HEALTH));
        portfolio.signed(ODENSE, "Velfærdsalliance Odense", AgreementPeriod.of(LocalDate.of(2025, 1, 1),
                LocalDate.of(2028, 12, 31)), b -> b.addFocusAreas(HEALTH));

        FocusAreasAndTargetGroups report = portfolio.reports.focusAreas(TODAY);

        assertThat(report.termsInForce()).isZero();
        assertThat(area(report, HEALTH).termsInForce()).isZero();
    }

    @Test
    void on_a_past_day_the_terms_in_force_then_are_counted() {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", AgreementPeriod.of(LocalDate.of(2018, 1, 1),
                LocalDate.of(2021, 12, 31)), b -> b.addFocusAreas(HEALTH));

        FocusAreasAndTargetGroups report = portfolio.reports.focusAreas(LocalDate.of(2020, 6, 1));

        assertThat(report.termsInForce()).isEqualTo(1);
        assertThat(area(report, HEALTH).termsInForce()).isEqualTo(1);
    }

    @Test
    void on_today_only_alliances_with_a_term_in_force_or_possibly_in_force_are_read() {
        portfolio.reports.focusAreas(TODAY);

        AllianceCriteria.Builder dbu = AllianceCriteria.builder().federation(FederationCode.DBU);
        assertThat(portfolio.store.queried()).containsExactly(
                dbu.agreement(AgreementFilter.builder().inForceOn(TODAY).build()).build(),
                dbu.agreement(AgreementFilter.builder().possiblyInForceOn(TODAY).build()).build());
    }

    @Test
    void on_a_past_day_every_alliance_of_the_federation_is_read() {
        portfolio.reports.focusAreas(LocalDate.of(2020, 6, 1));

        assertThat(portfolio.store.queried())
                .containsExactly(AllianceCriteria.builder().federation(FederationCode.DBU).build());
    }

    @Test
    void the_table_lists_areas_by_name_then_target_groups() {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", Fixtures.TERM_2021_2024, b -> b.addFocusAreas(STREET)
                .addInitiatives(initiative("Gadefodbold i Gellerup", STREET, TargetGroup.GIRLS)));

        ReportTable table = portfolio.reports.focusAreas(TODAY).toTable();

        assertThat(table.getHeaders()).containsExactly("What", "Name", "Danish name", "Terms in force",
                "Initiatives in force", "Terms possibly in force", "Initiatives possibly in force");
        assertThat(table.getRows()).contains(
                List.of("catalogue focus area", "Health", "Sundhed", "0", "0", "0", "0"),
                List.of("custom focus area", "custom:gadefodbold", "custom:gadefodbold", "1", "1", "0", "0"),
                List.of("target group", "girls", "", "1", "1", "0", "0"));
    }

    @Test
    void an_unknown_federation_is_rejected() {
        Rejected.with(() -> portfolio.reports.focusAreas(FederationCode.of("DHF"), TODAY), "Reports", "federation",
                "catalogue.federation.unknown");
    }
}
