package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.tck.generators.UuidGenerators;
import dk.welfarealliance.storage.tck.reference.ExampleQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Sort orders (docs/storage-contract.md): by municipality, or by latest signed end with alliances without one last, each
 * with the id as tie-breaker in the unsigned order of its 128 bits (docs/model.md), on one page and across pages.
 */
abstract class SortingCases extends ContractCases {
    SortingCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void alliances_are_sorted_by_municipality_then_by_unsigned_id() {
        insertExampleDataSet();

        checkOrder(AllianceSort.MUNICIPALITY, ExampleQueries.BY_MUNICIPALITY);
    }

    @Test
    void alliances_are_sorted_by_latest_signed_end_with_those_without_one_last() {
        insertExampleDataSet();

        checkOrder(AllianceSort.LATEST_SIGNED_END, ExampleQueries.BY_LATEST_SIGNED_END);
    }

    @Test
    void ids_7fff_8000_and_ffff_are_ordered_unsigned() {
        // One municipality, a federation per id: every sort key ties, so only the id decides the order.
        List<UUID> edges = UuidGenerators.EDGE_UUIDS;
        for (int i = edges.size() - 1; i >= 0; i--) {
            store.insert(SampleAlliances.minimal(AllianceId.of(edges.get(i)), FederationCode.of("F" + i),
                    MunicipalityCode.of("751")));
        }
        List<AllianceId> expected = edges.stream().map(AllianceId::of).toList();

        SoftAssertions softly = new SoftAssertions();
        for (AllianceSort sort : AllianceSort.values()) {
            softly.assertThat(text(ids(store.query(AllianceCriteria.all(), PageRequest.first(PageRequest.MAX_SIZE, sort))
                    .getItems()))).as("one page sorted by %s", sort).containsExactlyElementsOf(text(expected));
            for (int size = 1; size <= 3; size++) {
                softly.assertThat(text(ids(readAllPages(AllianceCriteria.all(), sort, size))))
                        .as("pages of %d sorted by %s", size, sort).containsExactlyElementsOf(text(expected));
            }
        }
        softly.assertAll();
    }

    private void checkOrder(AllianceSort sort, List<AllianceId> expected) {
        SoftAssertions softly = new SoftAssertions();
        List<Alliance> onePage = store.query(AllianceCriteria.all(), PageRequest.first(PageRequest.MAX_SIZE, sort)).getItems();
        softly.assertThat(names(ids(onePage))).as("one page sorted by %s", sort).containsExactlyElementsOf(names(expected));
        for (int size = 1; size <= 3; size++) {
            softly.assertThat(names(ids(readAllPages(AllianceCriteria.all(), sort, size))))
                    .as("pages of %d sorted by %s", size, sort).containsExactlyElementsOf(names(expected));
        }
        softly.assertAll();
    }

    private static List<String> text(List<AllianceId> ids) {
        List<String> text = new ArrayList<>(ids.size());
        ids.forEach(id -> text.add(id.toString()));
        return text;
    }
}
