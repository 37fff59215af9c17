package dk.welfarealliance.service.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.Partner;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.PutClub;
import dk.welfarealliance.service.PutContact;
import dk.welfarealliance.service.PutPartner;
import dk.welfarealliance.service.RemoveClub;
import dk.welfarealliance.service.RemoveContact;
import dk.welfarealliance.service.RemovePartner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Put or remove one club, partner or contact of the alliance, without passing back every list. */
final class PartyCommands {
    private PartyCommands() {}

    static AllianceChange putClub(Alliance alliance, PutClub command, CommandContext context) {
        Club club = context.assign().club(command.getClub());
        return change(alliance, context).editAlliance(put(alliance.getClubs(), Club::getId, club), alliance.getPartners(),
                alliance.getContacts(), HistoryEvent.ALLIANCE_EDITED, Optional.empty(), Optional.empty()).created(club);
    }

    static AllianceChange removeClub(Alliance alliance, RemoveClub command, CommandContext context) {
        requireUnused(alliance, command, "club", command.getClub().value());
        List<Club> kept = ChildCommands.without(command, "club", alliance.getClubs(), Club::getId, command.getClub());
        return change(alliance, context).editAlliance(kept, alliance.getPartners(), alliance.getContacts(),
                HistoryEvent.ALLIANCE_EDITED, Optional.empty(), Optional.empty());
    }

    static AllianceChange putPartner(Alliance alliance, PutPartner command, CommandContext context) {
        Partner partner = context.assign().partner(command.getPartner());
        return change(alliance, context).editAlliance(alliance.getClubs(), put(alliance.getPartners(), Partner::getId, partner),
                alliance.getContacts(), HistoryEvent.ALLIANCE_EDITED, Optional.empty(), Optional.empty()).created(partner);
    }

    static AllianceChange removePartner(Alliance alliance, RemovePartner command, CommandContext context) {
        requireUnused(alliance, command, "partner", command.getPartner().value());
        List<Partner> kept = ChildCommands.without(command, "partner", alliance.getPartners(), Partner::getId,
                command.getPartner());
        return change(alliance, context).editAlliance(alliance.getClubs(), kept, alliance.getContacts(),
                HistoryEvent.ALLIANCE_EDITED, Optional.empty(), Optional.empty());
    }

    static AllianceChange putContact(Alliance alliance, PutContact command, CommandContext context) {
        ContactPerson contact = context.assign().contact(command.getContact());
        alliance.contact(contact.getId()).filter(c -> c.isErased() && !c.equals(contact)).ifPresent(c -> {
            throw Rejections.of(command, "contact", Rule.LIFECYCLE_CONTACT_ERASED, "contact", c.getId());
        });
        return change(alliance, context).editAlliance(alliance.getClubs(), alliance.getPartners(),
                put(alliance.getContacts(), ContactPerson::getId, contact), HistoryEvent.ALLIANCE_EDITED,
                Optional.empty(), Optional.empty()).created(contact);
    }

    static AllianceChange removeContact(Alliance alliance, RemoveContact command, CommandContext context) {
        if (AllianceCommands.referencedContacts(alliance).contains(command.getContact())) {
            throw Rejections.of(command, "contact", Rule.LIFECYCLE_CONTACT_IN_USE, "contact", command.getContact());
        }
        List<ContactPerson> kept = ChildCommands.without(command, "contact", alliance.getContacts(),
                ContactPerson::getId, command.getContact());
        return change(alliance, context).editAlliance(alliance.getClubs(), alliance.getPartners(), kept,
                HistoryEvent.ALLIANCE_EDITED, Optional.empty(), Optional.empty());
    }

    private static AllianceChange change(Alliance alliance, CommandContext context) {
        return new AllianceChange(alliance, context.stepDate(Optional.empty()));
    }

    private static void requireUnused(Alliance alliance, Command command, String path, UUID id) {
        if (PartyChecks.referenced(alliance).contains(id)) {
            throw Rejections.of(command, path, Rule.LIFECYCLE_PARTY_IN_USE, "id", id);
        }
    }

    /** @return {@code items} with {@code item} replacing the one with its id, or appended */
    private static <T, I> List<T> put(List<T> items, Function<T, I> idOf, T item) {
        List<T> copy = new ArrayList<>(items);
        int at = ChildCommands.indexOf(copy, idOf, idOf.apply(item));
        if (at >= 0) {
            copy.set(at, item);
        } else {
            copy.add(item);
        }
        return copy;
    }
}
