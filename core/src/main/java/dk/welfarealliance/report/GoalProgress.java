package dk.welfarealliance.report;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.report.internal.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Goal progress of a federation on a day ({@link Reports#goalProgress}): every goal of every initiative of every
 * agreement signed or terminated on the day, with its latest measurement by then and whether its level is reached
 * ({@link GoalLine} says how direction is judged). Listed by municipality code, then agreement order, then the
 * agreement's order of initiatives and the initiative's order of goals. Initiatives without goals are not listed.
 *
 * @param federation the federation reported on
 * @param day the day reported on
 * @param goals the goals, in report order
 */
public record GoalProgress(FederationCode federation, LocalDate day, List<GoalLine> goals) {

    /** @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) if a component or element is null */
    public GoalProgress {
        Violations.requireNonNull(federation, "GoalProgress", "federation");
        Violations.requireNonNull(day, "GoalProgress", "day");
        Violations.requireNonNull(goals, "GoalProgress", "goals")
                .forEach(g -> Violations.requireNonNull(g, "GoalProgress", "goals[]"));
        goals = List.copyOf(goals);
    }

    /**
     * @return one row per goal, in report order, under the headers "Municipality", "Agreement", "State", "Phase"
     *     (both on the day), "Initiative", "Goal", "Unit", "Baseline", "Target" (its kind), "Target value", "Level to
     *     reach", "Latest value", "Measured on", "Status"
     */
    public ReportTable toTable() {
        List<List<String>> rows = new ArrayList<>();
        for (GoalLine line : goals) {
            Goal goal = line.goal();
            rows.add(List.of(line.term().municipalityName(), line.term().title(), Wording.words(line.term().state()),
                    Wording.words(line.term().phase()), line.initiative(), goal.getMetric(), Wording.words(goal.getUnit()),
                    Wording.orBlank(goal.getBaseline()),
                    goal.getTarget().map(t -> Wording.words(t.getKind())).orElse("none"),
                    goal.getTarget().map(t -> Wording.number(t.getValue())).orElse(""),
                    Wording.orBlank(line.targetLevel()),
                    line.latest().map(m -> Wording.number(m.getValue())).orElse(""),
                    line.latest().map(m -> m.getDate().toString()).orElse(""), line.status().label()));
        }
        return ReportTable.of("Goal progress on " + day + " (" + federation + ")",
                List.of("Municipality", "Agreement", "State", "Phase", "Initiative", "Goal", "Unit", "Baseline",
                        "Target", "Target value", "Level to reach", "Latest value", "Measured on", "Status"),
                rows);
    }
}
