package dk.welfarealliance.storage.jdbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.storage.jdbc.testing.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Personal data on H2 and PostgreSQL: a child JVM ({@link PersonalDataChild}) stores two contacts, signs with
 * them, retries a conflict, has commands rejected and erases both, logging at DEBUG. Afterwards a scan of every
 * text column of every table of the store (found with JDBC metadata, history included) finds no trace of either
 * contact, and the child's whole output, every log line of the library at DEBUG included, has none either.
 */
class PersonalDataTest {
    private static final Set<Integer> TEXT_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    /** Text the child stores and keeps (an agreement title): the scan must find it, or it finds nothing at all. */
    private static final String CONTROL = "Velfærdsalliance Aarhus";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void after_erasure_no_text_column_of_any_table_and_no_log_line_holds_the_contacts_data(String dialect)
            throws Exception {
        String url = dialect.equals("h2") ? "jdbc:h2:file:" + dir.resolve("personal").toAbsolutePath()
                : PostgresServer.get().url();
        String schema = dialect.equals("h2") ? "-" : PostgresServer.get().createSchema();
        try {
            String output = runChild(dialect, url, schema);
            assertThat(output).as("the child ran to its end").contains("DONE");
            assertThat(output).as("DEBUG lines of the library were captured")
                    .contains("DEBUG dk.welfarealliance.service.Lifecycle")
                    .contains("DEBUG dk.welfarealliance.service.AllianceService")
                    .contains("rejected as expected");
            for (String data : PersonalDataChild.PERSONAL_DATA) {
                assertThat(output).as("log output").doesNotContainIgnoringCase(data);
            }

            List<String> columns = new ArrayList<>();
            List<String> traces = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(url)) {
                String pattern = schema.equals("-") ? "PUBLIC" : schema;
                DatabaseMetaData meta = c.getMetaData();
                try (ResultSet r = meta.getColumns(null, pattern, dialect.equals("h2") ? "WA%" : "wa%", null)) {
                    while (r.next()) {
                        if (TEXT_TYPES.contains(r.getInt("DATA_TYPE")) || r.getString("TYPE_NAME").toLowerCase().contains("char")
                                || r.getString("TYPE_NAME").equalsIgnoreCase("text")) {
                            columns.add(r.getString("TABLE_NAME") + "." + r.getString("COLUMN_NAME"));
                        }
                    }
                }
                for (String column : columns) {
                    String[] parts = column.split("\\.");
                    String table = (schema.equals("-") ? "" : schema + ".") + quote(parts[0]);
                    List<String> sought = new ArrayList<>(PersonalDataChild.PERSONAL_DATA);
                    sought.add(CONTROL);
                    for (String data : sought) {
                        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE LOWER("
                                + "CAST(" + quote(parts[1]) + " AS VARCHAR(100000))) LIKE ?")) {
                            s.setString(1, "%" + data.toLowerCase() + "%");
                            try (ResultSet r = s.executeQuery()) {
                                r.next();
                                if (r.getInt(1) > 0) {
                                    traces.add(column + " holds " + data);
                                }
                            }
                        }
                    }
                }
            }
            assertThat(columns).as("text columns found").hasSizeGreaterThan(40)
                    .anySatisfy(col -> assertThat(col.toLowerCase()).contains("history"))
                    .anySatisfy(col -> assertThat(col.toLowerCase()).contains("contact"));
            assertThat(traces).as("the scan finds what is there: the agreement's title")
                    .anySatisfy(t -> assertThat(t).endsWith(" holds " + CONTROL));
            traces.removeIf(t -> t.endsWith(" holds " + CONTROL));
            System.out.println("PersonalDataTest " + dialect + ": " + columns.size() + " text columns scanned for "
                    + PersonalDataChild.PERSONAL_DATA.size() + " pieces of personal data after erasure: "
                    + traces.size() + " traces; " + output.lines().count() + " lines of output at DEBUG, none with"
                    + " personal data");
            assertThat(traces).as("traces of the erased contacts").isEmpty();
        } finally {
            if (!schema.equals("-")) {
                PostgresServer.get().dropSchema(schema);
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private String runChild(String dialect, String url, String schema) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=info",
                PersonalDataChild.class.getName(), dialect, url, schema);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String output = new String(out, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as("exit value of the child; its output:%n%s", output).isZero();
        return output;
    }
}
