package dk.welfarealliance.service;

import dk.welfarealliance.ClubId;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Removes a club from the alliance ({@code lifecycle.child.unknown} if there is none), unless
 * a signatory, initiative or payment refers to it ({@code lifecycle.party.in-use}).
 */
@Value.Immutable
public abstract non-sealed class RemoveClub implements Command, WithRemoveClub {
    /** @return the club to remove */
    @Value.Parameter
    public abstract ClubId getClub();

    /** @return the command removing {@code club} */
    public static RemoveClub of(ClubId club) {
        return ImmutableRemoveClub.of(club);
    }

    /** @return {@link CommandKind#ALLIANCE_EDIT} */
    @Override
    public CommandKind kind() {
        return CommandKind.ALLIANCE_EDIT;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RemoveClub.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRemoveClub.Builder {}
}
