package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.CvrNumber;
import dk.welfarealliance.validation.ShortText;
import java.util.Optional;
import org.immutables.value.Value;

/** A football club (klub) that delivers the alliance's activities. */
@Value.Immutable
public abstract class Club implements WithClub {

    /** @return the id; {@link ClubId#UNASSIGNED} until the lifecycle assigns one to a child built without it */
    @Value.Default
    public ClubId getId() {
        return ClubId.UNASSIGNED;
    }

    /** @return the club's name */
    @ShortText
    public abstract String getName();

    /** @return its CVR number; optional, not every association has one */
    public abstract Optional<@CvrNumber String> getCvr();

    @Value.Check
    protected void check() {
        BeanValidation.check(this, Club.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Club}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableClub.Builder {}
}
