package dk.welfarealliance.reference;

import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.RegionCode;
import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.ShortText;
import org.immutables.value.Value;

/** A municipality (kommune) of the catalogue: official code, name and region. */
@Value.Immutable
public abstract class Municipality implements WithMunicipality {
    /** @return the official 3-digit code */
    public abstract MunicipalityCode getCode();

    /** @return the name, e.g. {@code København} */
    @ShortText
    public abstract String getName();

    /** @return the region it lies in */
    public abstract RegionCode getRegion();

    @Value.Check
    protected void check() {
        BeanValidation.check(this, Municipality.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Municipality}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableMunicipality.Builder {}
}
