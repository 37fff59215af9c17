package dk.welfarealliance.storage.memory.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.SortPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Queries over the store's indexes: keyset paging over a sorted view (continuing strictly after the cursor's key),
 * filtering with core's reference semantics of the criteria ({@link AllianceCriteria#matches}), so the memory
 * store cannot drift from the contract. A page walks the view while writers may change it: every alliance present
 * throughout the walk is met exactly once, and each alliance returned is one committed, immutable value.
 */
public final class IndexQuery {
    private IndexQuery() {}

    public static Page page(Indexes indexes, AllianceCriteria criteria, PageRequest request) {
        Optional<Cursor> after = request.afterFor(criteria);
        NavigableMap<SortPosition, Alliance> view = indexes.sortedBy(request.getSort());
        NavigableMap<SortPosition, Alliance> rest = after.isPresent() ? view.tailMap(SortPosition.of(after.get()), false) : view;
        List<Alliance> items = new ArrayList<>(request.getSize());
        boolean more = false;
        for (Alliance alliance : rest.values()) {
            if (!criteria.matches(alliance)) {
                continue;
            }
            if (items.size() == request.getSize()) {
                more = true;
                break;
            }
            items.add(alliance);
        }
        Optional<Cursor> next = more
                ? Optional.of(Cursor.after(items.get(items.size() - 1), criteria, request.getSort()))
                : Optional.empty();
        return Page.of(items, next);
    }

    public static long count(Indexes indexes, AllianceCriteria criteria) {
        long n = 0;
        for (Alliance alliance : indexes.all()) {
            if (criteria.matches(alliance)) {
                n++;
            }
        }
        return n;
    }
}
