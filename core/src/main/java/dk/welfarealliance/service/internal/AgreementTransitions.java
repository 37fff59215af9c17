package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Goal;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.TimeRules;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.HoldAgreement;
import dk.welfarealliance.service.RecordEvaluation;
import dk.welfarealliance.service.RecordMeasurement;
import dk.welfarealliance.service.ResumeAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import java.time.LocalDate;
import java.util.Optional;

/** The state transitions of one agreement that need no catalogue: approve, hold, resume, abandon, terminate, evaluate. */
final class AgreementTransitions {
    private AgreementTransitions() {}

    static AllianceChange approve(Alliance alliance, ApproveAgreement command, CommandContext context) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command, "agreement");
        return new AllianceChange(alliance, context.stepDate(command.getOn())).replace(
                a.withState(AgreementState.APPROVED), HistoryEvent.APPROVED, Optional.empty());
    }

    static AllianceChange hold(Alliance alliance, HoldAgreement command, CommandContext context) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command, "agreement");
        Agreement held = Agreement.builder().from(a).state(AgreementState.ON_HOLD).heldFrom(a.getState()).build();
        return new AllianceChange(alliance, context.stepDate(command.getOn()))
                .replace(held, HistoryEvent.PUT_ON_HOLD, command.getReason());
    }

    static AllianceChange resume(Alliance alliance, ResumeAgreement command, CommandContext context) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command, "agreement");
        Agreement resumed = Agreement.builder().from(a)
                .state(a.getHeldFrom().orElseThrow())
                .heldFrom(Optional.empty())
                .build();
        return new AllianceChange(alliance, context.stepDate(command.getOn()))
                .replace(resumed, HistoryEvent.RESUMED, Optional.empty());
    }

    static AllianceChange abandon(Alliance alliance, AbandonAgreement command, CommandContext context) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command, "agreement");
        Agreement abandoned = Agreement.builder().from(a)
                .state(AgreementState.ABANDONED)
                .heldFrom(Optional.empty())
                .abandonReason(command.getReason())
                .build();
        return new AllianceChange(alliance, context.stepDate(command.getOn()))
                .replace(abandoned, HistoryEvent.ABANDONED, Optional.of(command.getReason()));
    }

    static AllianceChange terminate(Alliance alliance, TerminateAgreement command, CommandContext context) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command, "agreement");
        AgreementPeriod period = a.getPeriod().orElseThrow();
        LocalDate date = command.getLastDayInForce();
        LocalDate earliest = period.getStart().minusDays(1);
        LocalDate latest = period.getEnd().orElse(TimeRules.MAX_DATE);
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            throw Rejections.of(command, "lastDayInForce", Rule.LIFECYCLE_TERMINATE_DATE,
                    "earliest", earliest, "latest", latest);
        }
        return new AllianceChange(alliance, context.stepDate(command.getOn())).replace(
                terminated(a, date, command.getReason()), HistoryEvent.TERMINATED, Optional.of(command.getReason()));
    }

    /** @return {@code a} terminated with {@code lastDayInForce} as its last day in force */
    static Agreement terminated(Agreement a, LocalDate lastDayInForce, String reason) {
        return Agreement.builder().from(a)
                .state(AgreementState.TERMINATED)
                .terminationDate(lastDayInForce)
                .terminationReason(reason)
                .build();
    }

    static AllianceChange recordEvaluation(Alliance alliance, RecordEvaluation command, CommandContext context) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command, "agreement");
        var evaluation = context.assign().evaluation(command.getEvaluation());
        return new AllianceChange(alliance, PartialDate.day(evaluation.getDate())).replace(
                Agreement.builder().from(a).addEvaluations(evaluation).build(),
                HistoryEvent.EVALUATED, Optional.empty()).created(evaluation);
    }

    static AllianceChange recordMeasurement(Alliance alliance, RecordMeasurement command, CommandContext context) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command, "agreement");
        Measurement measurement = context.assign().measurement(command.getMeasurement());
        Goal goal = a.getInitiatives().stream().flatMap(i -> i.getGoals().stream())
                .filter(g -> g.getId().equals(measurement.getGoal())).findFirst()
                .orElseThrow(() -> Rejections.of(command, "measurement.goal", Rule.LIFECYCLE_CHILD_UNKNOWN,
                        "id", measurement.getGoal()));
        if (goal.getUnit() != measurement.getUnit()) {
            throw Rejections.of(command, "measurement.unit", Rule.AGREEMENT_MEASUREMENT_UNIT, "expected", goal.getUnit());
        }
        return new AllianceChange(alliance, PartialDate.day(measurement.getDate())).replace(
                Agreement.builder().from(a).addMeasurements(measurement).build(),
                HistoryEvent.EVALUATED, Optional.empty()).created(measurement);
    }

    /**
     * @return the target agreement, which the table allows {@code command} on; else the typed error naming the
     *     command's field {@code path}
     */
    static Agreement allowedTarget(Alliance alliance, AgreementId id, Command command, String path) {
        Agreement a = Rejections.target(alliance, id, command, path);
        Rejections.requireAllowed(command, a);
        return a;
    }
}
