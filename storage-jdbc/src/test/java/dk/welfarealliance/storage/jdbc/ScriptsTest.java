package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped scripts: one placeholder on every name, the same tables in both dialects. */
class ScriptsTest {
    private static final Pattern NAMES = Pattern.compile(
            "(?i)(CREATE TABLE|CREATE INDEX|CONSTRAINT|REFERENCES|INSERT INTO|\\bON(?!\\s+DELETE))\\s+(\\S+)");
    private static final Pattern TABLES = Pattern.compile("(?i)CREATE TABLE\\s+(\\S+)");

    static String script(Dialect dialect) throws IOException {
        try (InputStream in = ScriptsTest.class.getClassLoader()
                .getResourceAsStream(dialect.scriptLocation() + "/V1__welfare_alliance.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void every_table_index_and_constraint_name_starts_with_the_prefix_placeholder(Dialect dialect) throws IOException {
        String sql = withoutComments(script(dialect));
        Matcher m = NAMES.matcher(sql);
        int names = 0;
        while (m.find()) {
            assertThat(m.group(2)).as("%s name after %s", dialect, m.group(1)).startsWith("${prefix}");
            names++;
        }
        assertThat(names).isGreaterThan(60);
        assertThat(sql.replace("${prefix}", "")).doesNotContain("${");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void the_script_records_its_version_in_the_schema_info_table(Dialect dialect) throws IOException {
        assertThat(script(dialect)).contains(
                "INSERT INTO ${prefix}schema_info (version, script) VALUES (1, 'V1__welfare_alliance.sql');");
    }

    @org.junit.jupiter.api.Test
    void both_dialects_create_the_same_tables() throws IOException {
        assertThat(tables(script(Dialect.H2))).isEqualTo(tables(script(Dialect.POSTGRESQL))).hasSize(17);
    }

    private static TreeSet<String> tables(String sql) {
        TreeSet<String> tables = new TreeSet<>();
        Matcher m = TABLES.matcher(sql);
        while (m.find()) {
            tables.add(m.group(1));
        }
        return tables;
    }

    private static String withoutComments(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : List.of(sql.split("\n"))) {
            if (!line.strip().startsWith("--")) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }
}
