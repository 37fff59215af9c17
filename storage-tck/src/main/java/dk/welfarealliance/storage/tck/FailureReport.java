package dk.welfarealliance.storage.tck;

import dk.welfarealliance.Alliance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.ValueWrapper;

/**
 * The failure message of a contract case: the cause in the first line, the seed that replays it in the second, the
 * path of the full report in the third, then as much detail as fits in {@link TckSettings#FAILURE_MESSAGE_LIMIT}.
 * The full report (every line of the original failure, QuickTheories' falsifying values, stack traces) goes to a
 * file. So a backend author reads what broke first, and a soak run's megabytes of generated data stay out of the
 * console and the XML reports.
 *
 * <pre>
 * [Fidelity] instants_keep_microsecond_precision: what insert returns: alliance 0000…(DBU/751) differs at lastModified: expected 2024-02-29T12:34:56.123456Z but found 2024-02-29T12:34:56.123Z
 * seed 42 (replay with -Dwa.tck.seed=42)
 * full report (12873 characters): /…/target/wa-tck-reports/Fidelity.instants_keep_microsecond_precision.seed42.txt
 * …
 * </pre>
 */
final class FailureReport {
    /** The most characters of the first line. */
    static final int CAUSE_LIMIT = 600;
    private static final String PROPERTY_FALSIFIED = "Property falsified";

    private FailureReport() {}

    /**
     * @param group the group of the case, e.g. {@code Fidelity}
     * @param method the case's method, the rule it checks
     * @param failure what the case threw
     * @param inProperty the last failure inside a property of the case ({@link PropertyFailures}), if any
     * @return the failure to report instead: capped, leading with the cause, naming the file of the full report
     */
    static AssertionError of(String group, String method, TckSettings settings, Throwable failure, @Nullable Throwable inProperty) {
        boolean falsified = failure instanceof AssertionError && String.valueOf(failure.getMessage()).startsWith(PROPERTY_FALSIFIED);
        Throwable cause = falsified && inProperty != null ? inProperty : failure;
        String causeLine = oneLine("[" + group + "] " + method + ": "
                + (falsified ? falsifiedAfter(failure) : "") + cause(cause), CAUSE_LIMIT);
        String seedLine = settings.replay();
        String detail = falsified ? smallestExample(failure) + "\n" + detail(cause) : detail(cause);
        String full = causeLine + "\n" + seedLine + "\n\n" + detail + "\n\n--- the failure as thrown ---\n" + stackTrace(failure)
                + (cause != failure ? "\n--- the failure of the smallest example ---\n" + stackTrace(cause) : "");
        String where = write(settings.reportDir(), group + "." + method + ".seed" + settings.seed() + ".txt", full);
        String head = causeLine + "\n" + seedLine + "\n" + where + "\n";
        String message = head + capped(detail, TckSettings.FAILURE_MESSAGE_LIMIT - head.length());
        AssertionError report = new AssertionError(message);
        // The original stays the cause where it is short; a long one (QuickTheories' message holds every falsifying
        // value) is in the file, and its stack trace is kept, so the report still points at the failing line.
        Throwable kept = length(cause) <= TckSettings.FAILURE_MESSAGE_LIMIT ? cause : null;
        if (kept != null) {
            report.initCause(kept);
        }
        report.setStackTrace(failure.getStackTrace());
        return report;
    }

    /** @return the cause of {@code failure} in words: its one-line message, or the first difference of two values */
    private static String cause(Throwable failure) {
        if (failure instanceof ContractFailure) {
            return String.valueOf(failure.getMessage());
        }
        if (failure instanceof AssertionFailedError f && f.isExpectedDefined() && f.isActualDefined()) {
            Optional<FirstDifference> difference = FirstDifference.between(value(f.getExpected()), value(f.getActual()));
            if (difference.isPresent()) {
                Object expected = value(f.getExpected());
                String which = expected instanceof Alliance a ? "alliance " + Same.key(a) + " differs at " : "";
                return description(f) + which + difference.get();
            }
        }
        String message = String.valueOf(failure.getMessage());
        return failure instanceof AssertionError ? message
                : "the store threw " + failure.getClass().getName() + ": " + message;
    }

    private static String detail(Throwable failure) {
        if (failure instanceof ContractFailure f) {
            return f.detail();
        }
        return String.valueOf(failure.getMessage());
    }

    /** @return AssertJ's description, {@code [what] }, of {@code f}, with a colon; empty if none */
    private static String description(AssertionFailedError f) {
        String message = String.valueOf(f.getMessage());
        int end = message.startsWith("[") ? message.indexOf("] ") : -1;
        return end > 0 ? message.substring(1, end) + ": " : "";
    }

    private static @Nullable Object value(@Nullable ValueWrapper wrapper) {
        return wrapper == null ? null : wrapper.getValue();
    }

    /** @return e.g. {@code property falsified after 3 examples: }, from QuickTheories' first line */
    private static String falsifiedAfter(Throwable failure) {
        String first = String.valueOf(failure.getMessage()).lines().findFirst().orElse("").trim();
        return first.toLowerCase(java.util.Locale.ROOT).replace("example(s)", "examples") + ": ";
    }

    /** @return QuickTheories' smallest falsifying value, as the case described it */
    private static String smallestExample(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        int start = message.indexOf(":-");
        int end = message.indexOf("Cause was :-");
        if (end < 0) {
            end = message.indexOf("Other found falsifying value(s)");
        }
        return start < 0 || end < start ? "" : "smallest example:\n" + message.substring(start + 2, end).strip() + "\n";
    }

    /** @return {@code text} in one line of at most {@code limit} characters, the middle cut if it is longer */
    static String oneLine(String text, int limit) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("\\s{2,}", " ");
        if (line.length() <= limit) {
            return line;
        }
        int head = limit * 2 / 3;
        int tail = limit - head - 3;
        return line.substring(0, head) + " … " + line.substring(line.length() - tail);
    }

    /** @return {@code text} cut to at most {@code limit} characters, saying how much was left out */
    static String capped(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        String cut = "\n… (" + text.length() + " characters in all; the rest is in the full report)";
        return text.substring(0, Math.max(0, limit - cut.length())) + cut;
    }

    /** @return the line that names the file, or says why there is none */
    private static String write(Path directory, String name, String report) {
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            Files.createDirectories(directory);
            Path path = directory.resolve(file).toAbsolutePath();
            Files.writeString(path, report, StandardCharsets.UTF_8);
            return "full report (" + report.length() + " characters): " + path;
        } catch (IOException | RuntimeException e) {
            return "full report not written (" + e + "); set -D" + TckSettings.REPORT_DIR + " to a writable directory";
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** @return the characters {@code t} and its causes put in a stack trace's messages */
    private static long length(Throwable t) {
        long n = 0;
        for (Throwable c = t; c != null && n <= Integer.MAX_VALUE; c = c.getCause()) {
            n += String.valueOf(c.getMessage()).length();
            if (c.getCause() == c) {
                break;
            }
        }
        return n;
    }
}
