package dk.welfarealliance.storage.memory.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Queries over one snapshot: keyset paging over the sorted view, filtering with core's reference semantics
 * of the criteria ({@link AllianceCriteria#matches}), so the memory store cannot drift from the contract.
 */
public final class SnapshotQuery {
    private SnapshotQuery() {}

    public static Page page(Snapshot snapshot, AllianceCriteria criteria, PageRequest request) {
        Optional<Cursor> after = request.afterFor(criteria);
        NavigableMap<SortKey, Alliance> view = snapshot.sortedBy(request.getSort());
        NavigableMap<SortKey, Alliance> rest = after.isPresent() ? view.tailMap(SortKey.of(after.get()), false) : view;
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

    public static long count(Snapshot snapshot, AllianceCriteria criteria) {
        long n = 0;
        for (Alliance alliance : snapshot.all()) {
            if (criteria.matches(alliance)) {
                n++;
            }
        }
        return n;
    }
}
