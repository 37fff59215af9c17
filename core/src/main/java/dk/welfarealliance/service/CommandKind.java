package dk.welfarealliance.service;

import static dk.welfarealliance.AgreementState.APPROVED;
import static dk.welfarealliance.AgreementState.IN_DIALOGUE;
import static dk.welfarealliance.AgreementState.ON_HOLD;
import static dk.welfarealliance.AgreementState.SIGNED;
import static dk.welfarealliance.AgreementState.TERMINATED;

import dk.welfarealliance.AgreementState;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The commands of the lifecycle and, in one place, the (state, command) table of docs/lifecycle.md: the states of
 * the target agreement in which each agreement command is allowed. Every other pair is rejected with
 * {@code lifecycle.command.not-allowed} and changes nothing.
 *
 * <p>{@link #OPEN} and {@link #ALLIANCE_EDIT} act on the alliance and have no target agreement;
 * {@link #RENEW}'s target is the agreement being renewed.
 */
public enum CommandKind {
    /** Open a new agreement in dialogue; no other agreement may be open. */
    OPEN(),
    /** Edit draft content: title, planned period, focus areas, initiatives, elite commitments, payments. */
    EDIT(IN_DIALOGUE, APPROVED, ON_HOLD),
    APPROVE(IN_DIALOGUE),
    /** Put on hold, remembering the state left. */
    HOLD(IN_DIALOGUE, APPROVED),
    /** Return to the remembered state. */
    RESUME(ON_HOLD),
    ABANDON(IN_DIALOGUE, APPROVED, ON_HOLD),
    SIGN(IN_DIALOGUE, APPROVED),
    /** Extend the end, change focus areas, initiatives, elite commitments, payments; record elite events. */
    AMEND(SIGNED),
    /** Record an evaluation or a measurement, also after the term has ended. */
    EVALUATE(SIGNED, TERMINATED),
    TERMINATE(SIGNED),
    /** Open a new agreement in dialogue that renews the target. */
    RENEW(SIGNED, TERMINATED),
    /** Add, change or remove one initiative of a draft or a signed agreement. */
    CONTENT(IN_DIALOGUE, APPROVED, ON_HOLD, SIGNED),
    /**
     * Record or remove a dated note, on the alliance or on an agreement in any state; it has no target
     * agreement whose state could reject it.
     */
    NOTE(),
    /** Add, change or remove partners, clubs, contacts; erase a contact. */
    ALLIANCE_EDIT();

    private final Set<AgreementState> allowedIn;

    CommandKind(AgreementState... allowedIn) {
        this.allowedIn = allowedIn.length == 0
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.of(allowedIn[0], allowedIn));
    }

    /** @return whether the command targets one agreement (all but {@link #OPEN}, {@link #ALLIANCE_EDIT} and {@link #NOTE}) */
    public boolean targetsAgreement() {
        return this != OPEN && this != ALLIANCE_EDIT && this != NOTE;
    }

    /** @return the states of the target agreement in which this command is allowed; empty for alliance commands */
    public Set<AgreementState> allowedIn() {
        return allowedIn;
    }

    /** @return whether this command is allowed on an agreement in {@code state} */
    public boolean isAllowedIn(AgreementState state) {
        return allowedIn.contains(state);
    }
}
