package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.jdbc.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The versioned scripts each dialect ships, the same ones Flyway applies. The schema-info table records the
 * version of every script applied; this library needs {@link #VERSION}.
 */
final class SchemaScripts {
    /** The schema version this library reads and writes. */
    static final int VERSION = 3;
    /** The scripts, index i holding version i + 1. */
    static final List<String> SCRIPTS = List.of("V1__welfare_alliance.sql", "V2__partial_facts.sql",
            "V3__write_revision.sql");

    private SchemaScripts() {}

    /** @return the names of the scripts after {@code version}, e.g. {@code V1__welfare_alliance.sql} after 0 */
    static List<String> after(int version) {
        return SCRIPTS.subList(Math.max(0, Math.min(version, SCRIPTS.size())), SCRIPTS.size());
    }

    /** @return where the scripts of {@code dialect} are, for messages */
    static String location(Dialect dialect) {
        return "classpath:" + dialect.scriptLocation();
    }

    /** @return the statements of {@code script} for {@code dialect}, the placeholder filled with the bare prefix */
    static List<String> statements(Dialect dialect, String script, TableNames names) {
        String resource = dialect.scriptLocation() + "/" + script;
        String text;
        try (InputStream in = SchemaScripts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        StringBuilder withoutComments = new StringBuilder();
        for (String line : names.script(text).split("\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : withoutComments.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }
}
