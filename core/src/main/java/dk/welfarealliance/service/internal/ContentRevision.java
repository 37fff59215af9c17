package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AmendAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.EditAgreement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The edit (draft) and amend (signed) commands: a revised agreement that may differ only in its content. */
final class ContentRevision {
    private ContentRevision() {}

    static AllianceChange edit(Alliance alliance, EditAgreement command, CommandContext context) {
        Agreement current = Rejections.target(alliance, command.getRevised().getId(), command, "revised.id");
        Rejections.requireAllowed(command, current);
        Agreement revised = context.assign().agreement(command.getRevised());
        AgreementFields.requireOnlyChanges(command, current, revised, AgreementFields.DRAFT_CONTENT);
        if (!revised.getRenews().equals(current.getRenews()) && revised.getRenews().isPresent()) {
            AllianceCommands.requireRenewable(alliance, command, "revised.renews", revised.getRenews().get());
        }
        requireKnownFocusAreas(context.catalogue(), command, current, revised);
        return new AllianceChange(alliance, context.stepDate(command.getOn()))
                .replace(revised, HistoryEvent.EDITED, Optional.empty());
    }

    static AllianceChange amend(Alliance alliance, AmendAgreement command, CommandContext context) {
        Agreement current = Rejections.target(alliance, command.getRevised().getId(), command, "revised.id");
        Rejections.requireAllowed(command, current);
        Agreement revised = context.assign().agreement(command.getRevised());
        AgreementFields.requireOnlyChanges(command, current, revised, AgreementFields.SIGNED_CONTENT);
        requireEndNotEarlier(command, current.getPeriod().orElseThrow(), revised.getPeriod().orElseThrow());
        List<EliteEvent> events = revised.getEliteEvents();
        for (int i = 0; i < events.size(); i++) {
            EliteEvent event = events.get(i);
            if (!current.getEliteEvents().contains(event)) {
                EventRules.requireWithinTerm(command, "revised.eliteEvents[" + i + "]", revised, event);
            }
        }
        requireKnownFocusAreas(context.catalogue(), command, current, revised);
        return new AllianceChange(alliance, context.stepDate(command.getOn()))
                .replace(revised, HistoryEvent.AMENDED, Optional.empty());
    }

    /**
     * The start stays; an end date may move later or become open-ended; an open-ended term stays open-ended; an
     * end not recorded may be recorded; a recorded end is never forgotten again.
     */
    private static void requireEndNotEarlier(Command command, AgreementPeriod before, AgreementPeriod after) {
        if (!after.getStart().equals(before.getStart())) {
            throw Rejections.of(command, "revised.period.start", Rule.LIFECYCLE_CHANGE_NOT_ALLOWED, "command", "amend");
        }
        if (before.endKind() != EndKind.NOT_RECORDED && after.endKind() == EndKind.NOT_RECORDED) {
            throw Rejections.of(command, "revised.period.end", Rule.LIFECYCLE_AMEND_END_FORGOTTEN);
        }
        boolean earlier = switch (before.endKind()) {
            case DATE -> after.getEnd().map(end -> end.isBefore(before.getEnd().orElseThrow())).orElse(false);
            case OPEN_ENDED -> after.endKind() == EndKind.DATE;
            case NOT_RECORDED -> false;
        };
        if (earlier) {
            throw Rejections.of(command, "revised.period.end", Rule.LIFECYCLE_AMEND_END_EARLIER, "end",
                    before.getEnd().map(Object::toString).orElse("(open-ended)"));
        }
    }

    /** Only focus areas the revision adds are checked: the catalogue may since have dropped old ones. */
    private static void requireKnownFocusAreas(ReferenceCatalogue catalogue, Command command, Agreement current,
            Agreement revised) {
        Set<FocusAreaCode> added = new TreeSet<>(revised.getFocusAreas());
        added.removeAll(current.getFocusAreas());
        CatalogueChecks.requireFocusAreas(catalogue, command, "revised.focusAreas", added);
    }
}
