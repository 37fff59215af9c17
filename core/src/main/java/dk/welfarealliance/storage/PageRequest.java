package dk.welfarealliance.storage;

import dk.welfarealliance.internal.validation.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a query to read (docs/storage-contract.md): a size of 1 to {@value #MAX_SIZE}, the sort order, and the
 * cursor to continue after (none for the first page). A size outside the range is rejected with
 * {@link IllegalArgumentException}, never silently clamped.
 *
 * @since 0.1.0
 */
public final class PageRequest {
    /** The largest page a store returns. */
    public static final int MAX_SIZE = 200;

    private final int size;
    private final AllianceSort sort;
    private final Optional<Cursor> after;

    private PageRequest(int size, AllianceSort sort, Optional<Cursor> after) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        this.size = size;
        this.sort = Objects.requireNonNull(sort, "sort");
        this.after = after;
    }

    /** @return the first page of {@code size} alliances, sorted by municipality */
    public static PageRequest first(int size) {
        return new PageRequest(size, AllianceSort.MUNICIPALITY, Optional.empty());
    }

    /** @return the first page of {@code size} alliances in {@code sort} order */
    public static PageRequest first(int size, AllianceSort sort) {
        Violations.requireNonNull(sort, "PageRequest", "sort");
        return new PageRequest(size, sort, Optional.empty());
    }

    /** @return the page of {@code size} alliances after {@code cursor}, in the cursor's sort order */
    public static PageRequest after(Cursor cursor, int size) {
        Violations.requireNonNull(cursor, "PageRequest", "cursor");
        return new PageRequest(size, Objects.requireNonNull(cursor, "cursor").getSort(), Optional.of(cursor));
    }

    /** @return the number of alliances asked for */
    public int getSize() {
        return size;
    }

    /** @return the sort order */
    public AllianceSort getSort() {
        return sort;
    }

    /** @return the cursor to continue after; empty for the first page */
    public Optional<Cursor> getAfter() {
        return after;
    }

    /**
     * For backends: the cursor to continue after, checked against the query's criteria.
     *
     * @throws IllegalArgumentException if the cursor came from a query with other criteria or another sort
     */
    public Optional<Cursor> afterFor(AllianceCriteria criteria) {
        after.ifPresent(c -> c.requireBoundTo(criteria, sort));
        return after;
    }

    @Override
    public String toString() {
        return "PageRequest{size=" + size + ", sort=" + sort + after.map(c -> ", after=" + c).orElse("") + "}";
    }
}
