package dk.welfarealliance.spring.boot;

import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code welfare-alliance.*} properties. The store's settings apply to the JDBC store only (not to the
 * in-memory store used without a {@code DataSource}); the store checks them when it is built and fails the
 * start-up with an {@link IllegalArgumentException} naming the broken rule.
 *
 * <p>(The schema comes before the schema mode here: the configuration processor takes a property's description
 * from the first {@code @param} tag that starts with its name.)
 *
 * @param schema the schema of the JDBC store's tables (an unquoted lower-case identifier); the connection's
 *     current schema when not set
 * @param schemaMode what the JDBC store does with the schema when it is built: "validate" (check that the
 *     tables exist at the version this library needs; apply the scripts with Flyway or Liquibase) or
 *     "create-if-missing" (run the shipped scripts when none of the tables exist, and upgrade older ones)
 * @param tablePrefix the prefix of every table, index and constraint name of the JDBC store
 *     ([a-z][a-z0-9_]{0,15})
 * @param rememberedAlliances how many alliances the JDBC store remembers between operations (0 for none)
 * @param businessZone the time zone whose days the lifecycle and the reports count in
 * @since 0.1.0
 */
@ConfigurationProperties("welfare-alliance")
public record WelfareAllianceProperties(
        @DefaultValue("validate") SchemaMode schemaMode,
        @Nullable String schema,
        @DefaultValue(JdbcStoreConfig.DEFAULT_TABLE_PREFIX) String tablePrefix,
        @DefaultValue("1024") int rememberedAlliances,
        @DefaultValue("Europe/Copenhagen") ZoneId businessZone) {

    /** The properties as bound; {@code schema} may be null (not set), the others are never null once bound. */
    public WelfareAllianceProperties {
        schemaMode = Objects.requireNonNullElse(schemaMode, SchemaMode.VALIDATE);
        tablePrefix = Objects.requireNonNullElse(tablePrefix, JdbcStoreConfig.DEFAULT_TABLE_PREFIX);
        businessZone = Objects.requireNonNullElse(businessZone, Lifecycle.DEFAULT_BUSINESS_ZONE);
    }

    /**
     * @return the JDBC store's configuration from these properties
     * @throws IllegalArgumentException if the schema, the prefix or the number of
     *     remembered alliances breaks its rule
     */
    public JdbcStoreConfig toStoreConfig() {
        JdbcStoreConfig.Builder config = JdbcStoreConfig.builder()
                .schemaMode(schemaMode)
                .tablePrefix(tablePrefix)
                .rememberedAlliances(rememberedAlliances);
        Optional.ofNullable(schema).ifPresent(config::schema);
        return config.build();
    }
}
