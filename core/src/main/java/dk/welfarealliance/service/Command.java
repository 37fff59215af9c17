package dk.welfarealliance.service;

/**
 * A command of the agreement lifecycle, applied by {@link Lifecycle#apply}. The set is closed: each kind of
 * change has its own type, listed in the {@code permits} clause.
 */
public sealed interface Command
        permits OpenAgreement, EditAgreement, ApproveAgreement, HoldAgreement, ResumeAgreement, AbandonAgreement,
                SignAgreement, AmendAgreement, RecordEvaluation, RecordMeasurement, TerminateAgreement,
                RenewAgreement, EditAlliance, EraseContact, RecordEliteEvent, RemoveEliteEvent, RemoveMeasurement,
                RecordNote, RemoveNote, PutClub, RemoveClub, PutPartner, RemovePartner, PutContact, RemoveContact,
                PutInitiative, RemoveInitiative {

    /** @return which row of the lifecycle table this command is */
    CommandKind kind();
}
