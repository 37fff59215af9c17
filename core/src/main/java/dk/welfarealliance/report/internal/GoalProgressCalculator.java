package dk.welfarealliance.report.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.GoalLine;
import dk.welfarealliance.report.GoalProgress;
import dk.welfarealliance.report.GoalStatus;
import dk.welfarealliance.report.TermOnDay;
import dk.welfarealliance.report.internal.AsOf.AgreementOnDay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Computes {@link GoalProgress} from the alliances read for a day (see {@link GoalLine} for direction). */
public final class GoalProgressCalculator {
    private GoalProgressCalculator() {}

    /** @return the goal progress of {@code alliances} on {@code day} */
    public static GoalProgress compute(List<Alliance> alliances, ReferenceCatalogue catalogue, FederationCode federation,
            LocalDate day, LocalDate today) {
        List<GoalLine> lines = new ArrayList<>();
        for (Alliance alliance : alliances) {
            for (AgreementOnDay on : AsOf.agreements(alliance, day, today)) {
                if (!on.state().isSigned()) {
                    continue;
                }
                TermOnDay term = AlliancesOnDay.term(catalogue, alliance, on);
                for (Initiative initiative : on.agreement().getInitiatives()) {
                    for (Goal goal : initiative.getGoals()) {
                        Optional<Measurement> latest = latest(on.agreement().getMeasurements(), goal);
                        lines.add(new GoalLine(term, initiative.getName(), goal, latest, status(goal, latest)));
                    }
                }
            }
        }
        return new GoalProgress(federation, day, lines);
    }

    /** The measurement with the latest date; of several on that date, the last recorded. */
    private static Optional<Measurement> latest(List<Measurement> measurements, Goal goal) {
        Measurement latest = null;
        for (Measurement m : measurements) {
            if (m.getGoal().equals(goal.getId()) && (latest == null || !m.getDate().isBefore(latest.getDate()))) {
                latest = m;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static GoalStatus status(Goal goal, Optional<Measurement> latest) {
        Optional<BigDecimal> level = goal.targetLevel();
        if (level.isEmpty()) {
            return GoalStatus.NO_TARGET_LEVEL;
        }
        if (latest.isEmpty()) {
            return GoalStatus.NOT_MEASURED;
        }
        BigDecimal value = latest.get().getValue();
        boolean downwards = goal.getBaseline().map(b -> level.get().compareTo(b) < 0).orElse(false);
        boolean reached = downwards ? value.compareTo(level.get()) <= 0 : value.compareTo(level.get()) >= 0;
        return reached ? GoalStatus.REACHED : GoalStatus.NOT_REACHED;
    }
}
