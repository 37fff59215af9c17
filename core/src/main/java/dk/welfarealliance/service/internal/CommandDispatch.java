package dk.welfarealliance.service.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.AmendAgreement;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.EditAgreement;
import dk.welfarealliance.service.EditAlliance;
import dk.welfarealliance.service.EraseContact;
import dk.welfarealliance.service.HoldAgreement;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.PutClub;
import dk.welfarealliance.service.PutContact;
import dk.welfarealliance.service.PutInitiative;
import dk.welfarealliance.service.PutPartner;
import dk.welfarealliance.service.RecordEliteEvent;
import dk.welfarealliance.service.RecordEvaluation;
import dk.welfarealliance.service.RecordMeasurement;
import dk.welfarealliance.service.RecordNote;
import dk.welfarealliance.service.RemoveClub;
import dk.welfarealliance.service.RemoveContact;
import dk.welfarealliance.service.RemoveEliteEvent;
import dk.welfarealliance.service.RemoveInitiative;
import dk.welfarealliance.service.RemoveMeasurement;
import dk.welfarealliance.service.RemoveNote;
import dk.welfarealliance.service.RemovePartner;
import dk.welfarealliance.service.RenewAgreement;
import dk.welfarealliance.service.ResumeAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;

/** Routes each command type to the code that carries it out. */
public final class CommandDispatch {
    private CommandDispatch() {}

    /** @return the change {@code command} makes to {@code alliance}; throws the typed error if it is rejected */
    public static AllianceChange changeFor(Alliance alliance, Command command, CommandContext context) {
        if (command instanceof OpenAgreement c) {
            return AllianceCommands.open(alliance, c, context);
        } else if (command instanceof EditAgreement c) {
            return ContentRevision.edit(alliance, c, context);
        } else if (command instanceof ApproveAgreement c) {
            return AgreementTransitions.approve(alliance, c, context);
        } else if (command instanceof HoldAgreement c) {
            return AgreementTransitions.hold(alliance, c, context);
        } else if (command instanceof ResumeAgreement c) {
            return AgreementTransitions.resume(alliance, c, context);
        } else if (command instanceof AbandonAgreement c) {
            return AgreementTransitions.abandon(alliance, c, context);
        } else if (command instanceof SignAgreement c) {
            return Signing.sign(alliance, c, context);
        } else if (command instanceof AmendAgreement c) {
            return ContentRevision.amend(alliance, c, context);
        } else if (command instanceof RecordEvaluation c) {
            return AgreementTransitions.recordEvaluation(alliance, c, context);
        } else if (command instanceof RecordMeasurement c) {
            return AgreementTransitions.recordMeasurement(alliance, c, context);
        } else if (command instanceof TerminateAgreement c) {
            return AgreementTransitions.terminate(alliance, c, context);
        } else if (command instanceof RenewAgreement c) {
            return AllianceCommands.renew(alliance, c, context);
        } else if (command instanceof EditAlliance c) {
            return AllianceCommands.editAlliance(alliance, c, context);
        } else if (command instanceof EraseContact c) {
            return AllianceCommands.erase(alliance, c, context);
        }
        return changeForSmall(alliance, command, context);
    }

    private static AllianceChange changeForSmall(Alliance alliance, Command command, CommandContext context) {
        if (command instanceof RecordEliteEvent c) {
            return ChildCommands.recordEliteEvent(alliance, c, context);
        } else if (command instanceof RemoveEliteEvent c) {
            return ChildCommands.removeEliteEvent(alliance, c, context);
        } else if (command instanceof RemoveMeasurement c) {
            return ChildCommands.removeMeasurement(alliance, c, context);
        } else if (command instanceof RecordNote c) {
            return ChildCommands.recordNote(alliance, c, context);
        } else if (command instanceof RemoveNote c) {
            return ChildCommands.removeNote(alliance, c, context);
        } else if (command instanceof PutInitiative c) {
            return ChildCommands.putInitiative(alliance, c, context);
        } else if (command instanceof RemoveInitiative c) {
            return ChildCommands.removeInitiative(alliance, c, context);
        } else if (command instanceof PutClub c) {
            return PartyCommands.putClub(alliance, c, context);
        } else if (command instanceof RemoveClub c) {
            return PartyCommands.removeClub(alliance, c, context);
        } else if (command instanceof PutPartner c) {
            return PartyCommands.putPartner(alliance, c, context);
        } else if (command instanceof RemovePartner c) {
            return PartyCommands.removePartner(alliance, c, context);
        } else if (command instanceof PutContact c) {
            return PartyCommands.putContact(alliance, c, context);
        } else if (command instanceof RemoveContact c) {
            return PartyCommands.removeContact(alliance, c, context);
        }
        throw new IllegalArgumentException("unknown command type " + command.getClass().getName());
    }
}
