package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.TimeRules;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.LongText;
import dk.welfarealliance.validation.SupportedDate;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of an alliance's append-only history (docs/model.md): sequence number, what happened, to which
 * agreement (if any), on which day it happened and when it was recorded, by whom (an opaque {@link ActorRef}, never a name) and why. Histories are
 * ordered by {@link #getSeq()}, never by time. {@link #getAt()} is truncated to microseconds when built.
 */
@Value.Immutable
public abstract class HistoryEntry implements WithHistoryEntry {

    /** @return the gap-free sequence number, starting at 1 */
    public abstract long getSeq();

    /** @return what happened */
    public abstract HistoryEvent getEvent();

    /** @return the agreement concerned, for agreement-level events */
    public abstract Optional<AgreementId> getAgreement();

    /** @return the contact concerned, for an erasure (the id only) */
    public abstract Optional<ContactId> getContact();

    /**
     * @return the day the step happened, as the command gave it (to the day, month or year) or else the day it
     *     was recorded; separate from {@link #getAt()}, when it was recorded. Empty in entries written before
     *     steps were dated.
     */
    public abstract Optional<PartialDate> getOn();

    /** @return when, from the lifecycle's clock, truncated to microseconds */
    @SupportedDate
    public abstract Instant getAt();

    /** @return who, as the embedder's opaque reference */
    public abstract ActorRef getActor();

    /** @return why, where the command gave a reason */
    public abstract Optional<@LongText String> getReason();

    @Value.Check
    protected HistoryEntry normalize() {
        Instant micros = TimeRules.toMicros(getAt());
        if (!micros.equals(getAt())) {
            return new Builder().from(this).at(micros).build();
        }
        Violations v = Violations.of(HistoryEntry.class).addAll(BeanValidation.validate(this, HistoryEntry.class));
        if (getSeq() < 1) {
            v.add("seq", Rule.HISTORY_SEQ_MIN);
        }
        v.throwIfAny();
        return this;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HistoryEntry}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableHistoryEntry.Builder {}
}
