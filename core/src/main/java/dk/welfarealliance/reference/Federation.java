package dk.welfarealliance.reference;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.ShortText;
import org.immutables.value.Value;

/** A football federation (forbund); DBU is the bundled default. */
@Value.Immutable
public abstract class Federation implements WithFederation {
    /** @return the code, e.g. {@code DBU} */
    public abstract FederationCode getCode();

    /** @return the name, e.g. {@code Dansk Boldspil-Union} */
    @ShortText
    public abstract String getName();

    @Value.Check
    protected void check() {
        BeanValidation.check(this, Federation.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Federation}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableFederation.Builder {}
}
