package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.tck.reference.ExampleDataSet;
import dk.welfarealliance.storage.tck.reference.ExampleQuery;
import dk.welfarealliance.storage.tck.reference.ReferenceQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.quicktheories.QuickTheory;

/**
 * The base of every group of contract cases: opens a store for each case through the contract's factory and
 * reset hook, closes it afterwards if it is {@link AutoCloseable}, and offers what many cases need.
 */
abstract class ContractCases {
    private final AllianceStoreContract contract;
    /** The store under test, empty when the case starts. */
    AllianceStore store;
    /** The settings of this case. */
    TckSettings settings;
    /** The second store over this case's data, once a case asked for it. */
    private @Nullable AllianceStore secondStore;

    ContractCases(AllianceStoreContract contract) {
        this.contract = contract;
    }

    @BeforeEach
    final void openStore(TckSettings settings) {
        this.settings = settings;
        this.store = contract.openStore();
    }

    @AfterEach
    final void closeStore() throws Exception {
        @Nullable AllianceStore second = secondStore;
        secondStore = null;
        try {
            if (second != store && second instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } finally {
            if (store instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    /**
     * @return the contract's second store over this case's data ({@link AllianceStoreContract#secondStore}), opened
     *     on first use
     */
    final AllianceStore secondStore() {
        AllianceStore opened = secondStore;
        if (opened == null) {
            opened = contract.secondStore(store);
            if (opened == null) {
                throw new AssertionError(contract.getClass().getName() + ".secondStore(store) returned null");
            }
            secondStore = opened;
        }
        return opened;
    }

    /** Empties the store through the contract's reset hook, e.g. before each example of a property. */
    final void resetStore() {
        contract.resetEmpty(store);
    }

    /** @return a QuickTheories run with this case's seed, examples and shrink cycles */
    final QuickTheory theory() {
        return qt().withFixedSeed(settings.seed()).withExamples(settings.examples()).withShrinkCycles(settings.shrinkCycles());
    }

    /** @return every alliance matching {@code criteria}, read page after page of {@code size} */
    final List<Alliance> readAllPages(AllianceCriteria criteria, AllianceSort sort, int size) {
        List<Alliance> all = new ArrayList<>();
        Page page = store.query(criteria, PageRequest.first(size, sort));
        int pages = 1;
        while (true) {
            all.addAll(page.getItems());
            Optional<Cursor> next = page.getNext();
            if (next.isEmpty()) {
                return all;
            }
            if (++pages > 10_000) {
                throw new AssertionError("more than 10000 pages: the store's cursors do not advance");
            }
            page = store.query(criteria, PageRequest.after(next.get(), size));
        }
    }

    /** Inserts the {@link ExampleDataSet}. */
    final void insertExampleDataSet() {
        ExampleDataSet.alliances().forEach(store::insert);
    }

    /**
     * Inserts the {@link ExampleDataSet} and checks, for every row, the alliances a query returns (one page of
     * 200) and the count, reporting every row that fails. The order is the business of the sorting cases, so
     * it is not checked here: a wrong order fails those, not these.
     */
    final void checkExampleRows(List<ExampleQuery> rows) {
        checkRows(ExampleDataSet.alliances(), ExampleDataSet::nameOf, rows);
    }

    /**
     * Inserts {@code dataSet} and checks, for every row, that the alliances a query returns (one page of 200) are
     * the ones the row lists and the ones {@link ReferenceQuery} selects, and that the count agrees, reporting every
     * row that fails by the names {@code nameOf} gives. The order is not checked here (see the sorting cases).
     */
    final void checkRows(List<Alliance> dataSet, Function<AllianceId, String> nameOf, List<ExampleQuery> rows) {
        List<Alliance> stored = dataSet.stream().map(store::insert).toList();
        SoftAssertions softly = new SoftAssertions();
        for (ExampleQuery row : rows) {
            List<Alliance> found = store.query(row.criteria(), PageRequest.first(PageRequest.MAX_SIZE)).getItems();
            List<String> foundNames = ids(found).stream().map(nameOf).toList();
            softly.assertThat(foundNames).as("%s: the alliances found", row.description())
                    .containsExactlyInAnyOrderElementsOf(row.expected().stream().map(nameOf).toList());
            softly.assertThat(foundNames).as("%s: the alliances found, against the reference", row.description())
                    .containsExactlyInAnyOrderElementsOf(ids(ReferenceQuery.select(stored, row.criteria(), AllianceSort.MUNICIPALITY))
                            .stream().map(nameOf).toList());
            softly.assertThat(store.count(row.criteria())).as("%s: count", row.description())
                    .isEqualTo(row.expected().size());
        }
        softly.assertAll();
    }

    /** @return the names of the example data set's alliances with these ids */
    static List<String> names(List<AllianceId> ids) {
        return ids.stream().map(ExampleDataSet::nameOf).toList();
    }

    /**
     * Inserts {@code written} and checks that every read path ({@code findById}, {@code findByNaturalKey},
     * {@code query}) returns it exactly, at version 1.
     *
     * @return the alliance as read by id
     */
    final Alliance checkRoundTrip(Alliance written) {
        Alliance inserted = store.insert(written);
        Same.alliance(atVersion(written, 1), inserted, "what insert returns");
        return checkReadPaths(atVersion(written, 1), "after insert");
    }

    /**
     * Updates the stored alliance to {@code changed} (read at its stored version) and checks that the update
     * returns it at the next version and every read path returns exactly that.
     *
     * @return the alliance as read by id
     */
    final Alliance checkUpdateRoundTrip(Alliance changed) {
        Alliance expected = atVersion(changed, changed.getVersion() + 1);
        Same.alliance(expected, store.update(changed), "what update returns");
        return checkReadPaths(expected, "after an update");
    }

    /**
     * Checks that every read path returns {@code expected} exactly, through the store under test and through the
     * contract's second store over the same data ({@link AllianceStoreContract#secondStore}); {@code when} names
     * the step in messages.
     *
     * @return the alliance as read by id through the store under test
     */
    final Alliance checkReadPaths(Alliance expected, String when) {
        Map<String, Alliance> paths = new LinkedHashMap<>();
        readPaths(store, expected, when, "", paths);
        AllianceStore second = secondStore();
        if (second != store) {
            readPaths(second, expected, when, " of the second store", paths);
        }
        paths.forEach((path, read) -> Same.alliance(expected, read, "%s by %s", when, path));
        return Objects.requireNonNull(paths.get("findById"));
    }

    /** Reads {@code expected} back through every read path of {@code from} into {@code paths}, named with {@code of}. */
    private static void readPaths(AllianceStore from, Alliance expected, String when, String of, Map<String, Alliance> paths) {
        paths.put("findById" + of, from.findById(expected.getId())
                .orElseThrow(() -> new AssertionError("findById" + of + " found nothing " + when)));
        paths.put("findByNaturalKey" + of, from.findByNaturalKey(expected.getFederation(), expected.getMunicipality())
                .orElseThrow(() -> new AssertionError("findByNaturalKey" + of + " found nothing " + when)));
        AllianceCriteria own = AllianceCriteria.builder().federation(expected.getFederation())
                .municipalities(Set.of(expected.getMunicipality())).build();
        List<Alliance> queried = from.query(own, PageRequest.first(PageRequest.MAX_SIZE)).getItems();
        assertThat(queried).as("query%s by its natural key %s", of, when).hasSize(1);
        paths.put("query" + of, queried.get(0));
    }

    /** @return the ids, as text, of the alliances with an agreement matching {@code filter}, in municipality order */
    final List<String> found(AgreementFilter filter) {
        return ids(store.query(AllianceCriteria.builder().agreement(filter).build(), PageRequest.first(PageRequest.MAX_SIZE))
                .getItems()).stream().map(Object::toString).toList();
    }

    /** @return the ids of {@code alliances}, in order */
    static List<AllianceId> ids(List<Alliance> alliances) {
        return alliances.stream().map(Alliance::getId).toList();
    }

    /** @return {@code alliance} as a store returns it when stored at {@code version}: the same value, that version */
    static Alliance atVersion(Alliance alliance, long version) {
        return alliance.withVersion(version);
    }
}
