package dk.welfarealliance.report;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Phase;
import dk.welfarealliance.internal.validation.Violations;

/**
 * One agreement (term) as a report saw it on its day: whose it is, with the municipality's name from the
 * catalogue, and the state and phase it was in that day (which on a past day may differ from the stored ones).
 *
 * @param municipality the municipality's code
 * @param municipalityName its name in the catalogue; the code itself for a municipality the catalogue no longer holds
 * @param agreement the agreement's id
 * @param title the agreement's title
 * @param state the agreement's state on the day
 * @param phase the agreement's phase on the day
 */
public record TermOnDay(MunicipalityCode municipality, String municipalityName, AgreementId agreement, String title,
        AgreementState state, Phase phase) {

    /** @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) if a component is null */
    public TermOnDay {
        Violations.requireNonNull(municipality, "TermOnDay", "municipality");
        Violations.requireNonNull(municipalityName, "TermOnDay", "municipalityName");
        Violations.requireNonNull(agreement, "TermOnDay", "agreement");
        Violations.requireNonNull(title, "TermOnDay", "title");
        Violations.requireNonNull(state, "TermOnDay", "state");
        Violations.requireNonNull(phase, "TermOnDay", "phase");
    }
}
