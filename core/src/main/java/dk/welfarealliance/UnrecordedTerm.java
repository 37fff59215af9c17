package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.LongText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An earlier term of the alliance that the registry does not hold, named by an agreement that renews it
 * ({@link Agreement#getRenewsUnrecorded()}), with what is known of it: its period, if any, and a note such
 * as "first agreement 2016–2019, signed before the registry started". It takes no part in the overlap rules.
 */
@Value.Immutable
public abstract class UnrecordedTerm implements WithUnrecordedTerm {

    /** @return the earlier term's period, as far as known */
    public abstract Optional<AgreementPeriod> getPeriod();

    /** @return what is known of it */
    public abstract Optional<@LongText String> getNote();

    /** @return an earlier term of which nothing more is known */
    public static UnrecordedTerm unknown() {
        return builder().build();
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, UnrecordedTerm.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UnrecordedTerm}; {@link #build()} throws the typed error for a bad value. */
    public static class Builder extends ImmutableUnrecordedTerm.Builder {}
}
