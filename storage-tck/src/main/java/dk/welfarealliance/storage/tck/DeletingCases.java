package dk.welfarealliance.storage.tck;

import static dk.welfarealliance.storage.tck.SampleAlliances.AARHUS;
import static dk.welfarealliance.storage.tck.SampleAlliances.ODENSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cases of {@code delete} (docs/storage-contract.md). */
abstract class DeletingCases extends ContractCases {
    DeletingCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void delete_removes_the_alliance_from_every_finder_query_and_count_and_frees_its_natural_key() {
        IdGenerator ids = IdGenerator.seeded(20);
        Alliance kept = store.insert(SampleAlliances.minimal(ids, ODENSE));
        Alliance doomed = store.insert(SampleAlliances.minimal(ids, AARHUS)
                .withAgreements(SampleAlliances.signed(ids, "Velfærdsalliance Aarhus", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2027, 12, 31))));
        doomed = store.update(SampleAlliances.edited(doomed, "before the delete"));

        store.delete(doomed.getId(), 2);

        assertThat(store.findById(doomed.getId())).as("findById").isEmpty();
        assertThat(store.findByNaturalKey(FederationCode.DBU, AARHUS)).as("findByNaturalKey").isEmpty();
        AllianceCriteria byMunicipality = AllianceCriteria.builder().municipalities(Set.of(AARHUS)).build();
        AllianceCriteria byTitle = AllianceCriteria.builder()
                .agreement(AgreementFilter.builder().titleContains("aarhus").build()).build();
        List<AllianceCriteria> criteriaList = List.of(AllianceCriteria.all(), byMunicipality, byTitle);
        for (AllianceCriteria criteria : criteriaList) {
            for (AllianceSort sort : AllianceSort.values()) {
                assertThat(ids(store.query(criteria, PageRequest.first(PageRequest.MAX_SIZE, sort)).getItems()))
                        .as("query %s sorted by %s", criteria.canonical(), sort).doesNotContain(doomed.getId());
            }
            assertThat(store.count(criteria)).as("count %s", criteria.canonical())
                    .isEqualTo(criteria.equals(AllianceCriteria.all()) ? 1 : 0);
        }
        Same.found(store.findById(kept.getId()), kept, "the other alliance stays");

        AllianceId newId = ids.newAllianceId();
        Alliance successor = store.insert(SampleAlliances.minimal(newId, FederationCode.DBU, AARHUS));
        Same.found(store.findByNaturalKey(FederationCode.DBU, AARHUS), successor, "the natural key is free again");
        Alliance reinserted = store.insert(SampleAlliances.minimal(doomed.getId(), FederationCode.of("DIF"), AARHUS));
        Same.found(store.findById(doomed.getId()), reinserted, "the id is free again");
    }

    @Test
    void delete_with_a_stale_version_fails_with_an_optimistic_lock_error_and_keeps_the_alliance() {
        IdGenerator ids = IdGenerator.seeded(21);
        Alliance v2 = store.update(SampleAlliances.edited(store.insert(SampleAlliances.minimal(ids, AARHUS)), "v2"));

        OptimisticLockException e = catchThrowableOfType(OptimisticLockException.class, () -> store.delete(v2.getId(), 1));

        assertThat(e).as("deleting version 1 when version 2 is stored").isNotNull();
        assertThat(e.getAllianceId()).isEqualTo(v2.getId());
        assertThat(e.getExpectedVersion()).isEqualTo(1);
        assertThat(e.getActualVersion()).hasValue(2);
        Same.found(store.findById(v2.getId()), v2, "findById");
        Same.found(store.findByNaturalKey(FederationCode.DBU, AARHUS), v2, "findByNaturalKey");
    }

    @Test
    void delete_of_a_missing_alliance_fails_with_an_optimistic_lock_error() {
        IdGenerator ids = IdGenerator.seeded(22);
        Alliance stored = store.insert(SampleAlliances.minimal(ids, AARHUS));
        AllianceId missing = ids.newAllianceId();

        OptimisticLockException e = catchThrowableOfType(OptimisticLockException.class, () -> store.delete(missing, 1));

        assertThat(e).as("deleting an alliance that is not stored").isNotNull();
        assertThat(e.getAllianceId()).isEqualTo(missing);
        assertThat(e.getActualVersion()).isEmpty();
        store.delete(stored.getId(), 1);
        assertThat(catchThrowableOfType(OptimisticLockException.class, () -> store.delete(stored.getId(), 1)))
                .as("deleting it a second time").isNotNull();
        assertThat(store.count(AllianceCriteria.all())).isZero();
    }
}
