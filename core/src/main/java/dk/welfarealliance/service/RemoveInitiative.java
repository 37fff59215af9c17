package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.InitiativeId;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Removes an initiative from a draft or signed agreement ({@code lifecycle.child.unknown} if there is none),
 * unless measurements are recorded against its goals ({@code lifecycle.initiative.measured}).
 */
@Value.Immutable
public abstract non-sealed class RemoveInitiative implements Command, WithRemoveInitiative {
    /** @return the agreement concerned */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return the initiative to remove */
    @Value.Parameter
    public abstract InitiativeId getInitiative();

    /** @return the command removing {@code initiative} from {@code agreement} */
    public static RemoveInitiative of(AgreementId agreement, InitiativeId initiative) {
        return ImmutableRemoveInitiative.of(agreement, initiative);
    }

    /** @return {@link CommandKind#CONTENT} */
    @Override
    public CommandKind kind() {
        return CommandKind.CONTENT;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RemoveInitiative.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRemoveInitiative.Builder {}
}
