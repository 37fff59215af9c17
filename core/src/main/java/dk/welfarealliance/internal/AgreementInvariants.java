package dk.welfarealliance.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.EliteCommitmentId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalId;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.TimeRules;
import dk.welfarealliance.internal.validation.Violations;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The invariants every {@link Agreement} value satisfies (docs/model.md, docs/lifecycle.md), checked when built. */
public final class AgreementInvariants {
    private AgreementInvariants() {}

    public static void check(Agreement a) {
        Violations v = Violations.of(Agreement.class).addAll(BeanValidation.validate(a, Agreement.class));
        AgreementState state = a.getState();
        boolean signed = state.isSigned();

        if (state == AgreementState.ON_HOLD) {
            if (a.getHeldFrom().isEmpty() || a.getHeldFrom().get() == AgreementState.ON_HOLD
                    || !a.getHeldFrom().get().isOpen()) {
                v.add("heldFrom", Rule.AGREEMENT_HELD_FROM, "state", state);
            }
        } else if (a.getHeldFrom().isPresent()) {
            v.add("heldFrom", Rule.AGREEMENT_HELD_FROM, "state", state);
        }

        presence(v, state, "period", a.getPeriod().isPresent(), signed, true);
        presence(v, state, "signingDate", a.getSigningDate().isPresent(), signed, false);
        presence(v, state, "signatories", !a.getSignatories().isEmpty() || a.isSignatoriesNotRecorded(), signed, false);
        if (a.isSignatoriesNotRecorded() && !a.getSignatories().isEmpty()) {
            v.add("signatoriesNotRecorded", Rule.AGREEMENT_SIGNATORIES_NOT_RECORDED);
        }
        boolean terminated = state == AgreementState.TERMINATED;
        presence(v, state, "terminationDate", a.getTerminationDate().isPresent(), terminated, false);
        presence(v, state, "terminationReason", a.getTerminationReason().isPresent(), terminated, false);
        presence(v, state, "abandonReason", a.getAbandonReason().isPresent(), state == AgreementState.ABANDONED, false);
        presence(v, state, "eliteEvents", !a.getEliteEvents().isEmpty(), false, signed);
        presence(v, state, "evaluations", !a.getEvaluations().isEmpty(), false, signed);
        presence(v, state, "measurements", !a.getMeasurements().isEmpty(), false, signed);

        if (terminated && a.getPeriod().isPresent() && a.getTerminationDate().isPresent()) {
            AgreementPeriod p = a.getPeriod().get();
            LocalDate date = a.getTerminationDate().get();
            LocalDate latest = p.getEnd().orElse(TimeRules.MAX_DATE);
            if (date.isBefore(p.getStart().minusDays(1)) || date.isAfter(latest)) {
                v.add("terminationDate", Rule.AGREEMENT_TERMINATION_DATE,
                        "earliest", p.getStart().minusDays(1), "latest", latest);
            }
        }
        if (a.getRenews().isPresent() && a.getRenews().get().equals(a.getId())) {
            v.add("renews", Rule.AGREEMENT_RENEWS_SELF);
        }
        if (a.getRenews().isPresent() && a.getRenewsUnrecorded().isPresent()) {
            v.add("renewsUnrecorded", Rule.AGREEMENT_RENEWS_BOTH);
        }
        checkEventCommitments(v, a);
        checkInitiatives(v, a);
        checkMeasurements(v, a);
        v.throwIfAny();
    }

    /**
     * {@code present} must hold when {@code required}; when not required it may hold only if
     * {@code allowedOtherwise}.
     */
    private static void presence(Violations v, AgreementState state, String field, boolean present,
            boolean required, boolean allowedOtherwise) {
        if (required && !present) {
            v.add(field, Rule.AGREEMENT_FIELD_REQUIRED, "state", state);
        } else if (!required && present && !allowedOtherwise) {
            v.add(field, Rule.AGREEMENT_FIELD_NOT_ALLOWED, "state", state);
        }
    }

    private static void checkInitiatives(Violations v, Agreement a) {
        List<Initiative> initiatives = a.getInitiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            Optional<FocusAreaCode> area = initiatives.get(i).getFocusArea();
            if (area.isPresent() && !a.getFocusAreas().contains(area.get())) {
                v.add("initiatives[" + i + "].focusArea", Rule.AGREEMENT_INITIATIVE_FOCUS_AREA, "focusArea", area.get());
            }
        }
    }

    private static void checkEventCommitments(Violations v, Agreement a) {
        Set<EliteCommitmentId> commitments = new HashSet<>();
        a.getEliteCommitments().forEach(c -> commitments.add(c.getId()));
        List<EliteEvent> events = a.getEliteEvents();
        for (int i = 0; i < events.size(); i++) {
            Optional<EliteCommitmentId> named = events.get(i).getCommitment();
            if (named.isPresent() && !commitments.contains(named.get())) {
                v.add("eliteEvents[" + i + "].commitment", Rule.AGREEMENT_EVENT_COMMITMENT, "commitment", named.get());
            }
        }
    }

    private static void checkMeasurements(Violations v, Agreement a) {
        Map<GoalId, Goal> goals = new HashMap<>();
        for (Initiative initiative : a.getInitiatives()) {
            for (Goal goal : initiative.getGoals()) {
                goals.put(goal.getId(), goal);
            }
        }
        List<Measurement> measurements = a.getMeasurements();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            Goal goal = goals.get(m.getGoal());
            if (goal == null) {
                v.add("measurements[" + i + "].goal", Rule.AGREEMENT_MEASUREMENT_GOAL, "goal", m.getGoal());
            } else if (goal.getUnit() != m.getUnit()) {
                v.add("measurements[" + i + "].unit", Rule.AGREEMENT_MEASUREMENT_UNIT, "expected", goal.getUnit());
            }
        }
    }
}
