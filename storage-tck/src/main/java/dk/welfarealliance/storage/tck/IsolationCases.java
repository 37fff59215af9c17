package dk.welfarealliance.storage.tck;

import static dk.welfarealliance.storage.tck.SampleAlliances.AARHUS;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.PageRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What readers see while others write (docs/storage-contract.md): an aggregate as committed at one moment, and the
 * paging guarantee, no stronger.
 */
abstract class IsolationCases extends ContractCases {
    IsolationCases(AllianceStoreContract contract) {
        super(contract);
    }

    /**
     * One writer rewrites an alliance over and over, stamping every child with the version it writes; readers
     * read it through every read path meanwhile and require one stamp per aggregate, equal to its version.
     */
    @Test
    void a_read_concurrent_with_writes_never_returns_a_mix_of_two_versions() {
        IdGenerator ids = IdGenerator.seeded(settings.seed());
        Alliance template = FidelitySamples.withTexts(ids, ids.newAllianceId(), FederationCode.DBU, AARHUS,
                List.of("a", "b", "c", "d"), "tekst", SampleAlliances.AT);
        Alliance first = store.insert(StampedAlliances.stamp(template, 1));
        int writes = settings.raceRounds() * 5;
        AtomicBoolean writing = new AtomicBoolean(true);
        String what = "1 writer making " + writes + " versions, " + (settings.threads() - 1) + " readers";

        List<Race.Outcome<Integer>> outcomes = Race.run(settings, settings.threads(), what, t -> () -> {
            if (t == 0) {
                try {
                    for (int n = 0; n < writes; n++) {
                        Alliance current = store.findById(first.getId()).orElseThrow();
                        store.update(SampleAlliances.edited(StampedAlliances.stamp(current, current.getVersion() + 1), "w" + n));
                    }
                    return writes;
                } finally {
                    writing.set(false);
                }
            }
            int reads = 0;
            while (writing.get() || reads == 0) {
                checkOneVersion(read(first, reads % 3), reads % 3);
                reads++;
            }
            return reads;
        });

        for (Race.Outcome<Integer> outcome : outcomes) {
            if (outcome.error().isPresent()) {
                throw new AssertionError(what + ": " + outcome.error().get().getMessage(), outcome.error().get());
            }
        }
    }

    @Test
    void paging_while_other_threads_insert_delete_and_update_never_repeats_or_skips_an_unchanged_alliance() {
        PagingWhileWriting race = new PagingWhileWriting(settings, store);

        race.runAndCheck();
    }

    private Alliance read(Alliance alliance, int path) {
        return switch (path) {
            case 0 -> store.findById(alliance.getId()).orElseThrow(() -> new AssertionError("findById found nothing"));
            case 1 -> store.findByNaturalKey(alliance.getFederation(), alliance.getMunicipality())
                    .orElseThrow(() -> new AssertionError("findByNaturalKey found nothing"));
            default -> store.query(AllianceCriteria.builder().municipalities(Set.of(alliance.getMunicipality())).build(),
                    PageRequest.first(1)).getItems().stream().findFirst()
                    .orElseThrow(() -> new AssertionError("query found nothing"));
        };
    }

    private static void checkOneVersion(Alliance read, int path) {
        TreeSet<Long> stamps = StampedAlliances.stamps(read);
        if (stamps.size() != 1 || stamps.first() != read.getVersion()) {
            String via = path == 0 ? "findById" : path == 1 ? "findByNaturalKey" : "query";
            throw new AssertionError("a read through " + via + " returned version " + read.getVersion()
                    + " whose children carry the stamps of versions " + stamps
                    + ": the aggregate mixes versions (or the version does not match its content)");
        }
    }
}
