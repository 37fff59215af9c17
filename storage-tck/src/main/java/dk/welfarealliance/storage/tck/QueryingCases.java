package dk.welfarealliance.storage.tck;

import dk.welfarealliance.storage.tck.reference.ExampleDataSet;
import dk.welfarealliance.storage.tck.reference.ExampleQueries;
import dk.welfarealliance.storage.tck.reference.PartialTermsDataSet;
import dk.welfarealliance.storage.tck.reference.PartialTermsQueries;
import org.junit.jupiter.api.Test;

/**
 * Each criterion of docs/storage-contract.md alone, on the fixed {@link ExampleDataSet}: the alliances a query returns (in
 * municipality order) and the count must be exactly those listed in {@link ExampleQueries}. Terms that are
 * open-ended or whose end is not recorded are queried on the {@link PartialTermsDataSet}, against the rows of
 * {@link PartialTermsQueries} and the TCK's reference.
 */
abstract class QueryingCases extends ContractCases {
    QueryingCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void no_criteria_select_every_alliance_and_an_empty_agreement_filter_those_with_an_agreement() {
        checkExampleRows(ExampleQueries.everything());
    }

    @Test
    void federation_criterion_selects_the_alliances_of_that_federation() {
        checkExampleRows(ExampleQueries.federations());
    }

    @Test
    void municipality_criterion_selects_the_listed_codes_and_an_empty_set_selects_nothing() {
        checkExampleRows(ExampleQueries.municipalities());
    }

    @Test
    void state_criterion_selects_alliances_with_an_agreement_in_one_of_the_states() {
        checkExampleRows(ExampleQueries.states());
    }

    @Test
    void in_force_on_includes_the_start_and_the_effective_end_and_excludes_the_days_outside() {
        checkExampleRows(ExampleQueries.inForceOn());
    }

    @Test
    void ends_between_includes_both_ends_and_counts_only_signed_agreements() {
        checkExampleRows(ExampleQueries.endsBetween());
    }

    @Test
    void focus_area_criterion_selects_alliances_with_an_agreement_having_that_area() {
        checkExampleRows(ExampleQueries.focusAreas());
    }

    @Test
    void track_criterion_counts_focus_areas_and_initiatives_as_grassroots_and_commitments_and_events_as_elite() {
        checkExampleRows(ExampleQueries.tracks());
    }

    @Test
    void title_criterion_selects_titles_containing_the_text_as_search_keys() {
        checkExampleRows(ExampleQueries.titles());
    }

    @Test
    void possibly_in_force_on_runs_from_the_start_to_the_day_before_the_next_term_and_never_matches_open_ended_or_terminated_terms() {
        checkRows(PartialTermsDataSet.alliances(), PartialTermsDataSet::nameOf, PartialTermsQueries.possiblyInForceOn());
    }

    @Test
    void in_force_on_matches_open_ended_terms_for_ever_and_never_a_term_whose_end_is_not_recorded() {
        checkRows(PartialTermsDataSet.alliances(), PartialTermsDataSet::nameOf, PartialTermsQueries.inForceOnAndEndsBetween());
    }
}
