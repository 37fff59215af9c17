package dk.welfarealliance.reference;

import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.ShortText;
import org.immutables.value.Value;

/** A local union (lokalunion) of a federation, e.g. DBU Jylland. */
@Value.Immutable
public abstract class LocalUnion implements WithLocalUnion {
    /** @return the stable code, e.g. {@code DBU_JYLLAND} */
    public abstract LocalUnionCode getCode();

    /** @return the display name, e.g. {@code DBU Jylland} */
    @ShortText
    public abstract String getName();

    @Value.Check
    protected void check() {
        BeanValidation.check(this, LocalUnion.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LocalUnion}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableLocalUnion.Builder {}
}
