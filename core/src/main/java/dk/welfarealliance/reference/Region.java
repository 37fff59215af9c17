package dk.welfarealliance.reference;

import dk.welfarealliance.RegionCode;
import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.ShortText;
import org.immutables.value.Value;

/** A Danish region of the catalogue (1081–1085). */
@Value.Immutable
public abstract class Region implements WithRegion {
    /** @return the official 4-digit code */
    public abstract RegionCode getCode();

    /** @return the name, e.g. {@code Region Hovedstaden} */
    @ShortText
    public abstract String getName();

    @Value.Check
    protected void check() {
        BeanValidation.check(this, Region.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Region}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRegion.Builder {}
}
