package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.validation.SupportedDate;
import java.time.LocalDate;
import org.immutables.value.Value;

/** An evaluation (evaluering) of a signed or terminated agreement: a dated summary of results. */
@Value.Immutable
public abstract class Evaluation implements WithEvaluation {

    /** @return the id; {@link EvaluationId#UNASSIGNED} until the lifecycle assigns one to a child built without it */
    @Value.Default
    public EvaluationId getId() {
        return EvaluationId.UNASSIGNED;
    }

    /** @return the day of the evaluation */
    @SupportedDate
    public abstract LocalDate getDate();

    /** @return the findings; line feeds allowed */
    @LongText
    public abstract String getSummary();

    @Value.Check
    protected void check() {
        BeanValidation.check(this, Evaluation.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Evaluation}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableEvaluation.Builder {}
}
