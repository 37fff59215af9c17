package dk.welfarealliance.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures everything written to {@code System.out} and {@code System.err} until closed, then restores
 * both. slf4j-simple looks up {@code System.err} on every write (see {@code simplelogger.properties}), so
 * log lines are captured too. Not for tests that run in parallel.
 */
public final class CapturedOutput implements AutoCloseable {
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private CapturedOutput() {
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
    }

    /** @return a capture that has started */
    public static CapturedOutput start() {
        return new CapturedOutput();
    }

    /** @return what was written so far */
    public String text() {
        System.out.flush();
        System.err.flush();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }
}
