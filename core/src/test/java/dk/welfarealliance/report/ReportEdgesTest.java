package dk.welfarealliance.report;

import static dk.welfarealliance.report.TestPortfolio.AARHUS;
import static dk.welfarealliance.report.TestPortfolio.ODENSE;
import static dk.welfarealliance.report.TestPortfolio.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.TeamGender;
import dk.welfarealliance.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edges of the reports of today, through the lifecycle: goal levels reached exactly at the level in both
 * directions, commitments exactly at the at-risk share, shared events counted once per reference, target groups
 * counting only the initiatives that name them, historic focus areas shown when anything counts for them, and the
 * coverage tables by region and totals.
 */
class ReportEdgesTest {
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");
    private static final FocusAreaCode CHILDREN = FocusAreaCode.of("BOERN_OG_UNGE");

    private final TestPortfolio portfolio = new TestPortfolio();

    // Goal progress: the level reached exactly at it, upwards and downwards

    private GoalStatus statusOf(String baseline, String level, String measured) {
        Goal goal = Goal.builder().metric("Deltagere").unit(GoalUnit.COUNT).baseline(new BigDecimal(baseline))
                .target(GoalTarget.level(new BigDecimal(level))).build();
        AgreementId term = portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", Fixtures.TERM_2021_2024,
                b -> b.addFocusAreas(HEALTH).addInitiatives(Initiative.builder().name("Fodbold Fitness")
                        .focusArea(HEALTH).addGoals(goal).build()));
        portfolio.measure(AARHUS, term, 0, measured, LocalDate.of(2023, 6, 1));
        List<GoalLine> goals = portfolio.reports.goalProgress(TODAY).goals();
        assertThat(goals).hasSize(1);
        return goals.get(0).status();
    }

    @Test
    void an_upward_goal_measured_exactly_at_its_level_is_reached() {
        assertThat(statusOf("40", "120", "120")).isEqualTo(GoalStatus.REACHED);
    }

    @Test
    void an_upward_goal_measured_just_below_its_level_is_not_reached() {
        assertThat(statusOf("40", "120", "119.99")).isEqualTo(GoalStatus.NOT_REACHED);
    }

    @Test
    void a_downward_goal_measured_exactly_at_its_level_is_reached() {
        assertThat(statusOf("100", "60", "60")).isEqualTo(GoalStatus.REACHED);
    }

    @Test
    void a_downward_goal_measured_just_above_its_level_is_not_reached() {
        assertThat(statusOf("100", "60", "60.01")).isEqualTo(GoalStatus.NOT_REACHED);
    }

    @Test
    void a_goal_whose_level_equals_its_baseline_is_judged_upwards() {
        assertThat(statusOf("50", "50", "49")).isEqualTo(GoalStatus.NOT_REACHED);
    }

    @Test
    void a_goal_whose_level_equals_its_baseline_is_reached_at_the_level() {
        assertThat(statusOf("50", "50", "50")).isEqualTo(GoalStatus.REACHED);
    }

    // Elite delivery

    /** A term from today; its commitment's deadline three days on gives it 4 days, 1 to 4 March 2024. */
    private CommitmentDelivery fourDayCommitmentOn(LocalDate day, String atRiskShare) {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", AgreementPeriod.of(TODAY, LocalDate.of(2024, 12, 31)),
                b -> b.addEliteCommitments(EliteCommitment.builder().kind(EliteEventKind.YOUTH_INTERNATIONAL)
                        .minimumCount(3).deadline(LocalDate.of(2024, 3, 4)).build()));
        List<CommitmentDelivery> commitments = portfolio.reports.eliteDelivery(day, new BigDecimal(atRiskShare))
                .commitments();
        assertThat(commitments).hasSize(1);
        return commitments.get(0);
    }

    @Test
    void a_commitment_with_exactly_the_at_risk_share_of_its_days_left_is_not_at_risk() {
        CommitmentDelivery c = fourDayCommitmentOn(LocalDate.of(2024, 3, 3), "0.5");

        assertThat(c.shareLeft()).contains(new BigDecimal("0.5000"));
        assertThat(c.status()).isEqualTo(CommitmentStatus.ON_TRACK);
    }

    @Test
    void a_commitment_with_less_than_the_at_risk_share_of_its_days_left_is_at_risk() {
        CommitmentDelivery c = fourDayCommitmentOn(LocalDate.of(2024, 3, 4), "0.5");

        assertThat(c.shareLeft()).contains(new BigDecimal("0.2500"));
        assertThat(c.status()).isEqualTo(CommitmentStatus.AT_RISK);
    }

    @Test
    void events_with_different_shared_references_are_different_events() {
        AgreementId term = portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", Fixtures.TERM_2021_2024,
                b -> b.addEliteCommitments(EliteCommitment.atLeast(5, EliteEventKind.YOUTH_INTERNATIONAL)));
        portfolio.record(AARHUS, term, Fixtures.youthInternational(AgeGroup.U19, LocalDate.of(2023, 5, 1))
                .withSharedReference("DBU-2023-U19-1"));
        portfolio.record(AARHUS, term, Fixtures.youthInternational(AgeGroup.U19, LocalDate.of(2023, 9, 1))
                .withSharedReference("DBU-2023-U19-2"));

        EliteEventCount events = portfolio.reports.eliteDelivery(TODAY).events();

        assertThat(events.records()).isEqualTo(2);
        assertThat(events.distinctEvents()).isEqualTo(2);
        assertThat(events.distinctByKind()).containsEntry(EliteEventKind.YOUTH_INTERNATIONAL, 2);
    }

    @Test
    void the_commitments_with_a_status_are_exactly_those_with_it() {
        AgreementId term = portfolio.signed(AARHUS, "Velfærdsalliance Aarhus",
                AgreementPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)),
                b -> b.addEliteCommitments(EliteCommitment.atLeast(1, EliteEventKind.YOUTH_INTERNATIONAL),
                        EliteCommitment.atLeast(3, EliteEventKind.TRAINING_CAMP)));
        portfolio.record(AARHUS, term, Fixtures.youthInternational(AgeGroup.U19, LocalDate.of(2023, 5, 1)));

        EliteDelivery report = portfolio.reports.eliteDelivery(TODAY);

        assertThat(report.withStatus(CommitmentStatus.MET)).extracting(c -> c.commitment().getKind())
                .containsExactly(EliteEventKind.YOUTH_INTERNATIONAL);
        assertThat(report.withStatus(CommitmentStatus.ON_TRACK)).extracting(c -> c.commitment().getKind())
                .containsExactly(EliteEventKind.TRAINING_CAMP);
        assertThat(report.withStatus(CommitmentStatus.MISSED)).isEmpty();
    }

    @Test
    void the_commitment_column_names_its_age_group_and_gender() {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", Fixtures.TERM_2021_2024,
                b -> b.addEliteCommitments(EliteCommitment.builder().kind(EliteEventKind.YOUTH_INTERNATIONAL)
                        .ageGroup(AgeGroup.U19).gender(TeamGender.WOMEN).build()));

        ReportTable table = portfolio.reports.eliteDelivery(TODAY).toTable();

        int column = table.getHeaders().indexOf("Commitment");
        assertThat(table.getRows()).hasSize(1);
        assertThat(table.getRows().get(0).get(column)).startsWith("youth international").contains("U19")
                .contains("women");
    }

    // Focus areas and target groups

    private static FocusAreaCount area(FocusAreasAndTargetGroups report, FocusAreaCode code) {
        return report.focusAreas().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + code));
    }

    @Test
    void a_target_group_counts_only_the_initiatives_that_name_it() {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", Fixtures.TERM_2021_2024, b -> b.addFocusAreas(HEALTH)
                .addInitiatives(Initiative.builder().name("Pigefodbold").focusArea(HEALTH)
                                .addTargetGroups(TargetGroup.GIRLS).build(),
                        Initiative.builder().name("Fodbold Fitness").focusArea(HEALTH)
                                .addTargetGroups(TargetGroup.INACTIVE).build()));

        FocusAreasAndTargetGroups report = portfolio.reports.focusAreas(TODAY);

        assertThat(report.targetGroups()).containsExactlyInAnyOrder(new TargetGroupCount(TargetGroup.GIRLS, 1, 1, 0, 0),
                new TargetGroupCount(TargetGroup.INACTIVE, 1, 1, 0, 0));
    }

    @Test
    void a_historic_area_covered_by_a_term_in_force_with_an_initiative_is_shown() {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", Fixtures.TERM_2021_2024, b -> b.addFocusAreas(CHILDREN)
                .addInitiatives(Initiative.builder().name("Skolefodbold").focusArea(CHILDREN).build()));

        FocusAreasAndTargetGroups report = portfolio.reports.focusAreas(TODAY);

        assertThat(area(report, CHILDREN)).isEqualTo(
                new FocusAreaCount(CHILDREN, false, "Children and youth", "Børn & Unge", 1, 1, 0, 0));
    }

    @Test
    void a_historic_area_covered_only_by_a_term_possibly_in_force_with_an_initiative_is_shown() {
        portfolio.signed(ODENSE, "Velfærdsalliance Odense", AgreementPeriod.endNotRecorded(LocalDate.of(2021, 1, 1)),
                b -> b.addFocusAreas(CHILDREN)
                        .addInitiatives(Initiative.builder().name("Skolefodbold").focusArea(CHILDREN).build()));

        FocusAreasAndTargetGroups report = portfolio.reports.focusAreas(TODAY);

        assertThat(area(report, CHILDREN)).isEqualTo(
                new FocusAreaCount(CHILDREN, false, "Children and youth", "Børn & Unge", 0, 0, 1, 1));
    }

    @Test
    void a_historic_area_nothing_covers_is_not_shown() {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", Fixtures.TERM_2021_2024, b -> b.addFocusAreas(HEALTH));

        FocusAreasAndTargetGroups report = portfolio.reports.focusAreas(TODAY);

        assertThat(report.focusAreas()).extracting(FocusAreaCount::code).doesNotContain(CHILDREN).contains(HEALTH);
    }

    // Coverage tables

    @Test
    void the_region_table_has_a_row_per_region_then_all() {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", Fixtures.TERM_2021_2024, b -> b.addFocusAreas(HEALTH));
        CoverageReport report = portfolio.reports.coverage(TODAY);

        ReportTable table = report.byRegionTable();

        assertThat(table.getRows()).hasSize(report.byRegion().size() + 1);
        assertThat(table.getRows()).extracting(r -> r.get(0)).contains("Region Midtjylland").endsWith("All");
        List<String> midt = table.getRows().stream().filter(r -> r.get(0).equals("Region Midtjylland")).findFirst()
                .orElseThrow();
        int inForce = table.getHeaders().indexOf(CoverageStatus.IN_FORCE.label());
        assertThat(midt.get(inForce)).isEqualTo("1");
    }

    @Test
    void the_totals_table_has_a_row_per_status_then_the_total() {
        portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", Fixtures.TERM_2021_2024, b -> b.addFocusAreas(HEALTH));
        CoverageReport report = portfolio.reports.coverage(TODAY);

        ReportTable table = report.totalsTable();

        assertThat(table.getRows()).hasSize(CoverageStatus.values().length + 1);
        assertThat(table.getRows()).contains(List.of(CoverageStatus.IN_FORCE.label(), "1"));
        assertThat(table.getRows().get(table.getRows().size() - 1))
                .containsExactly("Total", Integer.toString(report.getMunicipalities().size()));
    }
}
