package dk.welfarealliance.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableNamesTest {

    @Test
    void the_stores_statements_get_the_schema_qualified_prefix() {
        TableNames names = new TableNames("acme_wa_", Optional.of("reporting"));

        assertThat(names.sql("SELECT id FROM ${prefix}alliance a JOIN ${prefix}agreement g ON g.alliance_id = a.id"))
                .isEqualTo("SELECT id FROM reporting.acme_wa_alliance a JOIN reporting.acme_wa_agreement g ON g.alliance_id = a.id");
    }

    @Test
    void scripts_get_the_bare_prefix_because_index_and_constraint_names_are_never_qualified() {
        TableNames names = new TableNames("acme_wa_", Optional.of("reporting"));

        assertThat(names.script("CONSTRAINT ${prefix}alliance_pk PRIMARY KEY (id)"))
                .isEqualTo("CONSTRAINT acme_wa_alliance_pk PRIMARY KEY (id)");
    }

    @Test
    void without_a_schema_the_statements_use_the_current_one() {
        assertThat(new TableNames("wa_", Optional.empty()).sql("DELETE FROM ${prefix}club")).isEqualTo("DELETE FROM wa_club");
    }
}
