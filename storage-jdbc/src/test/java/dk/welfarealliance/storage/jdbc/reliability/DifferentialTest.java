package dk.welfarealliance.storage.jdbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Outcome;
import dk.welfarealliance.service.RetryPolicy;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Differential testing: random sequences of commands, valid and invalid, applied through the service to the
 * memory store, H2 and PostgreSQL must give the same outcome at every step (the same alliance, to the
 * microsecond, or the same error type and rule codes), the same stored alliances and the same reports. Every
 * failure is the typed error and every stored alliance is valid. A failing sequence shrinks (QuickTheories);
 * the seed is printed: rerun with {@code -DQT_SEED=n}; {@code -DWA_DIFF_EXAMPLES=n} runs more sequences.
 */
class DifferentialTest {
    private static final ActorRef ACTOR = ActorRef.of("differential");
    private static final List<MunicipalityCode> MUNICIPALITIES = List.of(MunicipalityCode.of("751"),
            MunicipalityCode.of("101"));
    private static final LocalDate REPORT_DAY = LocalDate.of(2026, 6, 1);

    /** One step: a move (create-again and unknown-alliance besides the {@link Moves}), its alliance and numbers. */
    record Step(int move, int alliance, int pick, int x) {
        @Override
        public String toString() {
            return "Step(move=" + move + ", alliance=" + alliance + ", pick=" + pick + ", x=" + x + ")";
        }
    }

    private static final int CREATE_AGAIN = Moves.KINDS;
    private static final int UNKNOWN_ALLIANCE = Moves.KINDS + 1;

    private static final Gen<Step> STEPS = integers().between(0, UNKNOWN_ALLIANCE)
            .zip(integers().between(0, 1), integers().between(0, 3), integers().between(0, 9_999),
                    (move, alliance, pick, x) -> new Step(move, alliance, pick, x));

    @Test
    void memory_h2_and_postgresql_agree_on_every_outcome_error_stored_alliance_and_report() {
        long seed = Long.getLong("QT_SEED", System.nanoTime());
        int examples = Integer.getInteger("WA_DIFF_EXAMPLES", 60);
        System.out.println("DifferentialTest: seed " + seed + ", " + examples + " sequences (rerun with -DQT_SEED="
                + seed + ")");
        AtomicInteger runs = new AtomicInteger();
        Tally tally = new Tally();
        try (Backend memory = Backend.memory(); Backend h2 = Backend.jdbc(Dialect.H2);
                Backend postgres = Backend.jdbc(Dialect.POSTGRESQL)) {
            List<Backend> backends = List.of(memory, h2, postgres);
            QuickTheory.qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(40)
                    .forAll(lists().of(STEPS).ofSizeBetween(1, 24))
                    .checkAssert(steps -> run(backends, steps, runs.incrementAndGet(), tally));
        }
        System.out.println("DifferentialTest: " + runs.get() + " sequences (shrinking included), " + tally);
        // a generator that never got a command accepted, or never one rejected, would make this pass vacuously
        assertThat(tally.accepted).isPositive();
        assertThat(tally.rejected).isPositive();
        assertThat(tally.duplicates).isPositive();
    }

    /** What the runs did, for the closing figures. */
    static final class Tally {
        long commands;
        long accepted;
        long rejected;
        long duplicates;

        @Override
        public String toString() {
            return commands + " commands on each of 3 backends: " + accepted + " accepted, " + rejected
                    + " rejected with ValidationException, " + duplicates + " duplicate creations";
        }
    }

    private static void run(List<Backend> backends, List<Step> steps, int run, Tally tally) {
        List<AllianceService> services = new ArrayList<>();
        for (Backend b : backends) {
            services.add(b.service(run, RetryPolicy.noRetry()));
        }
        List<AllianceId> ids = new ArrayList<>();
        try {
            for (MunicipalityCode m : MUNICIPALITIES) {
                List<Object> created = apply(services, s -> s.create(FederationCode.DBU, m, ACTOR));
                assertSame(backends, created, "creating " + m);
                ids.add(((Alliance) created.get(0)).getId());
            }
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                int n = i;
                AllianceId id = ids.get(step.alliance());
                Alliance reference = services.get(0).find(id).orElseThrow();
                String at = "step " + (i + 1) + " of " + steps + ": ";
                List<Object> observed;
                if (step.move() == CREATE_AGAIN) {
                    observed = apply(services, s -> s.create(FederationCode.DBU, reference.getMunicipality(), ACTOR));
                } else if (step.move() == UNKNOWN_ALLIANCE) {
                    AllianceId unknown = AllianceId.of(new UUID(0x4000L, 0x8000000000000000L | step.x()));
                    observed = apply(services, s -> s.execute(unknown, Moves.command(reference, 0, 0, step.x(), n), ACTOR));
                } else {
                    Command command;
                    try {
                        command = Moves.command(reference, step.move(), step.pick(), step.x(), i);
                    } catch (ValidationException e) {
                        continue; // a command that cannot be built reaches no store
                    }
                    observed = apply(services, s -> s.execute(id, command, ACTOR));
                    at += command + ": ";
                }
                assertSame(backends, observed, at);
                tally.commands++;
                Object first = observed.get(0);
                if (first instanceof Failure f) {
                    assertThat(f.type()).as(at + "every failure is the typed error")
                            .isIn(ValidationException.class.getName(), DuplicateAllianceException.class.getName());
                    if (f.type().equals(DuplicateAllianceException.class.getName())) {
                        tally.duplicates++;
                    } else {
                        tally.rejected++;
                    }
                } else {
                    tally.accepted++;
                }
            }
            for (AllianceId id : ids) {
                List<Object> stored = apply(services, s -> s.find(id).orElseThrow());
                assertSame(backends, stored, "the stored alliance " + id);
                Alliance a = (Alliance) stored.get(0);
                assertThat(Alliance.builder().from(a).build()).as("the stored alliance is valid").isEqualTo(a);
            }
            assertSame(backends, apply(backends, DifferentialTest::reports), "the reports");
        } finally {
            for (int b = 0; b < backends.size(); b++) {
                for (AllianceId id : ids) {
                    AllianceService s = services.get(b);
                    s.find(id).ifPresent(a -> s.store().delete(id, a.getVersion()));
                }
            }
        }
    }

    private static List<Object> reports(Backend backend) {
        Reports reports = new Reports(backend.store(), ReferenceCatalogue.bundled(),
                Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC), Lifecycle.DEFAULT_BUSINESS_ZONE);
        return List.of(reports.coverage(REPORT_DAY), reports.renewalPipeline(REPORT_DAY, Period.ofYears(5)),
                reports.eliteDelivery(REPORT_DAY), reports.focusAreas(REPORT_DAY));
    }

    /** An error as the backends must agree on it: its type and its rule codes. */
    record Failure(String type, List<String> rules) {}

    /** An outcome as the backends must agree on it: the stored alliance and what the command created or acted on. */
    record Done(Alliance alliance, String outcome) {}

    private static <T> List<Object> apply(List<T> targets, java.util.function.Function<T, Object> call) {
        List<Object> results = new ArrayList<>();
        for (T t : targets) {
            try {
                Object result = call.apply(t);
                results.add(result instanceof Outcome o ? new Done(o.getAlliance(), o.toString()) : result);
            } catch (ValidationException e) {
                results.add(new Failure(e.getClass().getName(), List.copyOf(e.getRules())));
            } catch (DuplicateAllianceException e) {
                results.add(new Failure(e.getClass().getName(), List.of(e.getKey().toString())));
            } catch (RuntimeException e) {
                results.add(new Failure(e.getClass().getName(), List.of(String.valueOf(e.getMessage()))));
            }
        }
        return results;
    }

    private static void assertSame(List<Backend> backends, List<Object> observed, String what) {
        for (int b = 1; b < backends.size(); b++) {
            assertThat(observed.get(b)).as("%s on %s, as on %s", what, backends.get(b), backends.get(0)).isEqualTo(observed.get(0));
        }
    }
}
