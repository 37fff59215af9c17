package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcStoreConfigTest {

    @Test
    void a_store_remembers_1024_alliances_unless_told_another_number_from_0_to_a_million() {
        assertThat(JdbcStoreConfig.defaults().getRememberedAlliances()).isEqualTo(1024);
        assertThat(JdbcStoreConfig.builder().rememberedAlliances(0).build().getRememberedAlliances()).isZero();
        assertThat(JdbcStoreConfig.builder().rememberedAlliances(1_000_000).build().toBuilder().build()
                .getRememberedAlliances()).isEqualTo(1_000_000);
        assertThat(JdbcStoreConfig.builder().rememberedAlliances(5).build())
                .isNotEqualTo(JdbcStoreConfig.defaults()).hasToString(JdbcStoreConfig.builder().rememberedAlliances(5)
                        .build().toString());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JdbcStoreConfig.builder().rememberedAlliances(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rememberedAlliances must be from 0 to 1000000, was -1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JdbcStoreConfig.builder().rememberedAlliances(1_000_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 1000001");
    }

    @Test
    void the_defaults_detect_the_dialect_use_the_current_schema_and_prefix_wa_and_validate() {
        JdbcStoreConfig config = JdbcStoreConfig.defaults();

        assertThat(config.getDialect()).isEmpty();
        assertThat(config.getSchema()).isEmpty();
        assertThat(config.getTablePrefix()).isEqualTo("wa_");
        assertThat(config.getTransactionMode()).isEqualTo(TransactionMode.STORE_MANAGED);
        assertThat(config.getSchemaMode()).isEqualTo(SchemaMode.VALIDATE);
    }

    @Test
    void a_configuration_is_a_value_and_its_builder_starts_from_it() {
        JdbcStoreConfig config = JdbcStoreConfig.builder().dialect(Dialect.H2).schema("reporting")
                .tablePrefix("acme_wa_").schemaMode(SchemaMode.CREATE_IF_MISSING).build();

        assertThat(config.toBuilder().build()).isEqualTo(config).hasSameHashCodeAs(config);
        assertThat(config.toBuilder().tablePrefix("other_").build()).isNotEqualTo(config);
        assertThat(config).hasToString("JdbcStoreConfig{dialect=H2, schema=reporting, tablePrefix=acme_wa_, "
                + "transactionMode=STORE_MANAGED, schemaMode=CREATE_IF_MISSING, rememberedAlliances=1024}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wa_", "a", "acme_wa_", "p0123456789abcde"})
    void a_prefix_of_a_lower_case_letter_and_up_to_15_letters_digits_or_underscores_is_accepted(String prefix) {
        assertThat(JdbcStoreConfig.builder().tablePrefix(prefix).build().getTablePrefix()).isEqualTo(prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_wa", "WA_", "wa-", "wa.", "0wa", "p0123456789abcdef", "wa_\"; DROP TABLE x; --"})
    void any_other_prefix_is_rejected_before_it_can_reach_sql(String prefix) {
        assertThatThrownBy(() -> JdbcStoreConfig.builder().tablePrefix(prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[a-z][a-z0-9_]{0,15}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reporting", "re porting", "public; DROP", "1st", ""})
    void a_schema_that_is_not_an_unquoted_lower_case_identifier_is_rejected(String schema) {
        assertThatThrownBy(() -> JdbcStoreConfig.builder().schema(schema)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void creating_tables_inside_the_callers_transaction_is_refused() {
        JdbcStoreConfig.Builder builder = JdbcStoreConfig.builder().schemaMode(SchemaMode.CREATE_IF_MISSING)
                .transactionMode(TransactionMode.CALLER_MANAGED);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CREATE_IF_MISSING needs TransactionMode.STORE_MANAGED");
    }

    @Test
    void the_script_location_of_each_dialect_is_its_directory_on_the_class_path() {
        assertThat(Dialect.POSTGRESQL.scriptLocation()).isEqualTo("dk/welfarealliance/storage/jdbc/schema/postgresql");
        assertThat(Dialect.H2.scriptLocation()).isEqualTo("dk/welfarealliance/storage/jdbc/schema/h2");
    }
}
