package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.Phase;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Alliances entered through the lifecycle as public sources document them ({@link DocumentedPatterns}): each is
 * read back equal through every read path, and the queries tell what is known from what is only possible.
 */
abstract class PatternsCases extends ContractCases {
    PatternsCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void documented_patterns_entered_through_the_lifecycle_read_back_equal_through_every_read_path() {
        List<Alliance> entered = new DocumentedPatterns(store).enter();

        for (Alliance alliance : entered) {
            Same.found(store.findById(alliance.getId()), alliance, "findById of %s", alliance.getMunicipality());
            Same.found(store.findByNaturalKey(alliance.getFederation(), alliance.getMunicipality()), alliance,
                    "findByNaturalKey of %s", alliance.getMunicipality());
        }
        assertThat(store.query(AllianceCriteria.all(), PageRequest.first(10)).getItems()).as("query of all")
                .containsExactlyInAnyOrderElementsOf(entered);
    }

    @Test
    void documented_patterns_are_in_force_possibly_in_force_or_co_hosted_as_entered() {
        List<Alliance> entered = new DocumentedPatterns(store).enter();
        LocalDate day = LocalDate.of(2023, 6, 16);

        assertThat(municipalities(AgreementFilter.builder().inForceOn(day).build()))
                .as("known to be in force on %s: Aarhus's dated term, Horsens's open-ended one, Odense's", day)
                .containsExactly("461", "615", "751");
        assertThat(municipalities(AgreementFilter.builder().possiblyInForceOn(day).build()))
                .as("possibly in force: Vejle, whose end is not recorded").containsExactly("630");
        assertThat(municipalities(AgreementFilter.builder().inForceOn(LocalDate.of(2040, 1, 1)).build()))
                .as("in force in 2040: only the open-ended term").containsExactly("615");
        Alliance vejle = entered.get(1);
        assertThat(vejle.phaseOn(vejle.getAgreements().get(0).getId(), day)).isEqualTo(Phase.POSSIBLY_IN_FORCE);
        Set<String> coHosted = entered.stream().flatMap(a -> a.getAgreements().stream())
                .flatMap(a -> a.getEliteEvents().stream()).map(EliteEvent::getSharedReference)
                .flatMap(java.util.Optional::stream).collect(Collectors.toSet());
        assertThat(coHosted).as("one co-hosted event, recorded in two alliances").containsExactly(DocumentedPatterns.CO_HOSTED);
    }

    private List<String> municipalities(AgreementFilter filter) {
        return store.query(AllianceCriteria.builder().agreement(filter).build(), PageRequest.first(10)).getItems()
                .stream().map(a -> a.getMunicipality().value()).toList();
    }
}
