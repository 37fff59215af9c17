package dk.welfarealliance;

import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the UUIDs behind every id. Injected wherever ids are made (the lifecycle, the examples, tests);
 * stores never make ids. Implementations must be thread-safe and must not repeat a UUID.
 */
@FunctionalInterface
public interface IdGenerator {

    /** @return a UUID never returned before by this generator */
    UUID nextUuid();

    /** @return random (version 4) UUIDs from {@link UUID#randomUUID()}; the production default */
    static IdGenerator random() {
        return UUID::randomUUID;
    }

    /**
     * A deterministic generator for tests: the same seed gives the same sequence of version-4-shaped UUIDs,
     * never the same UUID twice.
     *
     * @param seed the seed
     * @return a thread-safe generator (each call takes the next value of one shared sequence)
     */
    static IdGenerator seeded(long seed) {
        AtomicLong counter = new AtomicLong();
        return () -> {
            long n = counter.incrementAndGet();
            // High bits look random (so ids do not sort by creation order); the counter in the low bits
            // makes every UUID of one generator distinct.
            long high = (new SplittableRandom(seed ^ (n * 0x9E3779B97F4A7C15L)).nextLong() & 0xFFFFFFFFFFFF0FFFL)
                    | 0x0000000000004000L;
            long low = 0x8000000000000000L | n;
            return new UUID(high, low);
        };
    }

    /** @return a new alliance id */
    default AllianceId newAllianceId() {
        return new AllianceId(nextUuid());
    }

    /** @return a new agreement id */
    default AgreementId newAgreementId() {
        return new AgreementId(nextUuid());
    }

    /** @return a new initiative id */
    default InitiativeId newInitiativeId() {
        return new InitiativeId(nextUuid());
    }

    /** @return a new goal id */
    default GoalId newGoalId() {
        return new GoalId(nextUuid());
    }

    /** @return a new measurement id */
    default MeasurementId newMeasurementId() {
        return new MeasurementId(nextUuid());
    }

    /** @return a new elite commitment id */
    default EliteCommitmentId newEliteCommitmentId() {
        return new EliteCommitmentId(nextUuid());
    }

    /** @return a new elite event id */
    default EliteEventId newEliteEventId() {
        return new EliteEventId(nextUuid());
    }

    /** @return a new payment id */
    default PaymentId newPaymentId() {
        return new PaymentId(nextUuid());
    }

    /** @return a new evaluation id */
    default EvaluationId newEvaluationId() {
        return new EvaluationId(nextUuid());
    }

    /** @return a new club id */
    default ClubId newClubId() {
        return new ClubId(nextUuid());
    }

    /** @return a new partner id */
    default PartnerId newPartnerId() {
        return new PartnerId(nextUuid());
    }

    /** @return a new contact id */
    default ContactId newContactId() {
        return new ContactId(nextUuid());
    }

    /** @return a new signatory id */
    default SignatoryId newSignatoryId() {
        return new SignatoryId(nextUuid());
    }

    /** @return a new note id */
    default NoteId newNoteId() {
        return new NoteId(nextUuid());
    }
}
