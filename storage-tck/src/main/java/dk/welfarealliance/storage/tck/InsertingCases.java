package dk.welfarealliance.storage.tck;

import static dk.welfarealliance.storage.tck.SampleAlliances.AARHUS;
import static dk.welfarealliance.storage.tck.SampleAlliances.ODENSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.tck.reference.ExampleDataSet;
import org.junit.jupiter.api.Test;

/** Cases of {@code insert} (docs/storage-contract.md). */
abstract class InsertingCases extends ContractCases {
    InsertingCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void insert_returns_the_alliance_at_version_1_and_stores_it_whole() {
        for (Alliance alliance : ExampleDataSet.alliances()) {
            Alliance stored = store.insert(alliance);

            Same.alliance(atVersion(alliance, 1), stored, "insert returns the value at version 1");
            Same.found(store.findById(alliance.getId()), atVersion(alliance, 1), "read back by id");
        }
        assertThat(store.count(AllianceCriteria.all())).isEqualTo(ExampleDataSet.alliances().size());
    }

    @Test
    void insert_with_a_duplicate_id_is_rejected_and_names_the_id() {
        IdGenerator ids = IdGenerator.seeded(1);
        Alliance first = store.insert(SampleAlliances.minimal(ids, AARHUS));
        Alliance sameId = SampleAlliances.minimal(first.getId(), FederationCode.DBU, ODENSE);

        DuplicateAllianceException e =
                catchThrowableOfType(DuplicateAllianceException.class, () -> store.insert(sameId));

        assertThat(e).as("inserting a second alliance with id %s", first.getId()).isNotNull();
        assertThat(e.getKey()).isEqualTo(DuplicateAllianceException.Key.ID);
        assertThat(e.getAllianceId()).isEqualTo(first.getId());
        Same.found(store.findById(first.getId()), first, "the stored alliance is unchanged");
        assertThat(store.findByNaturalKey(FederationCode.DBU, ODENSE)).as("nothing of the rejected one is stored").isEmpty();
        assertThat(store.count(AllianceCriteria.all())).isEqualTo(1);
    }

    @Test
    void insert_with_a_duplicate_natural_key_is_rejected_and_names_the_natural_key() {
        IdGenerator ids = IdGenerator.seeded(2);
        Alliance first = store.insert(SampleAlliances.minimal(ids, AARHUS));
        Alliance sameKey = SampleAlliances.minimal(ids, AARHUS);

        DuplicateAllianceException e =
                catchThrowableOfType(DuplicateAllianceException.class, () -> store.insert(sameKey));

        assertThat(e).as("inserting a second alliance for (DBU, 751)").isNotNull();
        assertThat(e.getKey()).isEqualTo(DuplicateAllianceException.Key.NATURAL_KEY);
        assertThat(e.getAllianceId()).isEqualTo(sameKey.getId());
        assertThat(store.findById(sameKey.getId())).as("nothing of the rejected one is stored").isEmpty();
        Same.found(store.findByNaturalKey(FederationCode.DBU, AARHUS), first, "findByNaturalKey");
        assertThat(store.count(AllianceCriteria.all())).isEqualTo(1);
    }

    @Test
    void insert_colliding_on_both_the_id_and_the_natural_key_names_the_id() {
        IdGenerator ids = IdGenerator.seeded(4);
        Alliance first = store.insert(SampleAlliances.minimal(ids, AARHUS));
        Alliance same = SampleAlliances.minimal(first.getId(), FederationCode.DBU, AARHUS);

        DuplicateAllianceException e = catchThrowableOfType(DuplicateAllianceException.class, () -> store.insert(same));

        assertThat(e).as("inserting alliance %s for (DBU, 751) again", first.getId()).isNotNull();
        assertThat(e.getKey()).as("the key reported when both collide").isEqualTo(DuplicateAllianceException.Key.ID);
        Same.found(store.findById(first.getId()), first, "the stored alliance is unchanged");
    }

    @Test
    void the_same_municipality_in_another_federation_is_another_natural_key() {
        IdGenerator ids = IdGenerator.seeded(3);
        FederationCode other = FederationCode.of("DIF");
        Alliance dbu = store.insert(SampleAlliances.minimal(ids.newAllianceId(), FederationCode.DBU, AARHUS));
        Alliance dif = store.insert(SampleAlliances.minimal(ids.newAllianceId(), other, AARHUS));

        Same.found(store.findByNaturalKey(FederationCode.DBU, AARHUS), dbu, "findByNaturalKey");
        Same.found(store.findByNaturalKey(other, AARHUS), dif, "findByNaturalKey");
        assertThat(store.count(AllianceCriteria.all())).isEqualTo(2);
    }
}
