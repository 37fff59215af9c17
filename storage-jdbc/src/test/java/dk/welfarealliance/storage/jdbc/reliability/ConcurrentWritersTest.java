package dk.welfarealliance.storage.jdbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.PutClub;
import dk.welfarealliance.service.PutContact;
import dk.welfarealliance.service.RecordNote;
import dk.welfarealliance.service.RetryPolicy;
import dk.welfarealliance.storage.OptimisticLockException;
import dk.welfarealliance.storage.TransientStorageException;
import dk.welfarealliance.storage.jdbc.Dialect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Eight writers run a bounded mix of commands (a club, a contact, a note on the open agreement, each with texts
 * and an actor of its own) through the service, on one alliance and on ten, on every backend. Afterwards every
 * acknowledged command is in exactly one history entry, every failed one in none, nothing acknowledged is
 * missing (no lost update), each alliance's version counts exactly its writes, every invariant holds, and the
 * only errors that escape are the typed conflict or transient ones. Prints acknowledged commands, conflicts
 * retried and throughput for the record (speed is not asserted: that is the benchmarks' job).
 */
class ConcurrentWritersTest {
    private static final int WRITERS = 8;
    private static final int COMMANDS_PER_WRITER = 12;
    private static final RetryPolicy RETRY = RetryPolicy.defaults().withMaxAttempts(60)
            .withBackoff(Duration.ofMillis(1), Duration.ofMillis(40)).withJitter(1.0);

    /** One command a writer sent and what came of it. */
    private record Sent(ActorRef actor, AllianceId alliance, Command command, String text, boolean acknowledged,
            String error) {}

    @ParameterizedTest(name = "{0}, {1} alliance(s)")
    @CsvSource({"memory, 1", "memory, 10", "H2, 1", "H2, 10", "POSTGRESQL, 1", "POSTGRESQL, 10"})
    void eight_writers_lose_no_update_and_every_acknowledged_command_is_in_exactly_one_history_entry(String backendName,
            int allianceCount) throws Exception {
        try (Backend backend = backendName.equals("memory") ? Backend.memory() : Backend.jdbc(Dialect.valueOf(backendName))) {
            CountingStore store = new CountingStore(backend.store());
            AllianceService service = new AllianceService(backend.service(11, RETRY).lifecycle(), store, RETRY,
                    dk.welfarealliance.service.Listeners.none());
            List<AllianceId> alliances = new ArrayList<>();
            for (int a = 0; a < allianceCount; a++) {
                AllianceId id = service.create(FederationCode.DBU, MunicipalityCode.of(String.valueOf(MUNICIPALITIES[a])),
                        ActorRef.of("setup")).getId();
                service.execute(id, OpenAgreement.titled("Velfærdsalliance"), ActorRef.of("setup"));
                alliances.add(id);
            }
            long setupUpdates = store.updates();

            List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < COMMANDS_PER_WRITER; i++) {
                        sent.add(send(service, alliances.get((writer + i) % alliances.size()), writer, i));
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> f : writers) {
                f.get(5, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            pool.shutdown();

            Map<AllianceId, Alliance> stored = new HashMap<>();
            for (AllianceId id : alliances) {
                stored.put(id, service.find(id).orElseThrow());
            }
            long acknowledged = sent.stream().filter(Sent::acknowledged).count();
            System.out.printf("ConcurrentWritersTest %s, %d alliance(s): %d commands, %d acknowledged, %d gave up "
                            + "(typed), %d conflicts and %d transient failures retried, %.1f acknowledged commands/s%n",
                    backend, allianceCount, sent.size(), acknowledged, sent.size() - acknowledged, store.conflicts(),
                    store.transients(), acknowledged / seconds);

            assertThat(sent).hasSize(WRITERS * COMMANDS_PER_WRITER);
            assertThat(sent).filteredOn(s -> !s.acknowledged())
                    .allSatisfy(s -> assertThat(s.error()).as("only the typed errors escape")
                            .isIn(OptimisticLockException.class.getName(), TransientStorageException.class.getName()));
            for (Sent s : sent) {
                Alliance a = stored.get(s.alliance());
                List<HistoryEntry> entries = a.getHistory().stream().filter(e -> e.getActor().equals(s.actor())).toList();
                assertThat(entries).as("history entries of %s (%s)", s.actor(), s.acknowledged() ? "acknowledged" : s.error())
                        .hasSize(s.acknowledged() ? 1 : 0);
                assertThat(present(a, s)).as("%s is stored", s.text()).isEqualTo(s.acknowledged());
            }
            long writes = 0;
            for (Alliance a : stored.values()) {
                assertThat(Alliance.builder().from(a).build()).as("invariants hold").isEqualTo(a);
                for (int i = 0; i < a.getHistory().size(); i++) {
                    assertThat(a.getHistory().get(i).getSeq()).isEqualTo(i + 1);
                }
                writes += a.getVersion() - 2; // created at 1, opened at 2
            }
            assertThat(writes).as("every version is one acknowledged command: no lost update").isEqualTo(acknowledged)
                    .isEqualTo(store.updates() - setupUpdates);
        }
    }

    private static final int[] MUNICIPALITIES = {101, 147, 151, 153, 155, 157, 159, 161, 163, 165};

    private static Sent send(AllianceService service, AllianceId alliance, int writer, int i) {
        ActorRef actor = ActorRef.of("writer-" + writer + "-" + i);
        String text = "w" + writer + "-" + i + " O'Hara; --";
        Command command = switch (i % 3) {
            case 0 -> PutClub.of(Club.builder().name("Klub " + text).build());
            case 1 -> PutContact.of(ContactPerson.builder().name("Person " + text).email("p" + writer + "x" + i + "@example.dk")
                    .build());
            default -> RecordNote.on(service.find(alliance).orElseThrow().getAgreements().get(0).getId(),
                    Note.of(NoteKind.MEETING, PartialDate.month(2026, 1 + i % 12), "Note " + text));
        };
        try {
            service.execute(alliance, command, actor);
            return new Sent(actor, alliance, command, text, true, null);
        } catch (RuntimeException e) {
            return new Sent(actor, alliance, command, text, false, e.getClass().getName());
        }
    }

    private static boolean present(Alliance a, Sent s) {
        long n = a.getClubs().stream().map(Club::getName).filter(t -> t.equals("Klub " + s.text())).count()
                + a.getContacts().stream().map(ContactPerson::getName).filter(t -> t.equals("Person " + s.text())).count()
                + a.getAgreements().stream().flatMap(g -> g.getNotes().stream()).map(Note::getText)
                        .filter(t -> t.equals("Note " + s.text())).count();
        assertThat(n).as("copies of %s", s.text()).isLessThanOrEqualTo(1);
        return n == 1;
    }
}
