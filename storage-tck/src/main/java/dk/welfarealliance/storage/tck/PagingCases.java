package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Track;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.DateRange;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.tck.generators.AllianceGenerators;
import dk.welfarealliance.storage.tck.generators.CriteriaGenerators;
import dk.welfarealliance.storage.tck.reference.ExampleQueries;
import dk.welfarealliance.storage.tck.reference.ReferenceQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyset paging (docs/storage-contract.md) on a store that does not change while it is read. */
abstract class PagingCases extends ContractCases {
    PagingCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void concatenated_pages_equal_the_full_sorted_result_for_every_page_size() {
        theory()
                .forAll(AllianceGenerators.dataSets(settings.dataSetSize()).describedAs(Describe::dataSet),
                        CriteriaGenerators.criteria().describedAs(AllianceCriteria::canonical),
                        CriteriaGenerators.sorts(), CriteriaGenerators.pageSizes())
                .checkAssert(PropertyFailures.recorded((dataSet, criteria, sort, size) -> {
                    resetStore();
                    List<Alliance> stored = dataSet.stream().map(store::insert).toList();
                    List<Alliance> expected = ReferenceQuery.select(stored, criteria, sort);

                    List<Page> pages = pages(criteria, sort, size);
                    List<Alliance> concatenated = new ArrayList<>();
                    pages.forEach(p -> concatenated.addAll(p.getItems()));

                    Same.ids(expected, concatenated, "pages of %d for %s sorted by %s", size, criteria.canonical(), sort);
                    Same.alliances(expected, concatenated, "the alliances on the pages are as stored");
                    for (int i = 0; i < pages.size(); i++) {
                        assertThat(pages.get(i).getItems().size()).as("page %d holds at most %d", i, size).isLessThanOrEqualTo(size);
                        if (i > 0) {
                            assertThat(pages.get(i).getItems()).as("page %d: a cursor is given only when more alliances follow", i)
                                    .isNotEmpty();
                        }
                    }
                }));
    }

    @Test
    void a_cursor_passed_on_as_its_token_continues_after_the_last_alliance_of_its_page() {
        insertExampleDataSet();
        for (AllianceSort sort : AllianceSort.values()) {
            Page first = store.query(AllianceCriteria.all(), PageRequest.first(3, sort));
            Cursor cursor = Cursor.parse(first.getNext().orElseThrow(() -> new AssertionError("8 alliances, pages of 3: a next page"))
                    .token());
            Page second = store.query(AllianceCriteria.all(), PageRequest.after(cursor, 3));

            List<Alliance> twoPages = new ArrayList<>(first.getItems());
            twoPages.addAll(second.getItems());
            List<AllianceId> expected = (sort == AllianceSort.MUNICIPALITY ? ExampleQueries.BY_MUNICIPALITY
                    : ExampleQueries.BY_LATEST_SIGNED_END).subList(0, 6);
            assertThat(names(ids(twoPages))).as("two pages of 3 sorted by %s", sort)
                    .containsExactlyElementsOf(names(expected));
        }
    }

    @Test
    void a_cursor_used_with_other_criteria_is_rejected() {
        insertExampleDataSet();
        AllianceCriteria dbu = AllianceCriteria.builder().federation(FederationCode.DBU).build();
        Cursor cursor = store.query(dbu, PageRequest.first(2)).getNext().orElseThrow();
        AllianceCriteria other = AllianceCriteria.builder().federation(FederationCode.of("DIF")).build();
        AllianceCriteria withTitle = AllianceCriteria.builder().federation(FederationCode.DBU)
                .agreement(AgreementFilter.builder().titleContains("alliance").build()).build();

        assertThatThrownBy(() -> store.query(other, PageRequest.after(cursor, 2))).as("another federation")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.query(withTitle, PageRequest.after(cursor, 2))).as("an added agreement filter")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.query(AllianceCriteria.all(), PageRequest.after(cursor, 2))).as("no criteria")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.query(dbu, PageRequest.after(cursor, 2)).getItems()).as("its own criteria still work").hasSize(2);
    }

    @Test
    void a_cursor_used_with_another_agreement_filter_is_rejected_whichever_predicate_differs() {
        insertExampleDataSet();
        AgreementFilter signed = AgreementFilter.builder().addStates(AgreementState.SIGNED, AgreementState.TERMINATED)
                .build();
        AllianceCriteria withSigned = AllianceCriteria.builder().agreement(signed).build();
        Cursor cursor = store.query(withSigned, PageRequest.first(1)).getNext()
                .orElseThrow(() -> new AssertionError("the example data set has more than one alliance with a signed term"));
        List<AgreementFilter> others = List.of(
                signed.withStates(AgreementState.SIGNED),
                signed.withInForceOn(LocalDate.of(2024, 6, 1)),
                signed.withPossiblyInForceOn(LocalDate.of(2024, 6, 1)),
                signed.withEndsBetween(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31))),
                signed.withTrack(Track.GRASSROOTS),
                signed.withTitleContains("alliance"));

        for (AgreementFilter other : others) {
            AllianceCriteria criteria = AllianceCriteria.builder().agreement(other).build();
            assertThatThrownBy(() -> store.query(criteria, PageRequest.after(cursor, 2)))
                    .as("a cursor of %s used with %s", withSigned.canonical(), criteria.canonical())
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(store.query(withSigned, PageRequest.after(cursor, 1)).getItems()).as("its own criteria still work")
                .hasSize(1);
    }

    @Test
    void page_sizes_1_and_200_are_served_and_0_and_201_are_rejected() {
        IdGenerator ids = IdGenerator.seeded(50);
        for (int code = 0; code <= PageRequest.MAX_SIZE; code++) {
            store.insert(SampleAlliances.minimal(ids, MunicipalityCode.of(String.format("%03d", code))));
        }

        Page full = store.query(AllianceCriteria.all(), PageRequest.first(PageRequest.MAX_SIZE));
        assertThat(full.getItems()).as("a page of 200 out of 201").hasSize(PageRequest.MAX_SIZE);
        Page last = store.query(AllianceCriteria.all(), PageRequest.after(full.getNext().orElseThrow(), PageRequest.MAX_SIZE));
        assertThat(last.getItems()).as("the rest").hasSize(1);
        assertThat(last.getItems().get(0).getMunicipality()).isEqualTo(MunicipalityCode.of("200"));
        assertThat(store.query(AllianceCriteria.all(), PageRequest.first(1)).getItems()).hasSize(1);

        assertThatThrownBy(() -> store.query(AllianceCriteria.all(), PageRequest.first(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.query(AllianceCriteria.all(), PageRequest.first(PageRequest.MAX_SIZE + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.query(AllianceCriteria.all(), PageRequest.after(full.getNext().orElseThrow(), 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.query(AllianceCriteria.all(),
                PageRequest.after(full.getNext().orElseThrow(), PageRequest.MAX_SIZE + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_last_page_has_no_cursor_and_an_empty_result_is_one_empty_page() {
        Page empty = store.query(AllianceCriteria.all(), PageRequest.first(5));
        assertThat(empty.getItems()).as("an empty store").isEmpty();
        assertThat(empty.getNext()).as("no cursor after an empty result").isEmpty();

        insertExampleDataSet();
        for (AllianceSort sort : AllianceSort.values()) {
            Page first = store.query(AllianceCriteria.all(), PageRequest.first(4, sort));
            assertThat(first.getNext()).as("8 alliances, first page of 4 sorted by %s", sort).isPresent();
            Page second = store.query(AllianceCriteria.all(), PageRequest.after(first.getNext().get(), 4));
            assertThat(second.getItems()).as("second page of 4 sorted by %s", sort).hasSize(4);
            assertThat(second.getNext()).as("no cursor when the page ends with the last alliance (%s)", sort).isEmpty();
            assertThat(store.query(AllianceCriteria.all(), PageRequest.first(8, sort)).getNext())
                    .as("one page holding everything (%s)", sort).isEmpty();
        }
    }

    private List<Page> pages(AllianceCriteria criteria, AllianceSort sort, int size) {
        List<Page> pages = new ArrayList<>();
        Page page = store.query(criteria, PageRequest.first(size, sort));
        pages.add(page);
        while (page.getNext().isPresent()) {
            if (pages.size() > 1_000) {
                throw new AssertionError("more than 1000 pages: the store's cursors do not advance");
            }
            page = store.query(criteria, PageRequest.after(page.getNext().get(), size));
            pages.add(page);
        }
        return pages;
    }
}
