package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AmendAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.EditAgreement;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The edit (draft) and amend (signed) commands: a revised agreement that may differ only in its content. */
final class ContentRevision {
    private ContentRevision() {}

    static AllianceChange edit(Alliance alliance, EditAgreement command, ReferenceCatalogue catalogue) {
        Agreement revised = command.getRevised();
        Agreement current = Rejections.target(alliance, revised.getId(), command, "revised.id");
        Rejections.requireAllowed(command, current);
        AgreementFields.requireOnlyChanges(command, current, revised, AgreementFields.DRAFT_CONTENT);
        requireKnownFocusAreas(catalogue, command, current, revised);
        return new AllianceChange(alliance).replace(revised, HistoryEvent.EDITED, Optional.empty());
    }

    static AllianceChange amend(Alliance alliance, AmendAgreement command, ReferenceCatalogue catalogue) {
        Agreement revised = command.getRevised();
        Agreement current = Rejections.target(alliance, revised.getId(), command, "revised.id");
        Rejections.requireAllowed(command, current);
        AgreementFields.requireOnlyChanges(command, current, revised, AgreementFields.SIGNED_CONTENT);
        AgreementPeriod before = current.getPeriod().orElseThrow();
        AgreementPeriod after = revised.getPeriod().orElseThrow();
        if (!after.getStart().equals(before.getStart())) {
            throw Rejections.of(command, "revised.period.start", Rule.LIFECYCLE_CHANGE_NOT_ALLOWED, "command", "amend");
        }
        if (after.getEnd().isBefore(before.getEnd())) {
            throw Rejections.of(command, "revised.period.end", Rule.LIFECYCLE_AMEND_END_EARLIER, "end", before.getEnd());
        }
        requireKnownFocusAreas(catalogue, command, current, revised);
        return new AllianceChange(alliance).replace(revised, HistoryEvent.AMENDED, Optional.empty());
    }

    /** Only focus areas the revision adds are checked: the catalogue may since have dropped old ones. */
    private static void requireKnownFocusAreas(ReferenceCatalogue catalogue, Command command, Agreement current,
            Agreement revised) {
        Set<FocusAreaCode> added = new TreeSet<>(revised.getFocusAreas());
        added.removeAll(current.getFocusAreas());
        CatalogueChecks.requireFocusAreas(catalogue, command, "revised.focusAreas", added);
    }
}
