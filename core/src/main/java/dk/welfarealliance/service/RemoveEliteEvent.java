package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.EliteEventId;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Removes one elite event from a signed agreement, e.g. one recorded by mistake
 * ({@code lifecycle.child.unknown} if the agreement holds no such event).
 */
@Value.Immutable
public abstract non-sealed class RemoveEliteEvent implements Command, WithRemoveEliteEvent {
    /** @return the agreement concerned */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return the event to remove */
    @Value.Parameter
    public abstract EliteEventId getEvent();

    /** @return the command removing {@code event} from {@code agreement} */
    public static RemoveEliteEvent of(AgreementId agreement, EliteEventId event) {
        return ImmutableRemoveEliteEvent.of(agreement, event);
    }

    /** @return {@link CommandKind#AMEND} */
    @Override
    public CommandKind kind() {
        return CommandKind.AMEND;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RemoveEliteEvent.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRemoveEliteEvent.Builder {}
}
