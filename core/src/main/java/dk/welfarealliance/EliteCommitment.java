package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A commitment to elite activity over the whole agreement period (not per year): "at least 3 youth
 * internationals", "youth internationals will be held here" (no minimum), "U21 home base until 2024" (a
 * {@link EliteEventKind#HOME_BASE} commitment with a deadline). Rule: a minimum, where given, is at least 1
 * ({@code count.min}).
 *
 * <p>Which events count towards it: see {@link Agreement#eventsCountingTowards(EliteCommitment)}; an event
 * fits it when {@link #isMetBy(EliteEvent)}.
 */
@Value.Immutable
public abstract class EliteCommitment implements WithEliteCommitment {
    private static final Set<EliteEventKind> HOME_BASE_EVENTS = EnumSet.of(EliteEventKind.YOUTH_INTERNATIONAL,
            EliteEventKind.WOMENS_INTERNATIONAL, EliteEventKind.MENS_INTERNATIONAL, EliteEventKind.TRAINING_CAMP);

    /** @return the id; {@link EliteCommitmentId#UNASSIGNED} until the lifecycle assigns one to a child built without it */
    @Value.Default
    public EliteCommitmentId getId() {
        return EliteCommitmentId.UNASSIGNED;
    }

    /** @return the kind of event committed to, or {@link EliteEventKind#HOME_BASE} for a hosting arrangement */
    public abstract EliteEventKind getKind();

    /** @return the minimum number of events over the whole period; empty if the agreement names none */
    public abstract OptionalInt getMinimumCount();

    /** @return the last day events count towards it, when the commitment ends before the agreement ("until 2024") */
    public abstract Optional<@SupportedDate LocalDate> getDeadline();

    /** @return the age group, for youth internationals */
    public abstract Optional<AgeGroup> getAgeGroup();

    /** @return women's or men's team, if the commitment says */
    public abstract Optional<TeamGender> getGender();

    /** @return details */
    public abstract Optional<@LongText String> getDescription();

    /** @return a commitment to at least {@code minimum} events of {@code kind}, its id to be assigned */
    public static EliteCommitment atLeast(int minimum, EliteEventKind kind) {
        return builder().kind(kind).minimumCount(minimum).build();
    }

    /**
     * @return whether {@code event} fits this commitment: the same kind (a home-base commitment takes
     *     internationals and training camps), the age group and gender where the commitment gives them, and not
     *     after the deadline
     */
    public boolean isMetBy(EliteEvent event) {
        Violations.requireNonNull(event, "EliteCommitment", "event");
        boolean kind = event.getKind() == getKind()
                || (getKind() == EliteEventKind.HOME_BASE && HOME_BASE_EVENTS.contains(event.getKind()));
        return kind
                && (getAgeGroup().isEmpty() || getAgeGroup().equals(event.getAgeGroup()))
                && (getGender().isEmpty() || getGender().equals(event.getGender()))
                && getDeadline().map(deadline -> !event.getDate().isAfter(deadline)).orElse(true);
    }

    /** @return whether {@code events} events meet the minimum; a commitment without a minimum is met by one */
    public boolean isMetWith(long events) {
        return events >= (getMinimumCount().isPresent() ? getMinimumCount().getAsInt() : 1);
    }

    @Value.Check
    protected void check() {
        Violations v = Violations.of(EliteCommitment.class).addAll(BeanValidation.validate(this, EliteCommitment.class));
        if (getMinimumCount().isPresent() && getMinimumCount().getAsInt() < 1) {
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
