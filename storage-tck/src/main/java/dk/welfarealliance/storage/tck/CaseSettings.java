package dk.welfarealliance.storage.tck;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Gives each contract case its {@link TckSettings}, read from the JUnit configuration parameters, and starts
 * every failure message of the case with its group (Surefire's console shows only the method name) and the
 * seed and property that replay it: {@code [Sorting] seed 42 (replay with -Dwa.tck.seed=42): …}. The original
 * failure stays the cause. Aborted cases (failed assumptions) are left as they are.
 */
final class CaseSettings implements ParameterResolver, TestExecutionExceptionHandler {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CaseSettings.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TckSettings.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TckSettings settings = TckSettings.from(context::getConfigurationParameter);
        context.getStore(NAMESPACE).put(TckSettings.class, settings);
        return settings;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        TckSettings settings = context.getStore(NAMESPACE).get(TckSettings.class, TckSettings.class);
        if (settings == null || failure instanceof TestAbortedException
                || !(failure instanceof AssertionError || failure instanceof Exception)) {
            throw failure;
        }
        String group = context.getTestClass().map(Class::getSimpleName).orElse("?");
        throw new AssertionError("[" + group + "] " + settings.replay() + ": " + failure, failure);
    }
}
