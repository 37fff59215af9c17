package dk.welfarealliance.storage.tck;

import static dk.welfarealliance.storage.tck.SampleAlliances.AARHUS;
import static dk.welfarealliance.storage.tck.SampleAlliances.ODENSE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import org.junit.jupiter.api.Test;

/** Cases of {@code findById} and {@code findByNaturalKey} (docs/storage-contract.md). */
abstract class FindingCases extends ContractCases {
    FindingCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void find_by_id_returns_the_stored_alliance_or_empty() {
        IdGenerator ids = IdGenerator.seeded(30);
        assertThat(store.findById(ids.newAllianceId())).as("an empty store").isEmpty();
        Alliance aarhus = store.insert(SampleAlliances.minimal(ids, AARHUS));
        Alliance odense = store.insert(SampleAlliances.minimal(ids, ODENSE));

        Same.found(store.findById(aarhus.getId()), aarhus, "findById");
        Same.found(store.findById(odense.getId()), odense, "findById");
        assertThat(store.findById(ids.newAllianceId())).as("an id never stored").isEmpty();
    }

    @Test
    void find_by_natural_key_returns_the_stored_alliance_or_empty() {
        IdGenerator ids = IdGenerator.seeded(31);
        FederationCode dif = FederationCode.of("DIF");
        assertThat(store.findByNaturalKey(FederationCode.DBU, AARHUS)).as("an empty store").isEmpty();
        Alliance aarhus = store.insert(SampleAlliances.minimal(ids, AARHUS));
        Alliance odense = store.insert(SampleAlliances.minimal(ids.newAllianceId(), dif, ODENSE));

        Same.found(store.findByNaturalKey(FederationCode.DBU, AARHUS), aarhus, "findByNaturalKey");
        Same.found(store.findByNaturalKey(dif, ODENSE), odense, "findByNaturalKey");
        assertThat(store.findByNaturalKey(dif, AARHUS)).as("the municipality in another federation").isEmpty();
        assertThat(store.findByNaturalKey(FederationCode.DBU, ODENSE)).as("the municipality in another federation").isEmpty();
        assertThat(store.findByNaturalKey(FederationCode.DBU, MunicipalityCode.of("101"))).as("another municipality").isEmpty();
    }
}
