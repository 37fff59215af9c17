package dk.welfarealliance.service.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.AmendAgreement;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.EditAgreement;
import dk.welfarealliance.service.EditAlliance;
import dk.welfarealliance.service.EraseContact;
import dk.welfarealliance.service.HoldAgreement;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.RecordEvaluation;
import dk.welfarealliance.service.RecordMeasurement;
import dk.welfarealliance.service.RenewAgreement;
import dk.welfarealliance.service.ResumeAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;

/** Routes each command type to the code that carries it out. */
public final class CommandDispatch {
    private CommandDispatch() {}

    /** @return the change {@code command} makes to {@code alliance}; throws the typed error if it is rejected */
    public static AllianceChange changeFor(Alliance alliance, Command command, ReferenceCatalogue catalogue,
            IdGenerator ids) {
        if (command instanceof OpenAgreement c) {
            return AllianceCommands.open(alliance, c, catalogue, ids);
        } else if (command instanceof EditAgreement c) {
            return ContentRevision.edit(alliance, c, catalogue);
        } else if (command instanceof ApproveAgreement c) {
            return AgreementTransitions.approve(alliance, c);
        } else if (command instanceof HoldAgreement c) {
            return AgreementTransitions.hold(alliance, c);
        } else if (command instanceof ResumeAgreement c) {
            return AgreementTransitions.resume(alliance, c);
        } else if (command instanceof AbandonAgreement c) {
            return AgreementTransitions.abandon(alliance, c);
        } else if (command instanceof SignAgreement c) {
            return Signing.sign(alliance, c);
        } else if (command instanceof AmendAgreement c) {
            return ContentRevision.amend(alliance, c, catalogue);
        } else if (command instanceof RecordEvaluation c) {
            return AgreementTransitions.recordEvaluation(alliance, c);
        } else if (command instanceof RecordMeasurement c) {
            return AgreementTransitions.recordMeasurement(alliance, c);
        } else if (command instanceof TerminateAgreement c) {
            return AgreementTransitions.terminate(alliance, c);
        } else if (command instanceof RenewAgreement c) {
            return AllianceCommands.renew(alliance, c, catalogue, ids);
        } else if (command instanceof EditAlliance c) {
            return AllianceCommands.editAlliance(alliance, c);
        } else if (command instanceof EraseContact c) {
            return AllianceCommands.erase(alliance, c);
        }
        throw new IllegalArgumentException("unknown command type " + command.getClass().getName());
    }
}
