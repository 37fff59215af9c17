package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.ApproveAgreement;
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

    static AllianceChange approve(Alliance alliance, ApproveAgreement command) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command);
        return new AllianceChange(alliance).replace(
                a.withState(AgreementState.APPROVED), HistoryEvent.APPROVED, Optional.empty());
    }

    static AllianceChange hold(Alliance alliance, HoldAgreement command) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command);
        Agreement held = Agreement.builder().from(a).state(AgreementState.ON_HOLD).heldFrom(a.getState()).build();
        return new AllianceChange(alliance).replace(held, HistoryEvent.PUT_ON_HOLD, command.getReason());
    }

    static AllianceChange resume(Alliance alliance, ResumeAgreement command) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command);
        Agreement resumed = Agreement.builder().from(a)
                .state(a.getHeldFrom().orElseThrow())
                .heldFrom(Optional.empty())
                .build();
        return new AllianceChange(alliance).replace(resumed, HistoryEvent.RESUMED, Optional.empty());
    }

    static AllianceChange abandon(Alliance alliance, AbandonAgreement command) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command);
        Agreement abandoned = Agreement.builder().from(a)
                .state(AgreementState.ABANDONED)
                .heldFrom(Optional.empty())
                .abandonReason(command.getReason())
                .build();
        return new AllianceChange(alliance).replace(abandoned, HistoryEvent.ABANDONED, Optional.of(command.getReason()));
    }

    static AllianceChange terminate(Alliance alliance, TerminateAgreement command) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command);
        AgreementPeriod period = a.getPeriod().orElseThrow();
        LocalDate date = command.getLastDayInForce();
        LocalDate earliest = period.getStart().minusDays(1);
        if (date.isBefore(earliest) || date.isAfter(period.getEnd())) {
            throw Rejections.of(command, "lastDayInForce", Rule.LIFECYCLE_TERMINATE_DATE,
                    "earliest", earliest, "latest", period.getEnd());
        }
        return new AllianceChange(alliance).replace(
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

    static AllianceChange recordEvaluation(Alliance alliance, RecordEvaluation command) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command);
        return new AllianceChange(alliance).replace(
                Agreement.builder().from(a).addEvaluations(command.getEvaluation()).build(),
                HistoryEvent.EVALUATED, Optional.empty());
    }

    static AllianceChange recordMeasurement(Alliance alliance, RecordMeasurement command) {
        Agreement a = allowedTarget(alliance, command.getAgreement(), command);
        return new AllianceChange(alliance).replace(
                Agreement.builder().from(a).addMeasurements(command.getMeasurement()).build(),
                HistoryEvent.EVALUATED, Optional.empty());
    }

    static Agreement allowedTarget(Alliance alliance, dk.welfarealliance.AgreementId id, dk.welfarealliance.service.Command command) {
        Agreement a = Rejections.target(alliance, id, command, "agreement");
        Rejections.requireAllowed(command, a);
        return a;
    }
}
