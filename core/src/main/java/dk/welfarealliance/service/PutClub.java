package dk.welfarealliance.service;

import dk.welfarealliance.Club;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Adds a club to the alliance, or replaces the one with the same id, without passing back every list.
 * A club without an id gets one from the lifecycle's {@link dk.welfarealliance.IdGenerator}.
 */
@Value.Immutable
public abstract non-sealed class PutClub implements Command, WithPutClub {
    /** @return the club as it should be */
    @Value.Parameter
    public abstract Club getClub();

    /** @return the command putting {@code club} */
    public static PutClub of(Club club) {
        return ImmutablePutClub.of(club);
    }

    /** @return {@link CommandKind#ALLIANCE_EDIT} */
    @Override
    public CommandKind kind() {
        return CommandKind.ALLIANCE_EDIT;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, PutClub.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutablePutClub.Builder {}
}
