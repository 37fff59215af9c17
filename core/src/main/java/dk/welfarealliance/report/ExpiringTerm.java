package dk.welfarealliance.report;

import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signed term that ends within a renewal pipeline's horizon, with its successor: the agreement whose
 * {@code renews} names it, as it stood on the pipeline's day. Immutable.
 *
 * <p>Of several agreements that renew the term, the successor is the last one opened that was not abandoned,
 * else the last one abandoned. The term is at risk ({@link #risk()}) when it has no successor, when its successor
 * was abandoned (which counts as none), or when its successor is on hold.
 */
@Value.Immutable
public abstract class ExpiringTerm {
    /** @return the municipality, with its names from the catalogue */
    public abstract MunicipalityEntry getMunicipality();

    /** @return the term that ends, with its state (signed) and phase on the day */
    public abstract AgreementSummary getTerm();

    /** @return the successor as it stood on the day; empty if none renewed the term by then */
    public abstract Optional<AgreementSummary> getSuccessor();

    /**
     * @return the day of the successor's last step that had certainly happened by the pipeline's day
     *     ({@link dk.welfarealliance.HistoryEntry#getOn()}); empty without a successor or a dated step
     */
    public abstract Optional<PartialDate> getSuccessorLastStep();

    /** @return the last day of the term, within the horizon */
    public LocalDate end() {
        return getTerm().getPeriod().flatMap(AgreementPeriod::getEnd).orElseThrow();
    }

    /** @return the successor's state on the day, if there is a successor */
    public Optional<AgreementState> successorState() {
        return getSuccessor().map(AgreementSummary::getState);
    }

    /** @return why the term is at risk; empty when it is not */
    public Optional<RenewalRisk> risk() {
        Optional<AgreementState> state = successorState();
        if (state.isEmpty()) {
            return Optional.of(RenewalRisk.NO_SUCCESSOR);
        }
        return switch (state.get()) {
            case ABANDONED -> Optional.of(RenewalRisk.SUCCESSOR_ABANDONED);
            case ON_HOLD -> Optional.of(RenewalRisk.SUCCESSOR_ON_HOLD);
            default -> Optional.empty();
        };
    }

    /** @return whether the term is at risk: {@link #risk()} is present */
    public boolean isAtRisk() {
        return risk().isPresent();
    }

    static List<String> headers() {
        return List.of("Municipality code", "Municipality", "Local union", "Region", "Agreement", "Period", "Ends",
                "Phase", "Successor", "Successor state", "Successor's last step", "At risk");
    }

    List<String> cells() {
        MunicipalityEntry m = getMunicipality();
        return List.of(m.getCode().value(), m.getName(), m.localUnionLabel(), m.getRegionName(),
                getTerm().getTitle(), Labels.period(getTerm().getPeriod()), end().toString(),
                Labels.phase(getTerm().getPhase()),
                getSuccessor().map(AgreementSummary::getTitle).orElse(""),
                successorState().map(Labels::state).orElse("none"),
                getSuccessorLastStep().map(PartialDate::toString).orElse(""),
                risk().map(r -> "yes: " + r.label()).orElse("no"));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ExpiringTerm}; {@link #build()} throws the typed error for a missing value. */
    public static class Builder extends ImmutableExpiringTerm.Builder {}
}
