package dk.welfarealliance.benchmarks;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.UuidOrder;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.memory.InMemoryAllianceStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The memory store against a {@link ConcurrentHashMap} and a stream over the same immutable alliances.
 *
 * <p>Lookups and queries run over 2,000 alliances, half of them typical (one agreement in force in 2022), half
 * without children. Inserts go into a store holding {@code stored} alliances, 100 or 2,000, so that a cost
 * that grows with the number stored shows; each inserted alliance is removed again after the invocation,
 * unmeasured (JMH's per-invocation timestamps add some tens of nanoseconds to both sides of that pair).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MemoryStoreBenchmark {
    static final int ALLIANCES = 2_000;
    static final LocalDate DAY = LocalDate.of(2022, 6, 1);

    static List<Alliance> alliances(int count) {
        IdGenerator ids = IdGenerator.seeded(1);
        List<Alliance> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(i % 2 == 0
                    ? Fixtures.typical(ids, Fixtures.federation(i), Fixtures.municipality(i))
                    : Alliance.builder().from(Fixtures.empty(ids, Fixtures.municipality(i)))
                            .federation(Fixtures.federation(i)).build());
        }
        return all;
    }

    /** 2,000 alliances in the store and in a map, and the ids to look up in turn. */
    @State(Scope.Benchmark)
    public static class Filled {
        InMemoryAllianceStore store;
        Map<AllianceId, Alliance> map;
        List<Alliance> values;
        AllianceId[] ids;
        AllianceCriteria inForce;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            store = new InMemoryAllianceStore();
            map = new ConcurrentHashMap<>();
            values = new ArrayList<>();
            for (Alliance a : alliances(ALLIANCES)) {
                Alliance stored = store.insert(a);
                map.put(stored.getId(), stored);
                values.add(stored);
            }
            ids = map.keySet().toArray(new AllianceId[0]);
            inForce = AllianceCriteria.builder().agreement(AgreementFilter.builder().inForceOn(DAY).build()).build();
        }

        AllianceId nextId() {
            AllianceId id = ids[next];
            next = (next + 1) % ids.length;
            return id;
        }
    }

    /** A store and a map holding {@code stored} alliances, and one more alliance to insert. */
    @State(Scope.Benchmark)
    public static class Inserting {
        @Param({"100", "2000"})
        public int stored;

        InMemoryAllianceStore store;
        Map<AllianceId, Alliance> map;
        Alliance alliance;

        @Setup(Level.Trial)
        public void setUp() {
            store = new InMemoryAllianceStore();
            map = new ConcurrentHashMap<>();
            for (Alliance a : alliances(stored)) {
                map.put(a.getId(), store.insert(a));
            }
            // a federation of its own: the stored alliances use every municipality code of F000 and F001
            alliance = Fixtures.typical(IdGenerator.seeded(2), FederationCode.of("INSERTED"), "999");
        }

        @TearDown(Level.Invocation)
        public void removeInserted() {
            if (store.findById(alliance.getId()).isPresent()) {
                store.delete(alliance.getId(), 1);
            }
            map.remove(alliance.getId());
        }
    }

    @Benchmark
    public Alliance findById(Filled s) {
        return s.store.findById(s.nextId()).orElseThrow();
    }

    @Benchmark
    public Alliance findById_baselineMap(Filled s) {
        return s.map.get(s.nextId());
    }

    /** The first page of 50 alliances with an agreement in force on {@link #DAY}, by municipality and id. */
    @Benchmark
    public Page query(Filled s) {
        return s.store.query(s.inForce, PageRequest.first(50));
    }

    private static final Comparator<Alliance> BY_MUNICIPALITY = Comparator.comparing(Alliance::getMunicipality)
            .thenComparing(a -> a.getId().value(), UuidOrder.UNSIGNED);

    @Benchmark
    public List<Alliance> query_baselineStream(Filled s) {
        return s.values.stream()
                .filter(a -> a.getAgreements().stream().anyMatch(MemoryStoreBenchmark::inForceOnDay))
                .sorted(BY_MUNICIPALITY)
                .limit(50)
                .toList();
    }

    private static boolean inForceOnDay(Agreement g) {
        if (g.getState() != AgreementState.SIGNED && g.getState() != AgreementState.TERMINATED) {
            return false;
        }
        AgreementPeriod p = g.getPeriod().orElse(null);
        return p != null && !p.getStart().isAfter(DAY)
                && g.effectiveEnd().map(end -> !end.isBefore(DAY)).orElse(false);
    }

    @Benchmark
    public Alliance insert(Inserting s) {
        return s.store.insert(s.alliance);
    }

    @Benchmark
    public Alliance insert_baselineMap(Inserting s) {
        return s.map.put(s.alliance.getId(), s.alliance);
    }
}
