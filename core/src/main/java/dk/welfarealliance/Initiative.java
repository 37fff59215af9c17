package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.validation.ShortText;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A concrete programme (indsats) of an agreement, often a named concept (Fodbold Fitness, Gå Fodbold, FC
 * Demens, …), under one of the agreement's focus areas, for target groups, with measurable goals, delivered
 * by clubs and partners of the alliance.
 */
@Value.Immutable
public abstract class Initiative implements WithInitiative {

    /** @return the id; {@link InitiativeId#UNASSIGNED} until the lifecycle assigns one to a child built without it */
    @Value.Default
    public InitiativeId getId() {
        return InitiativeId.UNASSIGNED;
    }

    /** @return the initiative's name */
    @ShortText
    public abstract String getName();

    /** @return the concept it follows, e.g. {@code Fodbold for Hjertet} */
    public abstract Optional<@ShortText String> getConcept();

    /** @return the focus area it serves; must be one of the agreement's focus areas */
    public abstract Optional<FocusAreaCode> getFocusArea();

    /** @return what it does */
    public abstract Optional<@LongText String> getDescription();

    /** @return whom it is for, in code order */
    @Value.NaturalOrder
    public abstract SortedSet<TargetGroup> getTargetGroups();

    /** @return its goals, in the order given */
    public abstract List<Goal> getGoals();

    /** @return the clubs of the alliance that deliver it, in id order */
    @Value.NaturalOrder
    public abstract SortedSet<ClubId> getClubs();

    /** @return the partners of the alliance that deliver it, in id order */
    @Value.NaturalOrder
    public abstract SortedSet<PartnerId> getPartners();

    @Value.Check
    protected void check() {
        BeanValidation.check(this, Initiative.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Initiative}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableInitiative.Builder {}
}
