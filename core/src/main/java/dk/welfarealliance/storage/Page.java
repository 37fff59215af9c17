package dk.welfarealliance.storage;

import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.Alliance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a query's result, in the requested order, and the cursor of the next page.
 * {@link #getNext()} is present exactly when more matching alliances followed the last one when the page was
 * read; concatenating the pages of an unchanging store gives the whole sorted result.
 *
 * @since 0.1.0
 */
public final class Page {
    private final List<Alliance> items;
    private final Optional<Cursor> next;

    private Page(List<Alliance> items, Optional<Cursor> next) {
        this.items = List.copyOf(items);
        this.next = Objects.requireNonNull(next, "next");
    }

    /** @return a page of {@code items} followed by the page at {@code next} */
    public static Page of(List<Alliance> items, Optional<Cursor> next) {
        Violations.requireNonNull(items, "Page", "items");
        Violations.requireNonNull(next, "Page", "next");
        return new Page(items, next);
    }

    /** @return the alliances, in order; at most the requested size */
    public List<Alliance> getItems() {
        return items;
    }

    /** @return the cursor of the next page, if more alliances follow */
    public Optional<Cursor> getNext() {
        return next;
    }

    @Override
    public String toString() {
        return "Page{" + items.size() + " alliances" + next.map(c -> ", next=" + c).orElse("") + "}";
    }
}
