package dk.welfarealliance.report;

import static dk.welfarealliance.report.TestPortfolio.AARHUS;
import static dk.welfarealliance.report.TestPortfolio.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Track;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalProgressReportTest {
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");

    private final TestPortfolio portfolio = new TestPortfolio();

    private static Goal.Builder goal(String metric, String baseline) {
        Goal.Builder b = Goal.builder().metric(metric).unit(GoalUnit.COUNT);
        return baseline == null ? b : b.baseline(new BigDecimal(baseline));
    }

    private AgreementId termWith(Goal goal) {
        return portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", Fixtures.TERM_2021_2024, b -> b.addFocusAreas(HEALTH)
                .addInitiatives(Initiative.builder().name("Fodbold Fitness").focusArea(HEALTH).addGoals(goal).build()));
    }

    private GoalLine only(GoalProgress report) {
        assertThat(report.goals()).hasSize(1);
        return report.goals().get(0);
    }

    @Test
    void a_level_target_is_reached_when_the_latest_value_is_at_least_the_level() {
        AgreementId term = termWith(goal("Deltagere", "40").target(GoalTarget.level(new BigDecimal("120"))).build());
        portfolio.measure(AARHUS, term, 0, "80", LocalDate.of(2022, 6, 1));
        portfolio.measure(AARHUS, term, 0, "130", LocalDate.of(2023, 6, 1));

        GoalLine line = only(portfolio.reports.goalProgress(TODAY));

        assertThat(line.targetLevel()).contains(new BigDecimal("120"));
        assertThat(line.latest().map(m -> m.getValue())).contains(new BigDecimal("130"));
        assertThat(line.latest().map(m -> m.getDate())).contains(LocalDate.of(2023, 6, 1));
        assertThat(line.status()).isEqualTo(GoalStatus.REACHED);
    }

    @Test
    void a_change_target_asks_for_the_baseline_plus_the_change() {
        AgreementId term = termWith(goal("Medlemmer", "100").target(GoalTarget.change(new BigDecimal("50"))).build());
        portfolio.measure(AARHUS, term, 0, "140", LocalDate.of(2023, 6, 1));

        GoalLine line = only(portfolio.reports.goalProgress(TODAY));

        assertThat(line.targetLevel()).contains(new BigDecimal("150"));
        assertThat(line.status()).isEqualTo(GoalStatus.NOT_REACHED);
    }

    @Test
    void a_percent_change_target_asks_for_the_baseline_changed_by_that_share() {
        AgreementId term = termWith(goal("Piger 0-18", "410").target(GoalTarget.percentChange(new BigDecimal("20"))).build());
        portfolio.measure(AARHUS, term, 0, "500", LocalDate.of(2023, 6, 1));

        GoalLine line = only(portfolio.reports.goalProgress(TODAY));

        assertThat(line.targetLevel()).contains(new BigDecimal("492"));
        assertThat(line.status()).isEqualTo(GoalStatus.REACHED);
    }

    @Test
    void a_level_below_the_baseline_is_reached_when_the_latest_value_is_at_most_the_level() {
        AgreementId term = termWith(goal("Frafald", "30").target(GoalTarget.level(new BigDecimal("20"))).build());
        portfolio.measure(AARHUS, term, 0, "18", LocalDate.of(2023, 6, 1));

        assertThat(only(portfolio.reports.goalProgress(TODAY)).status()).isEqualTo(GoalStatus.REACHED);
    }

    @Test
    void a_level_without_a_baseline_is_reached_when_the_latest_value_is_at_least_the_level() {
        AgreementId term = termWith(goal("Trænere", null).target(GoalTarget.level(new BigDecimal("20"))).build());
        portfolio.measure(AARHUS, term, 0, "18", LocalDate.of(2023, 6, 1));

        assertThat(only(portfolio.reports.goalProgress(TODAY)).status()).isEqualTo(GoalStatus.NOT_REACHED);
    }

    @Test
    void a_goal_without_a_target_shows_its_latest_measurement_and_no_target_level() {
        AgreementId term = termWith(goal("Deltagere", null).build());
        portfolio.measure(AARHUS, term, 0, "55", LocalDate.of(2023, 6, 1));

        GoalLine line = only(portfolio.reports.goalProgress(TODAY));

        assertThat(line.targetLevel()).isEmpty();
        assertThat(line.latest().map(m -> m.getValue())).contains(new BigDecimal("55"));
        assertThat(line.status()).isEqualTo(GoalStatus.NO_TARGET_LEVEL);
    }

    @Test
    void a_goal_with_a_target_and_no_measurement_is_not_measured() {
        termWith(goal("Deltagere", "40").target(GoalTarget.level(new BigDecimal("120"))).build());

        GoalLine line = only(portfolio.reports.goalProgress(TODAY));

        assertThat(line.latest()).isEmpty();
        assertThat(line.status()).isEqualTo(GoalStatus.NOT_MEASURED);
    }

    @Test
    void on_a_past_day_the_latest_measurement_by_then_is_used() {
        AgreementId term = termWith(goal("Deltagere", "40").target(GoalTarget.level(new BigDecimal("120"))).build());
        portfolio.measure(AARHUS, term, 0, "80", LocalDate.of(2022, 6, 1));
        portfolio.measure(AARHUS, term, 0, "130", LocalDate.of(2023, 6, 1));

        GoalLine line = only(portfolio.reports.goalProgress(LocalDate.of(2022, 12, 31)));

        assertThat(line.latest().map(m -> m.getValue())).contains(new BigDecimal("80"));
        assertThat(line.latest().map(m -> m.getDate())).contains(LocalDate.of(2022, 6, 1));
        assertThat(line.status()).isEqualTo(GoalStatus.NOT_REACHED);
    }

    @Test
    void a_terminated_agreement_keeps_its_goals_in_the_report() {
        AgreementId term = termWith(goal("Deltagere", "40").target(GoalTarget.level(new BigDecimal("120"))).build());
        portfolio.terminate(AARHUS, term, LocalDate.of(2023, 12, 31));

        assertThat(only(portfolio.reports.goalProgress(TODAY)).term().state()).isEqualTo(AgreementState.TERMINATED);
    }

    @Test
    void on_today_only_alliances_with_a_signed_or_terminated_grassroots_agreement_are_read() {
        portfolio.reports.goalProgress(TODAY);

        assertThat(portfolio.store.queried()).containsExactly(AllianceCriteria.builder().federation(FederationCode.DBU)
                .agreement(AgreementFilter.builder().track(Track.GRASSROOTS)
                        .addStates(AgreementState.SIGNED, AgreementState.TERMINATED).build())
                .build());
    }

    @Test
    void on_a_past_day_every_alliance_of_the_federation_is_read() {
        portfolio.reports.goalProgress(LocalDate.of(2022, 12, 31));

        assertThat(portfolio.store.queried())
                .containsExactly(AllianceCriteria.builder().federation(FederationCode.DBU).build());
    }

    @Test
    void the_table_gives_metric_unit_baseline_target_and_the_latest_measurement_in_words() {
        AgreementId term = termWith(goal("Piger 0-18", "410").target(GoalTarget.percentChange(new BigDecimal("20"))).build());
        portfolio.measure(AARHUS, term, 0, "450", LocalDate.of(2023, 6, 1));

        ReportTable table = portfolio.reports.goalProgress(TODAY).toTable();

        assertThat(table.getHeaders()).containsExactly("Municipality", "Agreement", "State", "Phase", "Initiative", "Goal",
                "Unit", "Baseline", "Target", "Target value", "Level to reach", "Latest value", "Measured on", "Status");
        assertThat(table.getRows()).containsExactly(List.of("Aarhus", "Velfærdsalliance Aarhus", "signed", "in force",
                "Fodbold Fitness", "Piger 0-18", "count", "410", "percent change", "20", "492", "450", "2023-06-01",
                "not reached"));
    }

    @Test
    void an_unknown_federation_is_rejected() {
        Rejected.with(() -> portfolio.reports.goalProgress(FederationCode.of("DHF"), TODAY), "Reports", "federation",
                "catalogue.federation.unknown");
    }

    @Test
    void a_null_day_is_rejected_with_the_typed_error() {
        Rejected.with(() -> portfolio.reports.goalProgress((LocalDate) null), "Reports", "day", "value.null");
    }
}
