package dk.welfarealliance.storage.jdbc;

/**
 * What the store does about its tables when it is built.
 *
 * @since 0.1.0
 */
public enum SchemaMode {
    /**
     * The default: check through {@link java.sql.DatabaseMetaData} that every table exists in the configured
     * schema and that the schema-info table records the version this library needs; otherwise fail at once
     * with a {@link dk.welfarealliance.storage.SchemaException} naming the missing tables or scripts. Apply
     * the scripts with Flyway (see {@link Dialect#scriptLocation()}).
     */
    VALIDATE,
    /**
     * Opt-in, for embedded databases and tests: when none of the store's tables exist, run the dialect's
     * scripts (the same ones Flyway applies), creating the schema too if one is configured; when the tables are
     * at an older schema version (e.g. 1), run the scripts after that version to upgrade them; then validate.
     * A partly created schema is not touched but reported. Not a migration tool: on a shared production
     * database apply the scripts with Flyway. Needs {@link TransactionMode#STORE_MANAGED}.
     */
    CREATE_IF_MISSING
}
