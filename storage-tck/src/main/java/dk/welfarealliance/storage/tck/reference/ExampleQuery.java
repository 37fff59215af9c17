package dk.welfarealliance.storage.tck.reference;

import dk.welfarealliance.AllianceId;
import dk.welfarealliance.storage.AllianceCriteria;
import java.util.List;
import java.util.Objects;

/**
 * One row of {@link ExampleQueries}: criteria and the ids of the {@link ExampleDataSet} alliances that match
 * them, in municipality order (the default sort, ids unsigned as tie-breaker).
 *
 * @param description what the row checks, for failure messages
 * @param criteria the criteria
 * @param expected the matching alliances, in municipality order
 * @since 0.1.0
 */
public record ExampleQuery(String description, AllianceCriteria criteria, List<AllianceId> expected) {
    /** Copies {@code expected}. */
    public ExampleQuery {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(criteria, "criteria");
        expected = List.copyOf(expected);
    }
}
