package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.LongText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A payment agreed in an agreement (betaling), e.g. an annual fee of DKK 86,500 the municipality pays, or a
 * one-off amount that funds an event. Rule: the amount is greater than zero ({@code amount.positive}).
 */
@Value.Immutable
public abstract class Payment implements WithPayment {

    /** @return the id; {@link PaymentId#UNASSIGNED} until the lifecycle assigns one to a child built without it */
    @Value.Default
    public PaymentId getId() {
        return PaymentId.UNASSIGNED;
    }

    /** @return annual fee or one-off */
    public abstract PaymentKind getKind();

    /** @return the amount, per year for an annual fee */
    public abstract Money getAmount();

    /** @return what the payment is for */
    public abstract Optional<@LongText String> getDescription();

    /** @return who pays, e.g. the municipality */
    public abstract Optional<Party> getPayer();

    /** @return who receives it, e.g. the local union or a club */
    public abstract Optional<Party> getPayee();

    @Value.Check
    protected void check() {
        Violations v = Violations.of(Payment.class).addAll(BeanValidation.validate(this, Payment.class));
        if (getAmount().getAmount().signum() <= 0) {
            v.add("amount", Rule.AMOUNT_POSITIVE);
        }
        v.throwIfAny();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Payment}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutablePayment.Builder {}
}
