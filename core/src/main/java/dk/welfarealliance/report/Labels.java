package dk.welfarealliance.report;

import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Phase;
import java.util.Optional;

/** The English words report tables use for the library's enums and values, in one place. */
final class Labels {
    static final String NO_LOCAL_UNION = "(no local union)";

    private Labels() {}

    static String state(AgreementState state) {
        return switch (state) {
            case IN_DIALOGUE -> "In dialogue";
            case APPROVED -> "Approved";
            case ON_HOLD -> "On hold";
            case ABANDONED -> "Abandoned";
            case SIGNED -> "Signed";
            case TERMINATED -> "Terminated";
        };
    }

    static String phase(Phase phase) {
        return switch (phase) {
            case DRAFT -> "Draft";
            case ABANDONED -> "Abandoned";
            case UPCOMING -> "Upcoming";
            case IN_FORCE -> "In force";
            case POSSIBLY_IN_FORCE -> "Possibly in force";
            case ENDED -> "Ended";
        };
    }

    static String period(Optional<AgreementPeriod> period) {
        return period.map(AgreementPeriod::toString).orElse("");
    }

    static String readAs(boolean fromDatedSteps) {
        return fromDatedSteps ? "as it stood, from the dated steps" : "stored states";
    }
}
