package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.tck.generators.AllianceGenerators;
import dk.welfarealliance.storage.tck.generators.CriteriaGenerators;
import dk.welfarealliance.storage.tck.reference.ExampleQueries;
import dk.welfarealliance.storage.tck.reference.ReferenceQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Criteria together (docs/storage-contract.md): the agreement predicates must all hold for one and the same agreement, and
 * alliance-level criteria narrow further. Random criteria on random data sets are checked against the TCK's
 * own {@link ReferenceQuery}.
 */
abstract class CombiningCriteriaCases extends ContractCases {
    CombiningCriteriaCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void agreement_predicates_must_hold_for_one_and_the_same_agreement() {
        checkExampleRows(ExampleQueries.sameAgreement());
    }

    @Test
    void alliance_and_agreement_criteria_together_select_only_alliances_meeting_all_of_them() {
        checkExampleRows(ExampleQueries.combined());
    }

    @Test
    void random_criteria_on_random_data_sets_select_and_count_what_the_reference_selects() {
        theory()
                .forAll(AllianceGenerators.dataSets(settings.dataSetSize()).describedAs(Describe::dataSet),
                        CriteriaGenerators.criteria().describedAs(AllianceCriteria::canonical),
                        CriteriaGenerators.sorts())
                .checkAssert(PropertyFailures.recorded((dataSet, criteria, sort) -> {
                    resetStore();
                    List<Alliance> stored = dataSet.stream().map(store::insert).toList();
                    List<Alliance> expected = ReferenceQuery.select(stored, criteria, sort);

                    List<Alliance> found = store.query(criteria, PageRequest.first(PageRequest.MAX_SIZE, sort)).getItems();

                    Same.ids(expected, found, "the alliances found for %s sorted by %s", criteria.canonical(), sort);
                    Same.alliances(expected, found, "the alliances found for %s are as stored", criteria.canonical());
                    assertThat(store.count(criteria)).as("count for %s", criteria.canonical()).isEqualTo(expected.size());
                }));
    }
}
