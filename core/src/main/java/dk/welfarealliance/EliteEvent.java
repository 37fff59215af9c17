package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.validation.ShortText;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An elite event held in the municipality (u-landskamp, træningssamling, oldboys-landskamp, turnering, …),
 * recorded on a signed agreement as it happens. It may span several days ({@link #getEndDate()}) and name
 * its venue. It counts towards at most one elite commitment: the one it names ({@link #getCommitment()}), else
 * the first commitment of its agreement it fits. An event two municipalities host together is recorded in both
 * alliances with the same {@link #getSharedReference()}, so that federation-wide counts count it once.
 * Rule: the end is not before the start ({@code period.order}).
 */
@Value.Immutable
public abstract class EliteEvent implements WithEliteEvent {

    /** @return the id; {@link EliteEventId#UNASSIGNED} until the lifecycle assigns one to a child built without it */
    @Value.Default
    public EliteEventId getId() {
        return EliteEventId.UNASSIGNED;
    }

    /** @return the kind of event */
    public abstract EliteEventKind getKind();

    /** @return the day it took place, the first day for camps and tournaments */
    @SupportedDate
    public abstract LocalDate getDate();

    /** @return the last day of an event of several days */
    public abstract Optional<@SupportedDate LocalDate> getEndDate();

    /** @return a title, e.g. {@code U19 women: Denmark – Norway} */
    @ShortText
    public abstract String getTitle();

    /** @return where it was held, e.g. {@code Blue Water Arena} */
    public abstract Optional<@ShortText String> getVenue();

    /** @return the age group, for youth internationals */
    public abstract Optional<AgeGroup> getAgeGroup();

    /** @return women's or men's team */
    public abstract Optional<TeamGender> getGender();

    /** @return the commitment of its agreement it counts towards, if recorded; see the class comment otherwise */
    public abstract Optional<EliteCommitmentId> getCommitment();

    /** @return the reference shared by the records of one event hosted by several municipalities together */
    public abstract Optional<@ShortText String> getSharedReference();

    /** @return details */
    public abstract Optional<@LongText String> getDescription();

    /** @return the last day of the event: the end date, or the day itself */
    public LocalDate lastDay() {
        return getEndDate().orElse(getDate());
    }

    @Value.Check
    protected void check() {
        Violations v = Violations.of(EliteEvent.class).addAll(BeanValidation.validate(this, EliteEvent.class));
        if (getEndDate().isPresent() && getEndDate().get().isBefore(getDate())) {
            v.add("endDate", Rule.PERIOD_ORDER);
        }
        v.throwIfAny();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EliteEvent}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableEliteEvent.Builder {}
}
