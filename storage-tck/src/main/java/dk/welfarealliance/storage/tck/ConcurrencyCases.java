package dk.welfarealliance.storage.tck;

import static dk.welfarealliance.storage.tck.SampleAlliances.AARHUS;
import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.OptimisticLockException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writers racing (docs/storage-contract.md). Every race releases {@link TckSettings#threads()} threads at once through a
 * barrier and repeats for {@link TckSettings#raceRounds()} rounds, so that a check-then-act gap in a store
 * shows even on two cores.
 */
abstract class ConcurrencyCases extends ContractCases {
    ConcurrencyCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void many_threads_inserting_the_same_natural_key_with_different_ids_let_exactly_one_succeed() {
        IdGenerator ids = IdGenerator.seeded(settings.seed());
        for (int round = 0; round < settings.raceRounds(); round++) {
            FederationCode federation = FederationCode.of("RACE" + round);
            List<Alliance> candidates = FidelitySamples.list(settings.threads(),
                    i -> SampleAlliances.minimal(ids.newAllianceId(), federation, AARHUS));
            String what = "round " + round + ": " + settings.threads() + " threads inserting (" + federation + ", 751)";

            List<Race.Outcome<Alliance>> outcomes = Race.run(settings, settings.threads(), what,
                    i -> () -> store.insert(candidates.get(i)));

            Race.rethrowUnexpected(outcomes, DuplicateAllianceException.class, what);
            List<Alliance> winners = outcomes.stream().filter(Race.Outcome::succeeded).map(o -> o.value().orElseThrow()).toList();
            assertThat(winners).as("%s: inserts that succeeded", what).hasSize(1);
            assertThat(outcomes.stream().filter(o -> !o.succeeded())
                    .map(o -> ((DuplicateAllianceException) o.error().orElseThrow()).getKey()))
                    .as("%s: the key the others collided on", what).containsOnly(DuplicateAllianceException.Key.NATURAL_KEY);
            Same.found(store.findByNaturalKey(federation, AARHUS), winners.get(0), "%s", what);
            assertThat(store.count(AllianceCriteria.builder().federation(federation).build()))
                    .as("%s: alliances stored for the key", what).isEqualTo(1);
        }
    }

    @Test
    void many_threads_inserting_the_same_id_let_exactly_one_succeed() {
        IdGenerator ids = IdGenerator.seeded(settings.seed());
        for (int round = 0; round < settings.raceRounds(); round++) {
            AllianceId id = ids.newAllianceId();
            FederationCode federation = FederationCode.of("RACE" + round);
            List<Alliance> candidates = FidelitySamples.list(settings.threads(),
                    i -> SampleAlliances.minimal(id, federation, MunicipalityCode.of(String.format("%03d", 100 + i))));
            String what = "round " + round + ": " + settings.threads() + " threads inserting id " + id;

            List<Race.Outcome<Alliance>> outcomes = Race.run(settings, settings.threads(), what,
                    i -> () -> store.insert(candidates.get(i)));

            Race.rethrowUnexpected(outcomes, DuplicateAllianceException.class, what);
            List<Alliance> winners = outcomes.stream().filter(Race.Outcome::succeeded).map(o -> o.value().orElseThrow()).toList();
            assertThat(winners).as("%s: inserts that succeeded", what).hasSize(1);
            assertThat(outcomes.stream().filter(o -> !o.succeeded())
                    .map(o -> ((DuplicateAllianceException) o.error().orElseThrow()).getKey()))
                    .as("%s: the key the others collided on", what).containsOnly(DuplicateAllianceException.Key.ID);
            Same.found(store.findById(id), winners.get(0), "%s", what);
            assertThat(store.count(AllianceCriteria.builder().federation(federation).build()))
                    .as("%s: alliances stored", what).isEqualTo(1);
        }
    }

    @Test
    void concurrent_updates_from_one_version_let_exactly_one_succeed() {
        IdGenerator ids = IdGenerator.seeded(settings.seed());
        Alliance current = store.insert(SampleAlliances.minimal(ids, AARHUS));
        for (int round = 0; round < settings.raceRounds(); round++) {
            Alliance read = current;
            List<Alliance> changes = FidelitySamples.list(settings.threads(),
                    i -> SampleAlliances.withClub(read, ids, "round " + read.getVersion() + " thread " + i));
            String what = "round " + round + ": " + settings.threads() + " threads updating version " + read.getVersion();

            List<Race.Outcome<Alliance>> outcomes = Race.run(settings, settings.threads(), what,
                    i -> () -> store.update(changes.get(i)));

            Race.rethrowUnexpected(outcomes, OptimisticLockException.class, what);
            List<Alliance> winners = outcomes.stream().filter(Race.Outcome::succeeded).map(o -> o.value().orElseThrow()).toList();
            assertThat(winners).as("%s: updates that succeeded", what).hasSize(1);
            for (Race.Outcome<Alliance> loser : outcomes.stream().filter(o -> !o.succeeded()).toList()) {
                OptimisticLockException e = (OptimisticLockException) loser.error().orElseThrow();
                assertThat(e.getExpectedVersion()).as(what).isEqualTo(read.getVersion());
                assertThat(e.getActualVersion()).as("%s: the stored version the losers saw", what).hasValue(read.getVersion() + 1);
            }
            current = winners.get(0);
            assertThat(current.getVersion()).as(what).isEqualTo(read.getVersion() + 1);
            Same.found(store.findById(read.getId()), current, "%s: the winner's content is stored", what);
        }
    }

    @Test
    void a_delete_racing_updates_from_one_version_lets_exactly_one_succeed() {
        IdGenerator ids = IdGenerator.seeded(settings.seed());
        for (int round = 0; round < settings.raceRounds(); round++) {
            Alliance stored = store.insert(SampleAlliances.minimal(ids.newAllianceId(), FederationCode.of("RACE" + round), AARHUS));
            List<Alliance> changes = FidelitySamples.list(settings.threads(),
                    i -> SampleAlliances.withClub(stored, ids, "thread " + i));
            String what = "round " + round + ": a delete and " + (settings.threads() - 1) + " updates of version 1";

            List<Race.Outcome<Object>> outcomes = Race.run(settings, settings.threads(), what, i -> () -> {
                if (i == 0) {
                    store.delete(stored.getId(), 1);
                    return "deleted";
                }
                return store.update(changes.get(i));
            });

            Race.rethrowUnexpected(outcomes, OptimisticLockException.class, what);
            List<Object> winners = outcomes.stream().filter(Race.Outcome::succeeded).map(o -> o.value().orElseThrow()).toList();
            assertThat(winners).as("%s: writes that succeeded", what).hasSize(1);
            if (winners.get(0) instanceof Alliance updated) {
                Same.found(store.findById(stored.getId()), updated, "%s: an update won", what);
            } else {
                assertThat(store.findById(stored.getId())).as("%s: the delete won", what).isEmpty();
                assertThat(store.findByNaturalKey(stored.getFederation(), AARHUS)).as("%s: the delete won", what).isEmpty();
            }
        }
    }

    @Test
    void read_modify_write_with_retry_from_many_threads_ends_with_the_exact_expected_state() {
        ReadModifyWriteFuzz fuzz = new ReadModifyWriteFuzz(settings, store);

        fuzz.runAndCheck();
    }
}
