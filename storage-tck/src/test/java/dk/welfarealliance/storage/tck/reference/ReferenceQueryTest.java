package dk.welfarealliance.storage.tck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.UuidOrder;
import dk.welfarealliance.storage.AgreementKeys;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.SortPosition;
import dk.welfarealliance.storage.tck.generators.AllianceGenerators;
import dk.welfarealliance.storage.tck.generators.CriteriaGenerators;
import dk.welfarealliance.storage.tck.generators.UuidGenerators;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The reference agrees with the literal expectations of the example data set, and with core's own helpers
 * (which it deliberately does not use): if they ever disagree, one of them is wrong.
 */
class ReferenceQueryTest {
    @Test
    void the_reference_selects_exactly_the_listed_alliances_for_every_example_row() {
        List<Alliance> dataSet = ExampleDataSet.alliances();
        SoftAssertions softly = new SoftAssertions();
        for (ExampleQuery row : ExampleQueries.all()) {
            List<AllianceId> selected = ReferenceQuery.select(dataSet, row.criteria(), AllianceSort.MUNICIPALITY).stream()
                    .map(Alliance::getId).toList();
            softly.assertThat(selected.stream().map(ExampleDataSet::nameOf).toList()).as(row.description())
                    .containsExactlyElementsOf(row.expected().stream().map(ExampleDataSet::nameOf).toList());
        }
        softly.assertAll();
    }

    @Test
    void the_reference_and_core_select_exactly_the_listed_alliances_for_every_row_on_terms_without_an_end_date() {
        List<Alliance> dataSet = PartialTermsDataSet.alliances();
        SoftAssertions softly = new SoftAssertions();
        for (ExampleQuery row : PartialTermsQueries.all()) {
            List<String> expected = row.expected().stream().map(PartialTermsDataSet::nameOf).toList();
            softly.assertThat(ReferenceQuery.select(dataSet, row.criteria(), AllianceSort.MUNICIPALITY).stream()
                    .map(a -> PartialTermsDataSet.nameOf(a.getId())).toList()).as("reference: %s", row.description())
                    .containsExactlyElementsOf(expected);
            softly.assertThat(dataSet.stream().filter(row.criteria()::matches).map(a -> PartialTermsDataSet.nameOf(a.getId()))
                    .toList()).as("core: %s", row.description()).containsExactlyElementsOf(expected);
        }
        softly.assertAll();
    }

    @Test
    void the_reference_sorts_the_example_data_set_in_the_listed_orders() {
        List<Alliance> dataSet = ExampleDataSet.alliances();

        assertThat(ids(dataSet.stream().sorted(ReferenceQuery.order(AllianceSort.MUNICIPALITY)).toList()))
                .containsExactlyElementsOf(ExampleQueries.BY_MUNICIPALITY);
        assertThat(ids(dataSet.stream().sorted(ReferenceQuery.order(AllianceSort.LATEST_SIGNED_END)).toList()))
                .containsExactlyElementsOf(ExampleQueries.BY_LATEST_SIGNED_END);
    }

    @Test
    void the_reference_agrees_with_core_criteria_and_sort_on_random_data_sets() {
        qt().withFixedSeed(20240301L).withExamples(200)
                .forAll(AllianceGenerators.dataSets(24), CriteriaGenerators.criteria(), CriteriaGenerators.sorts())
                .checkAssert((dataSet, criteria, sort) -> {
                    List<Alliance> expected = dataSet.stream().filter(criteria::matches).sorted(sort.comparator()).toList();
                    assertThat(ReferenceQuery.select(dataSet, criteria, sort)).as(criteria.canonical())
                            .containsExactlyElementsOf(expected);
                    dataSet.forEach(a -> assertThat(ReferenceQuery.latestSignedEnd(a)).isEqualTo(a.latestSignedEnd()));
                });
    }

    @Test
    void the_reference_agrees_with_cores_agreement_keys_and_sort_positions_on_every_agreement_of_random_data_sets() {
        qt().withFixedSeed(20261202L).withExamples(200)
                .forAll(AllianceGenerators.dataSets(24), CriteriaGenerators.agreementFilters(), CriteriaGenerators.sorts())
                .checkAssert((dataSet, filter, sort) -> {
                    for (Alliance alliance : dataSet) {
                        for (Agreement agreement : alliance.getAgreements()) {
                            assertThat(filter.matches(AgreementKeys.of(alliance, agreement)))
                                    .as("%s on %s", filter.canonical(), AgreementKeys.of(alliance, agreement))
                                    .isEqualTo(ReferenceQuery.matches(filter, alliance, agreement));
                        }
                        assertThat(AgreementKeys.of(alliance)).hasSize(alliance.getAgreements().size());
                        for (Alliance other : dataSet) {
                            assertThat(Integer.signum(SortPosition.order(sort).compare(SortPosition.of(alliance), SortPosition.of(other))))
                                    .as("%s: %s vs %s", sort, alliance.getId(), other.getId())
                                    .isEqualTo(Integer.signum(ReferenceQuery.order(sort).compare(alliance, other)));
                        }
                    }
                });
    }

    @Test
    void unsigned_comparison_agrees_with_core_uuid_order_and_puts_7fff_before_8000() {
        List<UUID> edges = UuidGenerators.EDGE_UUIDS;
        for (UUID a : edges) {
            for (UUID b : edges) {
                assertThat(ReferenceQuery.compareUnsigned(a, b)).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(UuidOrder.compare(a, b)));
            }
        }
        qt().withFixedSeed(7L).withExamples(1000).forAll(UuidGenerators.uuids(), UuidGenerators.uuids())
                .checkAssert((a, b) -> assertThat(ReferenceQuery.compareUnsigned(a, b))
                        .isEqualTo(Integer.signum(UuidOrder.compare(a, b))));
        assertThat(ReferenceQuery.compareUnsigned(UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"),
                UUID.fromString("80000000-0000-0000-0000-000000000000"))).isNegative();
    }

    private static List<AllianceId> ids(List<Alliance> alliances) {
        return alliances.stream().map(Alliance::getId).toList();
    }
}
