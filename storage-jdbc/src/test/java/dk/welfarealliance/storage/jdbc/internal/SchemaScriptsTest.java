package dk.welfarealliance.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.storage.jdbc.Dialect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaScriptsTest {
    private final TableNames names = new TableNames("acme_wa_", Optional.of("reporting"));

    @Test
    void a_script_splits_into_its_statements_with_the_bare_prefix_and_without_comments() {
        List<String> statements = SchemaScripts.statements(Dialect.POSTGRESQL, "V1__welfare_alliance.sql", names);

        assertThat(statements).hasSize(17 + 3 + 1);
        assertThat(statements.get(0)).startsWith("CREATE TABLE acme_wa_schema_info (");
        assertThat(statements).noneMatch(s -> s.contains("${") || s.contains("--") || s.contains("reporting."));
        assertThat(statements).last().asString()
                .isEqualTo("INSERT INTO acme_wa_schema_info (version, script) VALUES (1, 'V1__welfare_alliance.sql')");
    }

    @Test
    void the_scripts_after_a_version_are_the_ones_to_apply() {
        assertThat(SchemaScripts.after(0)).containsExactly("V1__welfare_alliance.sql", "V2__partial_facts.sql",
                "V3__write_revision.sql");
        assertThat(SchemaScripts.after(1)).containsExactly("V2__partial_facts.sql", "V3__write_revision.sql");
        assertThat(SchemaScripts.after(2)).containsExactly("V3__write_revision.sql");
        assertThat(SchemaScripts.after(3)).isEmpty();
        assertThat(SchemaScripts.after(7)).isEmpty();
    }

    @Test
    void a_script_missing_from_the_jar_is_a_packaging_error() {
        assertThatThrownBy(() -> SchemaScripts.statements(Dialect.H2, "V9__missing.sql", names))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dk/welfarealliance/storage/jdbc/schema/h2/V9__missing.sql");
    }
}
