package dk.welfarealliance;

import dk.welfarealliance.internal.AllianceInvariants;
import dk.welfarealliance.internal.Terms;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.TimeRules;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.SupportedDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A welfare alliance (velfærdsalliance): the lasting relationship of one municipality with one federation,
 * and the aggregate root every store keeps whole. It holds the agreements (terms), the clubs, partners
 * and contacts, dated notes, and the append-only history.
 *
 * <p>Identity: {@link #getId()}, and the natural key (federation, municipality), which never changes
 * after insert. {@link #getVersion()} is 0 until stored; stores return version 1 on insert and version + 1
 * on each update. {@link #getLastModified()} comes from the lifecycle's clock, truncated to microseconds.
 *
 * <p>Invariants checked whenever a value is built, by whoever builds it (docs/model.md): the effective terms
 * of signed and terminated agreements never overlap; at most one agreement is open; history is numbered
 * 1..n; every id is used once in the alliance; references (signatory and history contacts, history
 * agreements, renewals) point at something the alliance contains. Equality is structural and includes
 * the version.
 */
@Value.Immutable
public abstract class Alliance implements WithAlliance {

    /** @return the alliance's id */
    public abstract AllianceId getId();

    /** @return the federation, half of the natural key */
    public abstract FederationCode getFederation();

    /** @return the municipality, the other half of the natural key */
    public abstract MunicipalityCode getMunicipality();

    /** @return 0 if never stored; otherwise the stored version this value was read as or written at */
    public abstract long getVersion();

    /** @return when the lifecycle last changed it, truncated to microseconds */
    @SupportedDate
    public abstract Instant getLastModified();

    /** @return the agreements, in the order they were opened */
    public abstract List<Agreement> getAgreements();

    /** @return the clubs, in the order given */
    public abstract List<Club> getClubs();

    /** @return the other partners, in the order given */
    public abstract List<Partner> getPartners();

    /** @return the contact persons (personal data), in the order given */
    public abstract List<ContactPerson> getContacts();

    /** @return dated notes on the alliance as a whole (notes on one agreement live on it), in the order recorded */
    public abstract List<Note> getNotes();

    /** @return the history, ordered by sequence number 1..n */
    public abstract List<HistoryEntry> getHistory();

    /** @return the agreement with {@code id} */
    public Optional<Agreement> agreement(AgreementId id) {
        Violations.requireNonNull(id, "Alliance", "id");
        return getAgreements().stream().filter(a -> a.getId().equals(id)).findFirst();
    }

    /** @return the open agreement (in dialogue, approved or on hold), if any; there is at most one */
    public Optional<Agreement> openAgreement() {
        return getAgreements().stream().filter(a -> a.getState().isOpen()).findFirst();
    }

    /** @return the contact with {@code id} */
    public Optional<ContactPerson> contact(ContactId id) {
        Violations.requireNonNull(id, "Alliance", "id");
        return getContacts().stream().filter(c -> c.getId().equals(id)).findFirst();
    }

    /** @return the agreement known to be in force on {@code day}, if any; terms never overlap, so there is at most one */
    public Optional<Agreement> agreementInForceOn(LocalDate day) {
        Violations.requireNonNull(day, "Alliance", "day");
        return getAgreements().stream().filter(a -> a.isInForceOn(day)).findFirst();
    }

    /**
     * The phase of agreement {@code id} on {@code day}: {@link Agreement#phaseOn(LocalDate)}, except that a term
     * whose end is not recorded is {@link Phase#ENDED} from the start of the next term of the alliance on (terms
     * never overlap, so it cannot have been in force after that), and {@link Phase#POSSIBLY_IN_FORCE} before.
     *
     * @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) for a null argument, or
     *     ({@code lifecycle.agreement.unknown}) if the alliance holds no agreement {@code id}
     */
    public Phase phaseOn(AgreementId id, LocalDate day) {
        Violations.requireNonNull(day, "Alliance", "day");
        Agreement agreement = required(id);
        Phase own = agreement.phaseOn(day);
        if (own != Phase.POSSIBLY_IN_FORCE) {
            return own;
        }
        return Terms.endAtLatest(this, agreement).map(bound -> day.isAfter(bound) ? Phase.ENDED : own).orElse(own);
    }

    /**
     * @return the latest day agreement {@code id} can have been in force: its effective end where known; for a
     *     term whose end is not recorded, the day before the next term of the alliance starts; empty when there
     *     is no such bound (drafts, abandoned agreements, open-ended terms, an unrecorded end with no later term).
     *     Stores keep it for the {@code possiblyInForceOn} criterion.
     * @throws dk.welfarealliance.validation.ValidationException if the alliance holds no agreement {@code id}
     */
    public Optional<LocalDate> endAtLatest(AgreementId id) {
        return Terms.endAtLatest(this, required(id));
    }

    /**
     * The stored state of agreement {@code id} as it stood on {@code day}, derived from its dated history: the
     * state after the last step of that agreement, in sequence order, that had certainly happened by {@code day}
     * (a step dated to a month or year counts from the last day its date may denote, {@link PartialDate#lastDay()}:
     * a signing in "2021-09" counts from 30 September 2021), with every step before it replayed. So a registry that opened the agreement today and then entered its
     * approval and signing years back still tells the state on each of those days.
     *
     * @return the state on {@code day}; empty if no step of the agreement had happened by then, or if its history
     *     carries no dates (entries written before steps were dated)
     * @throws dk.welfarealliance.validation.ValidationException if the alliance holds no agreement {@code id}
     */
    public Optional<AgreementState> stateOn(AgreementId id, LocalDate day) {
        Violations.requireNonNull(day, "Alliance", "day");
        required(id);
        return Terms.stateOn(getHistory(), id, day);
    }

    /**
     * @return the latest effective end (end, or termination date) over signed and terminated agreements;
     *     empty if none was ever signed. Stores sort on it (docs/storage-contract.md).
     */
    public Optional<LocalDate> latestSignedEnd() {
        return getAgreements().stream()
                .map(Agreement::effectiveEnd)
                .flatMap(Optional::stream)
                .max(LocalDate::compareTo);
    }

    private Agreement required(AgreementId id) {
        Violations.requireNonNull(id, "Alliance", "id");
        return agreement(id).orElseThrow(
                () -> Violations.single("Alliance", "id", Rule.LIFECYCLE_AGREEMENT_UNKNOWN, "agreement", id));
    }

    /** @return the sequence number the next history entry gets */
    public long nextSeq() {
        return getHistory().size() + 1L;
    }

    @Value.Check
    protected Alliance normalize() {
        Instant micros = TimeRules.toMicros(getLastModified());
        if (!micros.equals(getLastModified())) {
            return new Builder().from(this).lastModified(micros).build();
        }
        AllianceInvariants.check(this);
        return this;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Alliance}; {@link #build()} throws the typed error if any invariant is broken. */
    public static class Builder extends ImmutableAlliance.Builder {}
}
