package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Club;
import dk.welfarealliance.Partner;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.Goal;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Payment;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.EditAlliance;
import dk.welfarealliance.service.EraseContact;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.RenewAgreement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The commands that act on the alliance: open, renew, edit the alliance's lists, erase a contact. */
final class AllianceCommands {
    private AllianceCommands() {}

    static AllianceChange open(Alliance alliance, OpenAgreement command, CommandContext context) {
        requireNoOpenAgreement(alliance, command);
        command.getRenews().ifPresent(r -> requireRenewable(alliance, command, "renews", r));
        if (command.getRenews().isPresent() && command.getRenewsUnrecorded().isPresent()) {
            throw Rejections.of(command, "renewsUnrecorded", Rule.AGREEMENT_RENEWS_BOTH);
        }
        CatalogueChecks.requireFocusAreas(context.catalogue(), command, "focusAreas", command.getFocusAreas());
        IdAssignment assign = context.assign();
        Agreement opened = Agreement.builder()
                .id(context.ids().newAgreementId())
                .title(command.getTitle())
                .state(AgreementState.IN_DIALOGUE)
                .period(command.getPlannedPeriod())
                .localUnion(CatalogueChecks.localUnion(
                        context.catalogue(), command, alliance.getMunicipality(), command.getLocalUnion()))
                .renews(command.getRenews())
                .renewsUnrecorded(command.getRenewsUnrecorded())
                .focusAreas(command.getFocusAreas())
                .initiatives(IdAssignment.each(command.getInitiatives(), assign::initiative))
                .eliteCommitments(IdAssignment.each(command.getEliteCommitments(), assign::commitment))
                .payments(IdAssignment.each(command.getPayments(), assign::payment))
                .extensionOption(command.getExtensionOption())
                .build();
        return new AllianceChange(alliance, context.stepDate(command.getOn()))
                .add(opened, HistoryEvent.OPENED, Optional.empty());
    }

    static AllianceChange renew(Alliance alliance, RenewAgreement command, CommandContext context) {
        Agreement previous = AgreementTransitions.allowedTarget(alliance, command.getPrevious(), command, "previous");
        requireNoOpenAgreement(alliance, command);
        IdGenerator ids = context.ids();
        Agreement renewal = Agreement.builder()
                .id(ids.newAgreementId())
                .title(command.getTitle())
                .state(AgreementState.IN_DIALOGUE)
                .renews(previous.getId())
                .period(command.getPlannedPeriod())
                .localUnion(context.catalogue().coveringUnion(alliance.getMunicipality()))
                .focusAreas(previous.getFocusAreas())
                .initiatives(copyInitiatives(previous.getInitiatives(), ids))
                .eliteCommitments(copyCommitments(previous.getEliteCommitments(), ids))
                .payments(copyPayments(previous.getPayments(), ids))
                .extensionOption(previous.getExtensionOption())
                .build();
        return new AllianceChange(alliance, context.stepDate(command.getOn()))
                .add(renewal, HistoryEvent.RENEWAL_OPENED, command.getReason());
    }

    /**
     * Throws {@code lifecycle.renews.invalid} at {@code path} unless {@code renewed} is a signed or terminated
     * agreement of the alliance.
     */
    static void requireRenewable(Alliance alliance, Command command, String path, AgreementId renewed) {
        boolean renewable = alliance.agreement(renewed).map(a -> a.getState().isSigned()).orElse(false);
        if (!renewable) {
            throw Rejections.of(command, path, Rule.LIFECYCLE_RENEWS_INVALID, "agreement", renewed);
        }
    }

    static AllianceChange editAlliance(Alliance alliance, EditAlliance command, CommandContext context) {
        IdAssignment assign = context.assign();
        List<Club> clubs = IdAssignment.each(command.getClubs(), assign::club);
        List<Partner> partners = IdAssignment.each(command.getPartners(), assign::partner);
        List<ContactPerson> contacts = IdAssignment.each(command.getContacts(), assign::contact);
        Set<ContactId> referenced = referencedContacts(alliance);
        Map<ContactId, ContactPerson> revised = new HashMap<>();
        contacts.forEach(c -> revised.put(c.getId(), c));
        Violations v = Violations.of(Rejections.type(command));
        for (ContactPerson current : alliance.getContacts()) {
            ContactPerson next = revised.get(current.getId());
            if (next == null && referenced.contains(current.getId())) {
                v.add("contacts", Rule.LIFECYCLE_CONTACT_IN_USE, "contact", current.getId());
            } else if (next != null && current.isErased() && !next.equals(current)) {
                v.add("contacts", Rule.LIFECYCLE_CONTACT_ERASED, "contact", current.getId());
            }
        }
        v.throwIfAny();
        return new AllianceChange(alliance, context.stepDate(Optional.empty())).editAlliance(clubs, partners,
                contacts, HistoryEvent.ALLIANCE_EDITED, Optional.empty(), Optional.empty());
    }

    static AllianceChange erase(Alliance alliance, EraseContact command, CommandContext context) {
        ContactId id = command.getContact();
        if (alliance.contact(id).isEmpty()) {
            throw Rejections.of(command, "contact", Rule.LIFECYCLE_CONTACT_UNKNOWN, "contact", id);
        }
        List<ContactPerson> contacts = new ArrayList<>();
        for (ContactPerson c : alliance.getContacts()) {
            contacts.add(c.getId().equals(id) ? ContactPerson.tombstone(id) : c);
        }
        return new AllianceChange(alliance, context.stepDate(Optional.empty())).editAlliance(alliance.getClubs(),
                alliance.getPartners(), contacts,
                HistoryEvent.CONTACT_ERASED, Optional.of(id), command.getReason());
    }

    static void requireNoOpenAgreement(Alliance alliance, Command command) {
        alliance.openAgreement().ifPresent(open -> {
            throw Rejections.of(command, "", Rule.LIFECYCLE_OPEN_AGREEMENT_EXISTS, "agreement", open.getId());
        });
    }

    static Set<ContactId> referencedContacts(Alliance alliance) {
        Set<ContactId> referenced = new HashSet<>();
        alliance.getAgreements().forEach(a -> a.getSignatories().forEach(s -> s.getContact().ifPresent(referenced::add)));
        for (HistoryEntry e : alliance.getHistory()) {
            e.getContact().ifPresent(referenced::add);
        }
        return referenced;
    }

    private static List<Initiative> copyInitiatives(List<Initiative> initiatives, IdGenerator ids) {
        List<Initiative> copies = new ArrayList<>();
        for (Initiative i : initiatives) {
            List<Goal> goals = new ArrayList<>();
            i.getGoals().forEach(g -> goals.add(g.withId(ids.newGoalId())));
            copies.add(Initiative.builder().from(i).id(ids.newInitiativeId()).goals(goals).build());
        }
        return copies;
    }

    private static List<EliteCommitment> copyCommitments(List<EliteCommitment> commitments, IdGenerator ids) {
        List<EliteCommitment> copies = new ArrayList<>();
        commitments.forEach(c -> copies.add(c.withId(ids.newEliteCommitmentId())));
        return copies;
    }

    private static List<Payment> copyPayments(List<Payment> payments, IdGenerator ids) {
        List<Payment> copies = new ArrayList<>();
        payments.forEach(p -> copies.add(p.withId(ids.newPaymentId())));
        return copies;
    }
}
