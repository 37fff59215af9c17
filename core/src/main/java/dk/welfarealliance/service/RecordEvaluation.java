package dk.welfarealliance.service;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Records an evaluation on a signed or terminated agreement (also after its term has ended).
 */
@Value.Immutable
public abstract non-sealed class RecordEvaluation implements Command, WithRecordEvaluation {
    /** @return the agreement evaluated */
    @Value.Parameter
    public abstract AgreementId getAgreement();

    /** @return the evaluation to add */
    @Value.Parameter
    public abstract Evaluation getEvaluation();

    /** @return the command */
    public static RecordEvaluation of(AgreementId agreement, Evaluation evaluation) {
        return ImmutableRecordEvaluation.of(agreement, evaluation);
    }

    /** @return {@link CommandKind#EVALUATE} */
    @Override
    public CommandKind kind() {
        return CommandKind.EVALUATE;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, RecordEvaluation.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableRecordEvaluation.Builder {}
}
