package dk.welfarealliance.storage.tck;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Fails a whole run of the contract in which fewer than {@link AllianceStoreContract#DECLARED_CASES} cases
 * executed: a case that was aborted (a failed assumption), disabled or never reported counts as not executed.
 *
 * <p><b>Whole run or filtered run.</b> JUnit evaluates this extension's condition for every container it is
 * about to run (before any condition of the backend's own test class), so the extension records which groups
 * (the {@code @Nested} classes of {@link AllianceStoreContract}) were reached, even one that another condition
 * then disables. A run is whole when every group started; an IDE running one case,
 * one group or a few cases leaves groups out, and such a run is not checked. A filter that keeps every group
 * but drops cases from them (a tag or method-name filter) is treated as whole and fails the check: set
 * {@value TckSettings#REQUIRE_ALL_CASES}=false to run such a subset on purpose.
 *
 * <p>Only the contract's own cases count: tests a backend adds to its subclass neither fill nor spoil the count.
 *
 * <p>The tally lives in the JUnit store of the concrete contract class's context, so each backend's run is
 * counted on its own; nothing is kept in static state.
 */
final class DeclaredCaseCount implements ExecutionCondition, BeforeAllCallback, TestWatcher, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DeclaredCaseCount.class);

    /** What one run of one contract class did. Updated from JUnit's threads, so every field is thread-safe. */
    static final class Tally {
        final Set<String> groupsStarted = new ConcurrentSkipListSet<>();
        final AtomicInteger passed = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger aborted = new AtomicInteger();
        final AtomicInteger disabled = new AtomicInteger();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        recordGroup(context);
        return ConditionEvaluationResult.enabled("the declared-case count only watches");
    }

    /** Records the group also here, for runs in which conditions are deactivated (and so cannot disable it). */
    @Override
    public void beforeAll(ExtensionContext context) {
        recordGroup(context);
    }

    private static void recordGroup(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            context.getTestClass().filter(DeclaredCaseCount::isGroup)
                    .ifPresent(group -> tally(context).groupsStarted.add(group.getSimpleName()));
        }
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        if (isContractCase(context)) {
            tally(context).passed.incrementAndGet();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, @Nullable Throwable cause) {
        if (isContractCase(context)) {
            tally(context).failed.incrementAndGet();
        }
    }

    @Override
    public void testAborted(ExtensionContext context, @Nullable Throwable cause) {
        if (isContractCase(context)) {
            tally(context).aborted.incrementAndGet();
        }
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        if (isContractCase(context)) {
            tally(context).disabled.incrementAndGet();
        }
    }

    /** @return whether the test is a case of the contract, not one the backend's test class added itself */
    private static boolean isContractCase(ExtensionContext context) {
        return context.getTestMethod().map(m -> ContractCases.class.isAssignableFrom(m.getDeclaringClass())).orElse(false);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!isContractContext(context)) {
            return;
        }
        boolean required = context.getConfigurationParameter(TckSettings.REQUIRE_ALL_CASES)
                .map(v -> !v.trim().equalsIgnoreCase("false")).orElse(true);
        Tally tally = tally(context);
        Set<String> groups = groups();
        if (!required || !tally.groupsStarted.containsAll(groups)) {
            return;
        }
        int executed = tally.passed.get() + tally.failed.get();
        if (executed < AllianceStoreContract.DECLARED_CASES) {
            int reported = executed + tally.aborted.get() + tally.disabled.get();
            throw new AssertionError("The storage TCK declares " + AllianceStoreContract.DECLARED_CASES
                    + " contract cases, but only " + executed + " executed against "
                    + context.getRequiredTestClass().getName() + " (passed " + tally.passed.get() + ", failed "
                    + tally.failed.get() + "; not executed: aborted " + tally.aborted.get() + ", disabled "
                    + tally.disabled.get() + ", never reported " + Math.max(0, AllianceStoreContract.DECLARED_CASES - reported)
                    + "). Nothing may be skipped silently: find the aborted or disabled cases in the report and make"
                    + " them run. To run a subset on purpose, set -D" + TckSettings.REQUIRE_ALL_CASES + "=false.");
        }
    }

    /** @return the simple names of the contract's groups */
    static Set<String> groups() {
        return Arrays.stream(AllianceStoreContract.class.getDeclaredClasses()).filter(DeclaredCaseCount::isGroup)
                .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isGroup(Class<?> type) {
        return type.getEnclosingClass() == AllianceStoreContract.class && type.isAnnotationPresent(Nested.class);
    }

    private static boolean isContractContext(ExtensionContext context) {
        return context.getTestMethod().isEmpty()
                && context.getTestClass().filter(AllianceStoreContract.class::isAssignableFrom).isPresent();
    }

    private static Tally tally(ExtensionContext context) {
        ExtensionContext contract = context;
        while (!isContractContext(contract)) {
            contract = contract.getParent().orElseThrow(
                    () -> new IllegalStateException("the declared-case count runs only inside an AllianceStoreContract"));
        }
        return contract.getStore(NAMESPACE).computeIfAbsent(Tally.class, key -> new Tally(), Tally.class);
    }
}
