package dk.welfarealliance.service;

import dk.welfarealliance.NoteId;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Removes a note from the alliance or from whichever agreement holds it ({@code lifecycle.child.unknown} if
 * none does).
 */
@Value.Immutable
public abstract non-sealed class RemoveNote implements Command, WithRemoveNote {
    /** @return the note to remove */
    @Value.Parameter
    public abstract NoteId getNote();

    /** @return the command removing {@code note} */
    public static RemoveNote of(NoteId note) {
        return ImmutableRemoveNote.of(note);
    }

    /** @return {@link CommandKind#NOTE} */
    @Override
    public CommandKind kind() {
        return CommandKind.NOTE;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RemoveNote.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRemoveNote.Builder {}
}
