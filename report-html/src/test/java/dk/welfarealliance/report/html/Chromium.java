package dk.welfarealliance.report.html;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium} package) taking a screenshot of a page, its log on stderr kept for
 * the console check. The browser is {@code WA_CHROMIUM} when that is set, else {@code chromium} (or {@code
 * chromium-browser}) on the PATH.
 */
final class Chromium {
    /** What a person without the browser is told to do. */
    static final String HOW_TO_INSTALL = "headless Chromium is needed for the browser test: install Debian's "
            + "package (`apt-get update && apt-get install -y chromium`), or point WA_CHROMIUM at a chromium binary; "
            + "set WA_REQUIRE_BROWSER=true to fail instead of skipping";

    /** A screenshot and what the browser wrote to stderr. */
    record Shot(Path png, String log) {}

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** @return the browser, if one is installed */
    static Optional<Chromium> find() {
        String explicit = System.getenv("WA_CHROMIUM");
        if (explicit != null && !explicit.isBlank()) {
            Path binary = Path.of(explicit);
            return Files.isExecutable(binary) ? Optional.of(new Chromium(binary)) : Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new Chromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** @return whether the environment says the browser test must run ({@code WA_REQUIRE_BROWSER=true}) */
    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("WA_REQUIRE_BROWSER"));
    }

    /**
     * Renders {@code page} at {@code width} × {@code height} CSS pixels, one device pixel each, to {@code png}; the
     * browser's profile lives in {@code work}, so that parallel builds do not share one.
     *
     * @throws IllegalStateException if the browser fails, or has not finished after two minutes
     */
    Shot screenshot(Path page, Path png, int width, int height, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Files.deleteIfExists(png);
        Path log = work.resolve("chromium-stderr.log");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--disable-gpu",
                "--no-sandbox", "--hide-scrollbars", "--force-device-scale-factor=1", "--no-first-run",
                "--user-data-dir=" + work.resolve("profile").toAbsolutePath(), "--enable-logging=stderr", "--v=0",
                "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                page.toAbsolutePath().toUri().toString()));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within two minutes: " + command);
        }
        String stderr = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || !Files.exists(png)) {
            throw new IllegalStateException("chromium exited with " + process.exitValue() + " and no screenshot: "
                    + command + "\n" + stderr);
        }
        return new Shot(png, stderr);
    }
}
