package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Note;
import dk.welfarealliance.internal.validation.BeanValidation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Records a dated note on the alliance, or on one of its agreements in any state: "dialogue meeting with the
 * clubs on 29 November". A note without an id gets one from the lifecycle's {@link
 * dk.welfarealliance.IdGenerator}.
 */
@Value.Immutable
public abstract non-sealed class RecordNote implements Command, WithRecordNote {
    /** @return the agreement the note is on; empty for a note on the alliance */
    public abstract Optional<AgreementId> getAgreement();

    /** @return the note */
    public abstract Note getNote();

    /** @return the command recording {@code note} on the alliance */
    public static RecordNote onAlliance(Note note) {
        return builder().note(note).build();
    }

    /** @return the command recording {@code note} on {@code agreement} */
    public static RecordNote on(AgreementId agreement, Note note) {
        return builder().agreement(agreement).note(note).build();
    }

    /** @return {@link CommandKind#NOTE} */
    @Override
    public CommandKind kind() {
        return CommandKind.NOTE;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RecordNote.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRecordNote.Builder {}
}
