package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.OptimisticLockException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Threads edit one alliance at once, each only its own clubs, by read-modify-write with retry on an
 * optimistic-lock error. Each thread's operations (add, rename, remove a club) are drawn from the seed and
 * depend only on its own clubs, so the final state is known exactly: every thread's clubs in its order, one
 * history entry per operation, and the version 1 + the number of operations.
 */
final class ReadModifyWriteFuzz {
    private static final int MAX_RETRIES = 100_000;

    private final TckSettings settings;
    private final AllianceStore store;

    ReadModifyWriteFuzz(TckSettings settings, AllianceStore store) {
        this.settings = settings;
        this.store = store;
    }

    void runAndCheck() {
        int threads = settings.threads();
        int operations = settings.raceRounds();
        IdGenerator ids = IdGenerator.seeded(settings.seed());
        Alliance start = store.insert(SampleAlliances.minimal(ids, MunicipalityCode.of("751")));
        List<List<ClubId>> clubIds = FidelitySamples.list(threads, t -> FidelitySamples.list(operations, k -> ids.newClubId()));
        List<Map<ClubId, String>> models = FidelitySamples.list(threads, t -> new LinkedHashMap<>());

        List<Race.Outcome<Integer>> outcomes = Race.run(settings, threads, "read-modify-write fuzz",
                t -> () -> runThread(start, t, operations, clubIds.get(t), models.get(t)));

        for (Race.Outcome<Integer> outcome : outcomes) {
            if (outcome.error().isPresent()) {
                throw new AssertionError("a thread of the read-modify-write fuzz failed", outcome.error().get());
            }
        }
        int retries = outcomes.stream().mapToInt(o -> o.value().orElse(0)).sum();
        Alliance end = store.findById(start.getId()).orElseThrow(() -> new AssertionError("the alliance is gone"));
        String what = threads + " threads × " + operations + " operations with " + retries + " retries";
        assertThat(end.getVersion()).as("%s: the version", what).isEqualTo(1L + threads * operations);
        assertThat(end.getHistory()).as("%s: one history entry per operation", what).hasSize(1 + threads * operations);
        for (int t = 0; t < threads; t++) {
            String prefix = "t" + t + "-";
            List<String> expectedClubs = new ArrayList<>();
            models.get(t).forEach((id, name) -> expectedClubs.add(id + "=" + name));
            assertThat(end.getClubs().stream().filter(c -> c.getName().startsWith(prefix)).map(c -> c.getId() + "=" + c.getName()))
                    .as("%s: the clubs of thread %d, in order", what, t).containsExactlyElementsOf(expectedClubs);
            List<String> expectedReasons = FidelitySamples.list(operations, k -> prefix + k);
            assertThat(end.getHistory().stream().map(HistoryEntry::getReason).flatMap(Optional::stream)
                    .filter(r -> r.startsWith(prefix)))
                    .as("%s: the history entries of thread %d, in order", what, t).containsExactlyElementsOf(expectedReasons);
        }
    }

    /** @return the number of retries the thread needed */
    private int runThread(Alliance start, int thread, int operations, List<ClubId> clubIds, Map<ClubId, String> model) {
        SplittableRandom random = new SplittableRandom(settings.seed() * 31 + thread);
        int retries = 0;
        for (int k = 0; k < operations; k++) {
            String tag = "t" + thread + "-" + k;
            int choice = model.isEmpty() ? 0 : random.nextInt(3);
            List<ClubId> own = new ArrayList<>(model.keySet());
            ClubId target = choice == 0 ? clubIds.get(k) : own.get(random.nextInt(own.size()));
            for (int attempt = 0; ; attempt++) {
                if (attempt > MAX_RETRIES) {
                    throw new AssertionError(tag + ": no progress after " + MAX_RETRIES + " retries");
                }
                Alliance read = store.findById(start.getId()).orElseThrow(() -> new AssertionError(tag + ": the alliance is gone"));
                List<Club> clubs = new ArrayList<>(read.getClubs());
                switch (choice) {
                    case 0 -> clubs.add(Club.builder().id(target).name(tag).build());
                    case 1 -> clubs.replaceAll(c -> c.getId().equals(target) ? c.withName(tag + "-renamed") : c);
                    default -> clubs.removeIf(c -> c.getId().equals(target));
                }
                try {
                    store.update(SampleAlliances.edited(read.withClubs(clubs), tag));
                    break;
                } catch (OptimisticLockException e) {
                    retries++;
                }
            }
            switch (choice) {
                case 0 -> model.put(target, tag);
                case 1 -> model.put(target, tag + "-renamed");
                default -> model.remove(target);
            }
        }
        return retries;
    }
}
