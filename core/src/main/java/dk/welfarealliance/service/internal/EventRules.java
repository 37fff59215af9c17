package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.service.Command;
import java.time.LocalDate;
import java.util.Optional;

/** When an elite event may be recorded on an agreement: within its term, or on its signing day. */
final class EventRules {
    private EventRules() {}

    /**
     * Throws {@code lifecycle.elite-event.outside-period} at {@code path} unless {@code event} lies within the
     * agreement's term (from the start to the effective end; no end for an open-ended term or one whose end is
     * not recorded) or on a day its signing date may denote. Checked when an event is recorded, never when a
     * stored alliance is read.
     */
    static void requireWithinTerm(Command command, String path, Agreement agreement, EliteEvent event) {
        AgreementPeriod term = agreement.getPeriod().orElseThrow();
        Optional<LocalDate> end = agreement.effectiveEnd();
        boolean within = !event.getDate().isBefore(term.getStart())
                && end.map(e -> !event.lastDay().isAfter(e)).orElse(true);
        boolean onSigningDay = agreement.getSigningDate().map(d -> d.mayBe(event.getDate())).orElse(false);
        if (!within && !onSigningDay) {
            throw Rejections.of(command, path, Rule.LIFECYCLE_EVENT_OUTSIDE_PERIOD,
                    "start", term.getStart(), "end", end.map(Object::toString).orElse("(no end)"));
        }
    }
}
