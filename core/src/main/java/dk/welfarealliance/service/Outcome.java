package dk.welfarealliance.service;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.internal.validation.Violations;
import java.util.Optional;

/**
 * What a command did: the alliance after it, the agreement it created or acted on, and the child it created
 * (an elite event, a note, a club, an initiative, …) with the id the lifecycle assigned. So the new agreement
 * after {@link OpenAgreement} or {@link RenewAgreement}, or the new event after {@link RecordEliteEvent}, is one
 * call away. Immutable.
 */
public final class Outcome {
    private final Alliance alliance;
    private final Optional<AgreementId> agreement;
    private final Optional<Object> created;
    private final String command;

    private Outcome(Alliance alliance, Optional<AgreementId> agreement, Optional<Object> created, String command) {
        this.alliance = alliance;
        this.agreement = agreement;
        this.created = created;
        this.command = command;
    }

    /**
     * For the lifecycle: the outcome of {@code command}.
     *
     * @param created the child value the command created, with its assigned id
     */
    public static Outcome of(Alliance alliance, Optional<AgreementId> agreement, Optional<Object> created,
            Command command) {
        Violations.requireNonNull(alliance, "Outcome", "alliance");
        Violations.requireNonNull(agreement, "Outcome", "agreement");
        Violations.requireNonNull(created, "Outcome", "created");
        Violations.requireNonNull(command, "Outcome", "command");
        return new Outcome(alliance, agreement, created, command.getClass().getSimpleName().replaceFirst("^Immutable", ""));
    }

    /** @return this outcome with {@code stored}, e.g. the alliance as a store returned it, at its new version */
    public Outcome withAlliance(Alliance stored) {
        Violations.requireNonNull(stored, "Outcome", "alliance");
        return new Outcome(stored, agreement, created, command);
    }

    /** @return the alliance after the command (unchanged, history included, if the command changed nothing) */
    public Alliance getAlliance() {
        return alliance;
    }

    /** @return the agreement the command created (open, renew) or acted on, as it is after the command */
    public Optional<Agreement> findAgreement() {
        return agreement.flatMap(alliance::agreement);
    }

    /**
     * @return the agreement the command created or acted on
     * @throws IllegalStateException if the command acts on the alliance only (clubs, partners, contacts)
     */
    public Agreement agreement() {
        return findAgreement().orElseThrow(() -> new IllegalStateException(command + " acts on no agreement"));
    }

    /**
     * @return the child the command created, e.g. {@code created(EliteEvent.class)} after {@link RecordEliteEvent}
     * @throws IllegalStateException if the command created no child of {@code type}
     */
    public <T> T created(Class<T> type) {
        Violations.requireNonNull(type, "Outcome", "type");
        return created.filter(type::isInstance).map(type::cast).orElseThrow(() -> new IllegalStateException(
                command + " created no " + type.getSimpleName()));
    }

    @Override
    public String toString() {
        return "Outcome{" + command + " on alliance " + alliance.getId() + agreement.map(a -> ", agreement " + a).orElse("")
                + created.map(c -> ", created a " + c.getClass().getSimpleName().replaceFirst("^Immutable", "")).orElse("")
                + "}";
    }
}
