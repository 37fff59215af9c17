package dk.welfarealliance.storage.tck.teeth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedMethod;

import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.tck.AllianceStoreContract;
import dk.welfarealliance.storage.tck.TckSettings;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.TestAbortedException;

/**
 * The TCK has teeth: run against deliberately broken variants of a naive backend, the case named for each
 * fault fails; run against the correct variant, every declared case passes; and a whole run that skips a case
 * fails, while a run of one case does not.
 */
class TckTeethTest {
    private static final String CONTRACT = AllianceStoreContract.class.getName();

    @Test
    void the_correct_naive_backend_passes_every_declared_case_and_skips_none() {
        long started = System.nanoTime();
        EngineExecutionResults results = run(selectClass(NaiveStoreFixtures.Correct.class));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("TCK against the correct naive backend: %d cases in %d ms%n",
                results.testEvents().finished().count(), millis);

        assertThat(failures(results)).as("failed cases").isEmpty();
        assertThat(results.testEvents().succeeded().count()).as("cases passed").isEqualTo(AllianceStoreContract.DECLARED_CASES);
        assertThat(results.testEvents().skipped().count()).as("cases skipped").isZero();
        assertThat(results.testEvents().aborted().count()).as("cases aborted").isZero();
        assertThat(results.containerEvents().failed().count()).as("groups or classes failed").isZero();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void a_backend_with_a_fault_fails_the_case_named_for_it(Fault fault) {
        long started = System.nanoTime();
        EngineExecutionResults results = run(selectClass(NaiveStoreFixtures.withFault(fault)));
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<String> failed = results.testEvents().failed().stream().map(TckTeethTest::caseName).toList();
        // labelled, since a line naming failed cases in the build's output would otherwise read like a failure
        System.out.printf("expected: the naive backend with fault %s fails %s (and %d other cases) in %d ms%n",
                fault, fault.caughtBy(), Math.max(0, failed.size() - 1), millis);
        assertThat(failed).as("the cases failing against the naive store with %s", fault).contains(fault.caughtBy());
        Throwable failure = results.testEvents().failed().stream().filter(e -> caseName(e).equals(fault.caughtBy()))
                .map(TckTeethTest::failure).findFirst().orElseThrow();
        assertThat(firstLine(failure)).as("the first line names the group, the case and then the cause")
                .startsWith("[" + fault.group() + "] " + fault.method() + ": ")
                .hasSizeGreaterThan(("[" + fault.group() + "] " + fault.method() + ": ").length() + 10);
        for (Event event : results.testEvents().failed().list()) {
            String message = failure(event).getMessage();
            assertThat(message).as("the message of %s", caseName(event)).hasSizeLessThanOrEqualTo(TckSettings.FAILURE_MESSAGE_LIMIT);
            assertThat(message.lines().skip(1).findFirst()).as("the second line of %s", caseName(event))
                    .hasValueSatisfying(line -> assertThat(line).matches("seed -?\\d+ \\(replay with -Dwa\\.tck\\.seed=-?\\d+\\)"));
        }
    }

    @Test
    void a_random_case_broken_on_purpose_leads_with_its_cause_in_one_line_names_the_seed_and_stays_under_the_limit(
            @TempDir Path reports) throws IOException {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectNestedMethod(List.of(NaiveStoreFixtures.withFault(Fault.MILLISECOND_INSTANTS).getName()),
                        CONTRACT + "$Fidelity", "random_valid_alliances_round_trip_through_every_read_path"))
                .configurationParameter(TckSettings.SEED, "42")
                .configurationParameter(TckSettings.EXAMPLES, "50")
                .configurationParameter(TckSettings.REPORT_DIR, reports.toString())
                .execute();

        List<Throwable> failures = results.testEvents().failed().stream().map(TckTeethTest::failure).toList();
        assertThat(failures).as("the random round trip fails against millisecond instants").hasSize(1);
        String message = failures.get(0).getMessage();
        List<String> lines = message.lines().toList();
        // labelled, since the build's output would otherwise show what reads like a real failure
        System.out.printf("expected: a failure message of %d characters:%n  %s%n", message.length(),
                String.join(System.lineSeparator() + "  ", lines));
        assertThat(lines.get(0)).as("the cause, in the first line")
                .startsWith("[Fidelity] random_valid_alliances_round_trip_through_every_read_path: property falsified after ")
                .containsPattern("alliance [0-9a-f-]{36} \\([^/]+/\\d{3}\\) differs at \\S+: expected \\S+ but found \\S+")
                .hasSizeLessThan(700);
        assertThat(lines.get(1)).isEqualTo("seed 42 (replay with -Dwa.tck.seed=42)");
        assertThat(message).as("the whole message").hasSizeLessThanOrEqualTo(TckSettings.FAILURE_MESSAGE_LIMIT);
        assertThat(lines.get(2)).startsWith("full report (").contains(reports.toString());
        Path report = Path.of(lines.get(2).substring(lines.get(2).indexOf("): ") + 3));
        String full = Files.readString(report);
        assertThat(full).as("the full report").startsWith(lines.get(0) + "\n" + lines.get(1))
                .contains("Smallest found falsifying value(s)").hasSizeGreaterThan(message.length());
    }

    @Test
    void the_cause_line_of_a_failure_with_a_long_message_is_cut_in_the_middle_and_the_rest_capped() {
        EngineExecutionResults results = run(selectNestedMethod(List.of(NaiveStoreFixtures.withFault(Fault.DROPS_NOTES).getName()),
                CONTRACT + "$Fidelity", "notes_on_the_alliance_and_its_agreements_round_trip_in_order"));

        Throwable failure = results.testEvents().failed().stream().map(TckTeethTest::failure).findFirst().orElseThrow();
        assertThat(firstLine(failure)).as("the first difference, where notes were lost")
                .containsPattern("differs at agreements\\[\\d]\\.notes: expected [23] elements but found 0");
    }

    @Test
    void without_a_second_store_a_cache_hides_what_its_storage_drops_which_is_why_a_caching_backend_must_give_one() {
        EngineExecutionResults results = run(selectNestedMethod(
                List.of(NaiveStoreFixtures.RememberingDropsNotes.class.getName()), CONTRACT + "$Fidelity",
                Fault.CACHE_HIDES_DROPPED_NOTES.method()));

        assertThat(results.testEvents().succeeded().count()).as("the notes case, read from the cache only").isEqualTo(1);
    }

    @Test
    void a_second_store_hook_that_returns_null_fails_the_case_naming_the_contract_class() {
        EngineExecutionResults results = run(selectNestedMethod(List.of(NoSecondStore.class.getName()),
                CONTRACT + "$Fidelity", Fault.CACHE_HIDES_DROPPED_NOTES.method()));

        List<Throwable> failures = results.testEvents().failed().stream().map(TckTeethTest::failure).toList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).hasMessageContaining(NoSecondStore.class.getName() + ".secondStore(store) returned null");
    }

    /** The correct naive store, whose second-store hook answers null. */
    static class NoSecondStore extends NaiveStoreFixtures.Correct {
        @Override
        @SuppressWarnings("NullAway") // the broken hook under test
        protected AllianceStore secondStore(AllianceStore store) {
            return null;
        }
    }

    @Test
    void a_whole_run_with_a_disabled_and_an_aborted_case_fails_the_declared_case_count_whatever_the_backend_adds() {
        EngineExecutionResults results = run(selectClass(CorrectWithSkippedCases.class));

        assertThat(results.testEvents().succeeded().count()).as("passed, the backend's own two tests included")
                .isEqualTo(AllianceStoreContract.DECLARED_CASES);
        assertThat(results.testEvents().skipped().count()).as("disabled").isEqualTo(1);
        assertThat(results.testEvents().aborted().count()).as("aborted").isEqualTo(1);
        List<Throwable> containerFailures = results.containerEvents().failed().stream().map(TckTeethTest::failure).toList();
        assertThat(containerFailures).as("the contract class fails after its last case").hasSize(1);
        assertThat(containerFailures.get(0)).hasMessageContaining("declares " + AllianceStoreContract.DECLARED_CASES
                + " contract cases, but only " + (AllianceStoreContract.DECLARED_CASES - 2) + " executed")
                .hasMessageContaining("aborted 1, disabled 1");
    }

    @Test
    void a_run_of_one_case_or_one_group_is_not_held_to_the_declared_case_count() {
        EngineExecutionResults oneCase = run(selectNestedMethod(List.of(NaiveStoreFixtures.Correct.class.getName()),
                CONTRACT + "$Inserting", "insert_with_a_duplicate_id_is_rejected_and_names_the_id"));
        EngineExecutionResults oneGroup = run(selectNestedClass(List.of(NaiveStoreFixtures.Correct.class.getName()),
                CONTRACT + "$Finding"));

        assertThat(oneCase.testEvents().succeeded().count()).isEqualTo(1);
        assertThat(oneCase.containerEvents().failed().count()).as("containers failed running one case").isZero();
        assertThat(oneGroup.testEvents().succeeded().count()).isEqualTo(2);
        assertThat(oneGroup.containerEvents().failed().count()).as("containers failed running one group").isZero();
    }

    /**
     * The correct naive store, with one case disabled and one aborted by an assumption, and two tests of its
     * own, which must not make up for the two cases skipped.
     */
    @ExtendWith({DisableOneCase.class, AbortOneCase.class})
    static class CorrectWithSkippedCases extends NaiveStoreFixtures.Correct {
        @Test
        void a_test_of_the_backend_itself() {
            assertThat(createStore()).isInstanceOf(NaiveAllianceStore.class);
        }

        @Test
        void another_test_of_the_backend_itself() {
            assertThat(createStore().count(AllianceCriteria.all())).isZero();
        }
    }

    /** Disables the case that checks duplicate ids. */
    static class DisableOneCase implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getTestMethod().filter(m -> m.getName().equals("insert_with_a_duplicate_id_is_rejected_and_names_the_id"))
                    .map(m -> ConditionEvaluationResult.disabled("disabled to test the declared-case count"))
                    .orElse(ConditionEvaluationResult.enabled("not the disabled case"));
        }
    }

    /** Aborts the case that checks find by id, as a failed assumption would. */
    static class AbortOneCase implements InvocationInterceptor {
        @Override
        public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                ExtensionContext context) throws Throwable {
            if (call.getExecutable().getName().equals("find_by_id_returns_the_stored_alliance_or_empty")) {
                invocation.skip();
                throw new TestAbortedException("aborted to test the declared-case count");
            }
            invocation.proceed();
        }
    }

    private static String firstLine(Throwable failure) {
        return failure.getMessage().lines().findFirst().orElse("");
    }

    private static EngineExecutionResults run(DiscoverySelector selector) {
        return EngineTestKit.engine("junit-jupiter").selectors(selector).execute();
    }

    private static List<String> failures(EngineExecutionResults results) {
        return results.testEvents().failed().stream()
                .map(e -> caseName(e) + ": " + failure(e)).toList();
    }

    private static Throwable failure(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    /** @return {@code Group.method} of the case an event belongs to */
    private static String caseName(Event event) {
        TestDescriptor descriptor = event.getTestDescriptor();
        Optional<MethodSource> source = descriptor.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
        return source.map(s -> s.getClassName().substring(s.getClassName().lastIndexOf('$') + 1) + "." + s.getMethodName())
                .orElse(descriptor.getDisplayName());
    }
}
