package dk.welfarealliance.report.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads every alliance matching the criteria through the SPI's keyset pages, in municipality order. Reports ask
 * for the narrowest criteria the question allows, so that a backend reads no more than it must.
 */
public final class Portfolio {
    private Portfolio() {}

    /** @return the matching alliances, in municipality order (each as committed at one moment) */
    public static List<Alliance> read(AllianceStore store, AllianceCriteria criteria) {
        List<Alliance> alliances = new ArrayList<>();
        Page page = store.query(criteria, PageRequest.first(PageRequest.MAX_SIZE));
        alliances.addAll(page.getItems());
        Optional<Cursor> next = page.getNext();
        while (next.isPresent()) {
            page = store.query(criteria, PageRequest.after(next.get(), PageRequest.MAX_SIZE));
            alliances.addAll(page.getItems());
            next = page.getNext();
        }
        return alliances;
    }
}
