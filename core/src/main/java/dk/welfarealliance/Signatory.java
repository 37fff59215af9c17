package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.validation.ShortText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone who signed an agreement (underskriver), by role and party: "Borgmester" for the municipality,
 * "Formand" for DBU or the local union, a club or partner representative. Refers to a
 * {@link ContactPerson} by id, or holds only the role; a club or partner signatory may name the club or partner
 * it signs for.
 */
@Value.Immutable
public abstract class Signatory implements WithSignatory {

    /** @return the id; {@link SignatoryId#UNASSIGNED} until the lifecycle assigns one to a child built without it */
    @Value.Default
    public SignatoryId getId() {
        return SignatoryId.UNASSIGNED;
    }

    /** @return the party signed for */
    public abstract SignatoryParty getParty();

    /** @return the role, e.g. {@code Borgmester}, {@code Formand for DBU}; not a person's name */
    @ShortText
    public abstract String getRole();

    /** @return the contact who signed, if recorded; it must be a contact of the alliance */
    public abstract Optional<ContactId> getContact();

    /** @return the club signed for, for a {@link SignatoryParty#CLUB} signatory; a club of the alliance */
    public abstract Optional<ClubId> getClub();

    /** @return the partner signed for, for a {@link SignatoryParty#PARTNER} signatory; a partner of the alliance */
    public abstract Optional<PartnerId> getPartner();

    /** @return a signatory for {@code party} holding only {@code role}, its id to be assigned by the lifecycle */
    public static Signatory of(SignatoryParty party, String role) {
        return builder().party(party).role(role).build();
    }

    @Value.Check
    protected void check() {
        Violations v = Violations.of(Signatory.class).addAll(BeanValidation.validate(this, Signatory.class));
        if (getClub().isPresent() && getParty() != SignatoryParty.CLUB) {
            v.add("club", Rule.PARTY_REFERENCE_KIND, "kind", getParty());
        }
        if (getPartner().isPresent() && getParty() != SignatoryParty.PARTNER) {
            v.add("partner", Rule.PARTY_REFERENCE_KIND, "kind", getParty());
        }
        v.throwIfAny();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Signatory}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableSignatory.Builder {}
}
