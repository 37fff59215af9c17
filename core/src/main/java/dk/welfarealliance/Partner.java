package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.CvrNumber;
import dk.welfarealliance.validation.ShortText;
import java.util.Optional;
import org.immutables.value.Value;

/** Another partner of the alliance besides the clubs: a university, sports council, school, job centre, … */
@Value.Immutable
public abstract class Partner implements WithPartner {

    /** @return the id; {@link PartnerId#UNASSIGNED} until the lifecycle assigns one to a child built without it */
    @Value.Default
    public PartnerId getId() {
        return PartnerId.UNASSIGNED;
    }

    /** @return the partner's name */
    @ShortText
    public abstract String getName();

    /** @return what kind of organisation it is */
    public abstract PartnerKind getKind();

    /** @return its CVR number; optional */
    public abstract Optional<@CvrNumber String> getCvr();

    @Value.Check
    protected void check() {
        BeanValidation.check(this, Partner.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Partner}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutablePartner.Builder {}
}
