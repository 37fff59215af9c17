package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.validation.ShortText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone who signed an agreement (underskriver), by role and party: "Borgmester" for the municipality,
 * "Formand" for DBU or the local union, a club or partner representative. Refers to a
 * {@link ContactPerson} by id, or holds only the role.
 */
@Value.Immutable
public abstract class Signatory implements WithSignatory {

    /** @return the signatory's id */
    public abstract SignatoryId getId();

    /** @return the party signed for */
    public abstract SignatoryParty getParty();

    /** @return the role, e.g. {@code Borgmester}, {@code Formand for DBU}; not a person's name */
    @ShortText
    public abstract String getRole();

    /** @return the contact who signed, if recorded; it must be a contact of the alliance */
    public abstract Optional<ContactId> getContact();

    @Value.Check
    protected void check() {
        BeanValidation.check(this, Signatory.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Signatory}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableSignatory.Builder {}
}
