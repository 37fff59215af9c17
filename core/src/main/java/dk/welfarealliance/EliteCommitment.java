package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.LongText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commitment to hold at least {@link #getMinimumCount()} elite events of a kind over the whole agreement
 * period (not per year), e.g. "at least 3 youth internationals". Rule: the minimum is at least 1
 * ({@code count.min}).
 */
@Value.Immutable
public abstract class EliteCommitment implements WithEliteCommitment {

    /** @return the commitment's id */
    public abstract EliteCommitmentId getId();

    /** @return the kind of event committed to */
    public abstract EliteEventKind getKind();

    /** @return the minimum number of events over the whole period */
    public abstract int getMinimumCount();

    /** @return the age group, for youth internationals */
    public abstract Optional<AgeGroup> getAgeGroup();

    /** @return women's or men's team, if the commitment says */
    public abstract Optional<TeamGender> getGender();

    /** @return details */
    public abstract Optional<@LongText String> getDescription();

    /** @return whether {@code event} counts towards this commitment (same kind, and age group and gender where given) */
    public boolean isMetBy(EliteEvent event) {
        Violations.requireNonNull(event, "EliteCommitment", "event");
        return event.getKind() == getKind()
                && (getAgeGroup().isEmpty() || getAgeGroup().equals(event.getAgeGroup()))
                && (getGender().isEmpty() || getGender().equals(event.getGender()));
    }

    @Value.Check
    protected void check() {
        Violations v = Violations.of(EliteCommitment.class).addAll(BeanValidation.validate(this, EliteCommitment.class));
        if (getMinimumCount() < 1) {
            v.add("minimumCount", Rule.COUNT_MIN, "min", 1);
        }
        v.throwIfAny();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EliteCommitment}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableEliteCommitment.Builder {}
}
