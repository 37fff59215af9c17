package dk.welfarealliance.report;

import dk.welfarealliance.internal.validation.Violations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** How many municipalities have each {@link CoverageStatus}, and how many there are in all. Immutable. */
@Value.Immutable
public abstract class StatusCounts {
    /** @return the number of municipalities with each status; every status is a key, 0 where none has it */
    @Value.NaturalOrder
    public abstract java.util.SortedMap<CoverageStatus, Integer> getCounts();

    /** @return the number of municipalities with {@code status} */
    public int count(CoverageStatus status) {
        Violations.requireNonNull(status, "StatusCounts", "status");
        return getCounts().getOrDefault(status, 0);
    }

    /** @return the number of municipalities counted: the sum over every status */
    public int total() {
        return getCounts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @return the counts of {@code statuses}, one per municipality
     * @throws dk.welfarealliance.validation.ValidationException if {@code statuses} or one of them is null
     */
    public static StatusCounts of(Collection<CoverageStatus> statuses) {
        Violations.requireNonNull(statuses, "StatusCounts", "statuses");
        Map<CoverageStatus, Integer> counts = new EnumMap<>(CoverageStatus.class);
        for (CoverageStatus status : CoverageStatus.values()) {
            counts.put(status, 0);
        }
        for (CoverageStatus status : statuses) {
            counts.merge(Violations.requireNonNull(status, "StatusCounts", "statuses[]"), 1, Integer::sum);
        }
        return new Builder().putAllCounts(counts).build();
    }

    /** @return {@code first} followed by the counts in status order and the total */
    List<String> cells(String first) {
        List<String> cells = new ArrayList<>(List.of(first));
        for (CoverageStatus status : CoverageStatus.values()) {
            cells.add(Integer.toString(count(status)));
        }
        cells.add(Integer.toString(total()));
        return cells;
    }

    /** @return {@code first} followed by a header per status and {@code Total} */
    static List<String> headers(String first) {
        List<String> headers = new ArrayList<>(List.of(first));
        for (CoverageStatus status : CoverageStatus.values()) {
            headers.add(status.label());
        }
        headers.add("Total");
        return headers;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link StatusCounts}; {@link #build()} throws the typed error for a null value. */
    public static class Builder extends ImmutableStatusCounts.Builder {}
}
