package dk.welfarealliance.report;

import dk.welfarealliance.FederationCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.immutables.value.Value;

/**
 * The renewal pipeline of a federation on a day: the signed terms whose end date lies from the day to the day
 * plus the horizon, both inclusive, each with its successor, sorted by municipality code, then end, then title.
 * Terms that are open-ended or whose end is not recorded do not end and are not listed. Immutable. Made by
 * {@link Reports#renewalPipeline(FederationCode, LocalDate, Period)}.
 */
@Value.Immutable
public abstract class RenewalPipeline {
    /** @return the federation */
    public abstract FederationCode getFederation();

    /** @return the day the pipeline looks ahead from */
    public abstract LocalDate getDay();

    /** @return how far it looks ahead */
    public abstract Period getHorizon();

    /**
     * @return whether the states are as the dated steps give them (a day before today) rather than as stored
     *     (today or later)
     */
    public abstract boolean isFromDatedSteps();

    /** @return the terms ending within the horizon */
    public abstract List<ExpiringTerm> getTerms();

    /** @return the last day of the horizon: the day plus the horizon */
    public LocalDate lastDay() {
        return getDay().plus(getHorizon());
    }

    /** @return the terms at risk ({@link ExpiringTerm#isAtRisk()}), in the same order */
    public List<ExpiringTerm> atRisk() {
        return getTerms().stream().filter(ExpiringTerm::isAtRisk).toList();
    }

    /**
     * @return a row per term: municipality code and name, local union, region, the term's title, period, end and
     *     phase, the successor's title, its state on the day ({@code none} without one) and the day of its last
     *     step, and whether (and why) it is at risk
     */
    public ReportTable toTable() {
        return ReportTable.of(title("Renewal pipeline"), ExpiringTerm.headers(),
                getTerms().stream().map(ExpiringTerm::cells).toList());
    }

    /** @return the rows of {@link #atRisk()}, with the columns of {@link #toTable()} */
    public ReportTable atRiskTable() {
        return ReportTable.of(title("Renewals at risk"), ExpiringTerm.headers(),
                atRisk().stream().map(ExpiringTerm::cells).toList());
    }

    private String title(String what) {
        return what + " of " + getFederation() + ": terms ending " + getDay() + " to " + lastDay() + " ("
                + Labels.readAs(isFromDatedSteps()) + ")";
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RenewalPipeline}; {@link #build()} throws the typed error for a missing value. */
    public static class Builder extends ImmutableRenewalPipeline.Builder {}
}
