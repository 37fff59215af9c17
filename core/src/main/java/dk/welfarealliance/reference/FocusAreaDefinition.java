package dk.welfarealliance.reference;

import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.ShortText;
import org.immutables.value.Value;

/** A focus area (indsatsområde) of the catalogue, with Danish and English names. Historic areas stay usable. */
@Value.Immutable
public abstract class FocusAreaDefinition implements WithFocusAreaDefinition {
    /** @return the catalogue code, e.g. {@code SUNDHED} */
    public abstract FocusAreaCode getCode();

    /** @return the Danish name, e.g. {@code Sundhed} */
    @ShortText
    public abstract String getNameDa();

    /** @return the English name, e.g. {@code Health} */
    @ShortText
    public abstract String getNameEn();

    /** @return whether it belongs to an earlier strategy (still usable) */
    public abstract boolean isHistoric();

    @Value.Check
    protected void check() {
        BeanValidation.check(this, FocusAreaDefinition.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FocusAreaDefinition}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableFocusAreaDefinition.Builder {}
}
