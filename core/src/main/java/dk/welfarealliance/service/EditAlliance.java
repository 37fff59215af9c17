package dk.welfarealliance.service;

import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.Partner;
import java.util.List;
import dk.welfarealliance.internal.validation.BeanValidation;
import org.immutables.value.Value;

/**
 * Replaces the alliance's clubs, partners and contacts with the lists given (add, change, remove). A
 * contact that a signatory or the history refers to cannot be removed ({@code lifecycle.contact.in-use}:
 * erase it instead), and an erased contact cannot be changed ({@code lifecycle.contact.erased}). An edit
 * that changes nothing is accepted and appends no history.
 */
@Value.Immutable
public abstract non-sealed class EditAlliance implements Command, WithEditAlliance {
    /** @return the clubs, as they should be */
    public abstract List<Club> getClubs();

    /** @return the partners, as they should be */
    public abstract List<Partner> getPartners();

    /** @return the contacts, as they should be */
    public abstract List<ContactPerson> getContacts();

    /** @return {@link CommandKind#ALLIANCE_EDIT} */
    @Override
    public CommandKind kind() {
        return CommandKind.ALLIANCE_EDIT;
    }

    @Value.Check
    protected void check() {
        BeanValidation.check(this, EditAlliance.class);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the command; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableEditAlliance.Builder {}
}
