package dk.welfarealliance.report;

import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.report.internal.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The elite events of a federation by a day, counted across its alliances: every event recorded on a signed or
 * terminated agreement and held (its first day) by the day. An event two municipalities hosted together is recorded
 * in both alliances with the same {@link dk.welfarealliance.EliteEvent#getSharedReference()}: {@link #records()}
 * counts both records, {@link #distinctEvents()} and {@link #distinctByKind()} count it once, under the kind of its
 * first record in municipality order. Events without a shared reference are each an event of their own.
 *
 * @param day the day counted up to, inclusive
 * @param records the recorded events
 * @param distinctEvents the events, each event hosted together counted once
 * @param distinctByKind the distinct events by kind, every kind listed (zero included), in kind order
 */
public record EliteEventCount(LocalDate day, int records, int distinctEvents, Map<EliteEventKind, Integer> distinctByKind) {

    /** @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) if a component or entry is null */
    public EliteEventCount {
        Violations.requireNonNull(day, "EliteEventCount", "day");
        Violations.requireNonNull(distinctByKind, "EliteEventCount", "distinctByKind");
        EnumMap<EliteEventKind, Integer> byKind = new EnumMap<>(EliteEventKind.class);
        for (EliteEventKind kind : EliteEventKind.values()) {
            byKind.put(kind, 0);
        }
        distinctByKind.forEach((kind, n) -> byKind.put(Violations.requireNonNull(kind, "EliteEventCount", "distinctByKind[]"),
                Violations.requireNonNull(n, "EliteEventCount", "distinctByKind[]")));
        distinctByKind = Collections.unmodifiableMap(byKind);
    }

    /**
     * @return a table titled with the day: one row per kind (those with events), then the total of distinct events
     *     and the number of records, under the headers "Kind of event", "Events"
     */
    public ReportTable toTable() {
        List<List<String>> rows = new ArrayList<>();
        distinctByKind.forEach((kind, n) -> {
            if (n > 0) {
                rows.add(List.of(Wording.words(kind), Integer.toString(n)));
            }
        });
        rows.add(List.of("all events (co-hosted ones once)", Integer.toString(distinctEvents)));
        rows.add(List.of("records (co-hosted ones in each alliance)", Integer.toString(records)));
        return ReportTable.of("Elite events held by " + day, List.of("Kind of event", "Events"), rows);
    }
}
