package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.validation.ShortText;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An elite event held in the municipality (u-landskamp, træningssamling, oldboys-landskamp, …), recorded
 * on a signed agreement as it happens.
 */
@Value.Immutable
public abstract class EliteEvent implements WithEliteEvent {

    /** @return the event's id */
    public abstract EliteEventId getId();

    /** @return the kind of event */
    public abstract EliteEventKind getKind();

    /** @return the day it took place (the first day, for camps and tournaments) */
    @SupportedDate
    public abstract LocalDate getDate();

    /** @return a title, e.g. {@code U19 women: Denmark – Norway} */
    @ShortText
    public abstract String getTitle();

    /** @return the age group, for youth internationals */
    public abstract Optional<AgeGroup> getAgeGroup();

    /** @return women's or men's team */
    public abstract Optional<TeamGender> getGender();

    /** @return details */
    public abstract Optional<@LongText String> getDescription();

    @Value.Check
    protected void check() {
        BeanValidation.check(this, EliteEvent.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EliteEvent}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableEliteEvent.Builder {}
}
