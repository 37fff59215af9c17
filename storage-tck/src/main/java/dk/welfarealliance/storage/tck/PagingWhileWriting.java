package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.tck.reference.ReferenceQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The paging guarantee of docs/storage-contract.md while rows change: one thread pages through the alliances again and
 * again while the others insert, update (changing the latest signed end, a sort key) and delete alliances
 * interleaved with a set of stable ones that nobody touches. Before it reads the next page, the reader waits
 * until the writers have written again, so that rows change between every two pages even on two cores. Every
 * pass must return every stable alliance exactly once and in order, and every page must be sorted. Nothing is
 * required of the changing alliances: one whose key changed may appear at its old position, its new one, or
 * both.
 */
final class PagingWhileWriting {
    private static final int STABLE = 20;
    private static final int CHURN = 24;
    private static final FederationCode DIF = FederationCode.of("DIF");

    private final TckSettings settings;
    private final AllianceStore store;

    PagingWhileWriting(TckSettings settings, AllianceStore store) {
        this.settings = settings;
        this.store = store;
    }

    void runAndCheck() {
        IdGenerator ids = IdGenerator.seeded(settings.seed());
        List<Alliance> stable = new ArrayList<>();
        for (int k = 0; k < STABLE; k++) {
            Alliance alliance = SampleAlliances.minimal(ids, MunicipalityCode.of(String.format("%03d", 100 + 2 * k)))
                    .withAgreements(SampleAlliances.signed(ids, "stabil " + k, LocalDate.of(2019, 1, 1),
                            LocalDate.of(2020, 1, 1).plusDays(45L * ((k * 7) % STABLE))));
            stable.add(store.insert(alliance));
        }
        Set<AllianceId> stableIds = stable.stream().map(Alliance::getId).collect(Collectors.toSet());
        int writers = settings.threads() - 1;
        AtomicBoolean reading = new AtomicBoolean(true);
        Writes writes = new Writes(writers);

        List<Race.Outcome<Integer>> outcomes = Race.run(settings, settings.threads(), "paging while writing", t -> () -> {
            if (t > 0) {
                try {
                    return churn(t - 1, writers, reading, writes);
                } finally {
                    writes.running.decrementAndGet();
                }
            }
            try {
                return read(stable, stableIds, writes);
            } finally {
                reading.set(false);
            }
        });

        for (Race.Outcome<Integer> outcome : outcomes) {
            if (outcome.error().isPresent()) {
                Throwable e = outcome.error().get();
                throw e instanceof AssertionError a ? a : new AssertionError("a thread failed", e);
            }
        }
    }

    /** @return the number of pages read */
    private int read(List<Alliance> stable, Set<AllianceId> stableIds, Writes writes) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        int pagesRead = 0;
        for (int pass = 0; pass < settings.raceRounds() && writes.running.get() > 0; pass++) {
            AllianceSort sort = AllianceSort.values()[random.nextInt(AllianceSort.values().length)];
            AllianceCriteria criteria = random.nextBoolean() ? AllianceCriteria.all()
                    : AllianceCriteria.builder().federation(FederationCode.DBU).build();
            int size = 1 + random.nextInt(3);
            Comparator<Alliance> order = ReferenceQuery.order(sort);
            String what = "pass " + pass + ", pages of " + size + " sorted by " + sort + " for " + criteria.canonical();

            List<AllianceId> stableSeen = new ArrayList<>();
            Page page = store.query(criteria, PageRequest.first(size, sort));
            while (true) {
                pagesRead++;
                List<Alliance> items = page.getItems();
                assertThat(items).as("%s: a page is sorted", what).isSortedAccordingTo(order);
                assertThat(items).as("%s: a page holds only matching alliances", what)
                        .allMatch(a -> ReferenceQuery.matches(criteria, a));
                items.stream().map(Alliance::getId).filter(stableIds::contains).forEach(stableSeen::add);
                Optional<Cursor> next = page.getNext();
                if (next.isEmpty()) {
                    break;
                }
                awaitAnotherWrite(writes);
                page = store.query(criteria, PageRequest.after(next.get(), size));
            }
            List<AllianceId> expected = stable.stream().sorted(order).map(Alliance::getId).toList();
            assertThat(stableSeen).as("%s: the alliances nobody changed, each exactly once and in order", what)
                    .containsExactlyElementsOf(expected);
        }
        return pagesRead;
    }

    /** How many writes the writers made, and how many writers still run (one that failed stops). */
    private static final class Writes {
        final AtomicLong count = new AtomicLong();
        final AtomicInteger running;

        Writes(int writers) {
            running = new AtomicInteger(writers);
        }
    }

    /** Waits, briefly, until a writer has written since now, unless every writer has stopped. */
    private static void awaitAnotherWrite(Writes writes) {
        long seen = writes.count.get();
        long deadline = System.nanoTime() + 100_000_000L;
        while (writes.count.get() == seen && writes.running.get() > 0 && System.nanoTime() < deadline) {
            Thread.yield();
        }
    }

    /** Inserts, updates and deletes the churn slots this writer owns until the reader is done; @return writes */
    private int churn(int writer, int writers, AtomicBoolean reading, Writes writes) {
        SplittableRandom random = new SplittableRandom(settings.seed() + 1 + writer);
        IdGenerator ids = IdGenerator.seeded(settings.seed() * 31 + writer + 1);
        List<Integer> slots = new ArrayList<>();
        for (int j = writer; j < CHURN; j += writers) {
            slots.add(j);
        }
        List<Optional<Alliance>> current = new ArrayList<>();
        slots.forEach(j -> current.add(Optional.empty()));
        int done = 0;
        while (reading.get()) {
            int s = random.nextInt(slots.size());
            int slot = slots.get(s);
            Optional<Alliance> stored = current.get(s);
            if (stored.isEmpty()) {
                FederationCode federation = slot % 3 == 0 ? DIF : FederationCode.DBU;
                MunicipalityCode municipality = MunicipalityCode.of(String.format("%03d", 101 + 2 * slot));
                current.set(s, Optional.of(store.insert(SampleAlliances.minimal(ids.newAllianceId(), federation, municipality)
                        .withAgreements(signedUntil(ids, random)))));
            } else if (random.nextBoolean()) {
                Alliance changed = SampleAlliances.edited(stored.get().withAgreements(signedUntil(ids, random)), "churn");
                current.set(s, Optional.of(store.update(changed)));
            } else {
                store.delete(stored.get().getId(), stored.get().getVersion());
                current.set(s, Optional.empty());
            }
            writes.count.incrementAndGet();
            done++;
        }
        return done;
    }

    private static Agreement signedUntil(IdGenerator ids, SplittableRandom random) {
        return SampleAlliances.signed(ids, "skiftende", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1)
                .plusDays(random.nextInt(STABLE * 45 + 60)));
    }
}
