package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Records one elite event on a signed agreement, without passing back the agreement. The event must lie
 * within the agreement's term (start to effective end; a term that is open-ended or whose end is not recorded
 * has no end), or on its signing day ({@code lifecycle.elite-event.outside-period}); a commitment it names must
 * be one of the agreement's. An event without an id gets one from the lifecycle's {@link
 * dk.welfarealliance.IdGenerator}; the {@link Outcome} makes it easy to reach.
 */
@Value.Immutable
public abstract non-sealed class RecordEliteEvent implements Command, WithRecordEliteEvent {
    /** @return the agreement concerned */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return the event to record */
    @Value.Parameter
    public abstract EliteEvent getEvent();

    /** @return the command recording {@code event} on {@code agreement} */
    public static RecordEliteEvent of(AgreementId agreement, EliteEvent event) {
        return ImmutableRecordEliteEvent.of(agreement, event);
    }

    /** @return {@link CommandKind#AMEND} */
    @Override
    public CommandKind kind() {
        return CommandKind.AMEND;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RecordEliteEvent.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRecordEliteEvent.Builder {}
}
