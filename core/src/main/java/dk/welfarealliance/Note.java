package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.LongText;
import org.immutables.value.Value;

/**
 * A dated note on an alliance or an agreement: "dialogue meeting with the clubs on 29 November", a council
 * decision, a press release. The date may be known only to the month or year. Notes hold no personal data:
 * refer to people by role, or record them as contacts.
 */
@Value.Immutable
public abstract class Note implements WithNote {

    /** @return the note's id; {@link NoteId#UNASSIGNED} until the lifecycle assigns one */
    @Value.Default
    public NoteId getId() {
        return NoteId.UNASSIGNED;
    }

    /** @return what the note records */
    public abstract NoteKind getKind();

    /** @return when it happened, to the day, month or year */
    public abstract PartialDate getDate();

    /** @return the text; line feeds allowed */
    @LongText
    public abstract String getText();

    /** @return a note of {@code kind} on {@code date} saying {@code text}, its id to be assigned */
    public static Note of(NoteKind kind, PartialDate date, String text) {
        return builder().kind(kind).date(date).text(text).build();
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, Note.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Note}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableNote.Builder {}
}
