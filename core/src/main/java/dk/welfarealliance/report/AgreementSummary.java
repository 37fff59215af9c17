package dk.welfarealliance.report;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Phase;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agreement as a report names it on the report's day: its id and title, its period as signed (or as planned,
 * for a draft; empty for a draft without one), and its state and phase on that day, which on a past day come from
 * the dated steps and may differ from the stored ones. Immutable.
 */
@Value.Immutable
public abstract class AgreementSummary {
    /** @return the agreement's id */
    public abstract AgreementId getId();

    /** @return the title */
    public abstract String getTitle();

    /** @return the period as signed, or as planned while a draft; empty for a draft without a planned period */
    public abstract Optional<AgreementPeriod> getPeriod();

    /** @return the state on the report's day */
    public abstract AgreementState getState();

    /** @return the phase on the report's day */
    public abstract Phase getPhase();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AgreementSummary}; {@link #build()} throws the typed error for a missing value. */
    public static class Builder extends ImmutableAgreementSummary.Builder {}
}
