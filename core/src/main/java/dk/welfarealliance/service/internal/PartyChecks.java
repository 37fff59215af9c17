package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.service.Command;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Which clubs and partners the agreements refer to, and the check that a command's references exist. */
final class PartyChecks {
    private PartyChecks() {}

    /** Throws {@code lifecycle.child.unknown} at {@code path} if {@code initiative} names a club or partner the alliance lacks. */
    static void requireKnown(Alliance alliance, Command command, String path, Initiative initiative) {
        for (ClubId club : initiative.getClubs()) {
            if (alliance.getClubs().stream().noneMatch(c -> c.getId().equals(club))) {
                throw Rejections.of(command, path + ".clubs", Rule.LIFECYCLE_CHILD_UNKNOWN, "id", club);
            }
        }
        for (PartnerId partner : initiative.getPartners()) {
            if (alliance.getPartners().stream().noneMatch(p -> p.getId().equals(partner))) {
                throw Rejections.of(command, path + ".partners", Rule.LIFECYCLE_CHILD_UNKNOWN, "id", partner);
            }
        }
    }

    /** @return the ids of every club and partner a signatory, initiative or payment of the alliance names */
    static Set<UUID> referenced(Alliance alliance) {
        Set<UUID> ids = new HashSet<>();
        for (Agreement a : alliance.getAgreements()) {
            for (Signatory s : a.getSignatories()) {
                s.getClub().ifPresent(c -> ids.add(c.value()));
                s.getPartner().ifPresent(p -> ids.add(p.value()));
            }
            for (Initiative i : a.getInitiatives()) {
                i.getClubs().forEach(c -> ids.add(c.value()));
                i.getPartners().forEach(p -> ids.add(p.value()));
            }
            for (Payment p : a.getPayments()) {
                for (Optional<Party> party : List.of(p.getPayer(), p.getPayee())) {
                    party.ifPresent(x -> {
                        x.getClub().ifPresent(c -> ids.add(c.value()));
                        x.getPartner().ifPresent(q -> ids.add(q.value()));
                    });
                }
            }
        }
        return ids;
    }
}
