package dk.welfarealliance.storage.tck.teeth;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.PartialDate;
import java.util.Optional;

/**
 * What a backend that stores partial dates in a plain date column reads back: every signing date, note date and
 * history step date becomes the day it starts on, known to the day. Only for {@link Fault#DROPS_DATE_PRECISION}.
 */
final class PartialDatesAsDays {
    private PartialDatesAsDays() {}

    static Alliance of(Alliance a) {
        return a.withAgreements(a.getAgreements().stream().map(g -> g.withSigningDate(asDay(g.getSigningDate()))
                        .withNotes(g.getNotes().stream().map(n -> n.withDate(asDay(n.getDate()))).toList())).toList())
                .withNotes(a.getNotes().stream().map(n -> n.withDate(asDay(n.getDate()))).toList())
                .withHistory(a.getHistory().stream().map(e -> e.withOn(asDay(e.getOn()))).toList());
    }

    private static Optional<PartialDate> asDay(Optional<PartialDate> date) {
        return date.map(PartialDatesAsDays::asDay);
    }

    private static PartialDate asDay(PartialDate date) {
        return PartialDate.day(date.getFirstDay());
    }
}
