package dk.welfarealliance.storage.tck;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Gives each contract case its {@link TckSettings}, read from the JUnit configuration parameters, and turns every
 * failure of the case into a {@link FailureReport}: the group (Surefire's console shows only the method name), the
 * case and the cause in the first line, the seed and property that replay it in the second, the file of the full
 * report in the third, all within {@link TckSettings#FAILURE_MESSAGE_LIMIT} characters. Aborted cases (failed
 * assumptions) are left as they are.
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
        PropertyFailures.clear();
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
        String method = context.getTestMethod().map(m -> m.getName()).orElse(context.getDisplayName());
        throw FailureReport.of(group, method, settings, failure, PropertyFailures.take());
    }
}
