package dk.welfarealliance.storage.tck;

import static dk.welfarealliance.storage.tck.SampleAlliances.AARHUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.OptimisticLockException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases of {@code update} (docs/storage-contract.md): optimistic locking and append-only history. */
abstract class UpdatingCases extends ContractCases {
    UpdatingCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void update_stores_the_new_content_and_bumps_the_version_by_one() {
        IdGenerator ids = IdGenerator.seeded(10);
        Alliance v1 = store.insert(SampleAlliances.minimal(ids, AARHUS));
        Alliance change = SampleAlliances.withClub(v1, ids, "Aarhus Fremad")
                .withAgreements(SampleAlliances.signed(ids, "Velfærdsalliance Aarhus", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2027, 12, 31)));

        Alliance v2 = store.update(change);

        Same.alliance(atVersion(change, 2), v2, "update returns the new content at version 2");
        Same.found(store.findById(v1.getId()), v2, "findById");

        Alliance v3 = store.update(SampleAlliances.edited(v2, "second change"));
        assertThat(v3.getVersion()).as("a second update gives version 3").isEqualTo(3);
        Same.found(store.findById(v1.getId()), v3, "findById");
    }

    @Test
    void update_with_a_stale_version_fails_with_an_optimistic_lock_error_and_changes_nothing() {
        IdGenerator ids = IdGenerator.seeded(11);
        Alliance v1 = store.insert(SampleAlliances.minimal(ids, AARHUS));
        Alliance v2 = store.update(SampleAlliances.withClub(v1, ids, "first writer"));
        Alliance stale = SampleAlliances.withClub(v1, ids, "second writer, read at version 1");

        OptimisticLockException e = catchThrowableOfType(OptimisticLockException.class, () -> store.update(stale));

        assertThat(e).as("updating with version 1 when version 2 is stored").isNotNull();
        assertThat(e.getAllianceId()).isEqualTo(v1.getId());
        assertThat(e.getExpectedVersion()).isEqualTo(1);
        assertThat(e.getActualVersion()).hasValue(2);
        Same.found(store.findById(v1.getId()), v2, "the stored alliance is unchanged");
    }

    @Test
    void update_of_a_missing_alliance_fails_with_an_optimistic_lock_error_and_stores_nothing() {
        IdGenerator ids = IdGenerator.seeded(12);
        Alliance neverStored = SampleAlliances.minimal(ids, AARHUS).withVersion(1);

        OptimisticLockException e = catchThrowableOfType(OptimisticLockException.class, () -> store.update(neverStored));

        assertThat(e).as("updating an alliance that is not stored").isNotNull();
        assertThat(e.getAllianceId()).isEqualTo(neverStored.getId());
        assertThat(e.getExpectedVersion()).isEqualTo(1);
        assertThat(e.getActualVersion()).as("no stored version").isEmpty();
        assertThat(store.findById(neverStored.getId())).isEmpty();
        assertThat(store.count(AllianceCriteria.all())).isZero();
    }

    @Test
    void update_whose_history_does_not_extend_the_stored_one_is_rejected_and_changes_nothing() {
        IdGenerator ids = IdGenerator.seeded(13);
        Alliance stored = store.update(SampleAlliances.edited(store.insert(SampleAlliances.minimal(ids, AARHUS)), "kept"));
        List<HistoryEntry> rewritten = new ArrayList<>(stored.getHistory());
        rewritten.set(1, rewritten.get(1).withReason("rewritten"));
        List<HistoryEntry> shortened = stored.getHistory().subList(0, 1);

        assertThatThrownBy(() -> store.update(stored.withHistory(rewritten)))
                .as("an entry of the stored history changed").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.update(SampleAlliances.edited(stored.withHistory(rewritten), "and appended")))
                .as("an entry changed and one appended").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.update(stored.withHistory(shortened)))
                .as("the history shortened").isInstanceOf(IllegalArgumentException.class);
        Same.found(store.findById(stored.getId()), stored, "the stored alliance is unchanged");
    }

    @Test
    void update_that_changes_the_natural_key_is_rejected_and_changes_nothing() {
        IdGenerator ids = IdGenerator.seeded(14);
        Alliance stored = store.insert(SampleAlliances.minimal(ids, AARHUS));

        assertThatThrownBy(() -> store.update(stored.withMunicipality(MunicipalityCode.of("461"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.update(stored.withFederation(FederationCode.of("DIF"))))
                .isInstanceOf(IllegalArgumentException.class);
        Same.found(store.findById(stored.getId()), stored, "findById");
        assertThat(store.findByNaturalKey(stored.getFederation(), MunicipalityCode.of("461"))).isEmpty();
    }
}
