package dk.welfarealliance.storage.jdbc;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The immutable configuration of a {@link JdbcAllianceStore}. Every setting has a default:
 *
 * <ul>
 *   <li>{@link #getDialect()}: absent, detected from the database when the store is built;
 *   <li>{@link #getSchema()}: absent, the connection's current schema (PostgreSQL's {@code search_path},
 *       H2's {@code PUBLIC});
 *   <li>{@link #getTablePrefix()}: {@value #DEFAULT_TABLE_PREFIX};
 *   <li>{@link #getTransactionMode()}: {@link TransactionMode#STORE_MANAGED};
 *   <li>{@link #getSchemaMode()}: {@link SchemaMode#VALIDATE};
 *   <li>{@link #getRememberedAlliances()}: {@value #DEFAULT_REMEMBERED_ALLIANCES}.
 * </ul>
 *
 * <p>The prefix matches {@code [a-z][a-z0-9_]{0,15}} and the schema {@code [a-z_][a-z0-9_]{0,62}}: both
 * are written into SQL unquoted, so the database folds them to its own case (PostgreSQL lower, H2 upper),
 * exactly as Flyway's unquoted scripts do.
 *
 * @since 0.1.0
 */
public final class JdbcStoreConfig {
    /** The prefix of every table, index and constraint name unless configured otherwise. */
    public static final String DEFAULT_TABLE_PREFIX = "wa_";
    /** How many alliances a store remembers unless configured otherwise. */
    public static final int DEFAULT_REMEMBERED_ALLIANCES = 1024;
    /** The most alliances a store can be configured to remember. */
    public static final int MAX_REMEMBERED_ALLIANCES = 1_000_000;

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,15}");
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final Optional<Dialect> dialect;
    private final Optional<String> schema;
    private final String tablePrefix;
    private final TransactionMode transactionMode;
    private final SchemaMode schemaMode;
    private final int rememberedAlliances;

    private JdbcStoreConfig(Builder b) {
        this.dialect = Optional.ofNullable(b.dialect);
        this.schema = Optional.ofNullable(b.schema);
        this.tablePrefix = b.tablePrefix;
        this.transactionMode = b.transactionMode;
        this.schemaMode = b.schemaMode;
        this.rememberedAlliances = b.rememberedAlliances;
        if (schemaMode == SchemaMode.CREATE_IF_MISSING && transactionMode == TransactionMode.CALLER_MANAGED) {
            throw new IllegalArgumentException("SchemaMode.CREATE_IF_MISSING needs TransactionMode.STORE_MANAGED: "
                    + "creating tables would commit the caller's transaction on H2; apply the scripts with Flyway "
                    + "or build a store-managed store first");
        }
    }

    /** @return the configuration with every default */
    public static JdbcStoreConfig defaults() {
        return builder().build();
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this configuration, to change some of it */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dialect = dialect.orElse(null);
        b.schema = schema.orElse(null);
        b.tablePrefix = tablePrefix;
        b.transactionMode = transactionMode;
        b.schemaMode = schemaMode;
        b.rememberedAlliances = rememberedAlliances;
        return b;
    }

    /** @return the dialect; absent means detected from the database when the store is built */
    public Optional<Dialect> getDialect() {
        return dialect;
    }

    /** @return the schema holding the tables; absent means the connection's current schema */
    public Optional<String> getSchema() {
        return schema;
    }

    /** @return the prefix of every table, index and constraint name */
    public String getTablePrefix() {
        return tablePrefix;
    }

    /** @return who owns the transactions */
    public TransactionMode getTransactionMode() {
        return transactionMode;
    }

    /** @return what the store does about its tables when built */
    public SchemaMode getSchemaMode() {
        return schemaMode;
    }

    /**
     * @return how many alliances the store remembers, the most recently read or written, each with the version
     *     and the write revision it was stored at: a read of a remembered alliance that is still at that version
     *     and revision returns the remembered aggregate after reading only its alliance row, and an update of
     *     one needs no reading of what it replaces ({@code docs/jdbc-store.md}); 0 remembers none. The store
     *     holds references to aggregates it returned, nothing else.
     */
    public int getRememberedAlliances() {
        return rememberedAlliances;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JdbcStoreConfig c
                && dialect.equals(c.dialect)
                && schema.equals(c.schema)
                && tablePrefix.equals(c.tablePrefix)
                && transactionMode == c.transactionMode
                && schemaMode == c.schemaMode
                && rememberedAlliances == c.rememberedAlliances;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dialect, schema, tablePrefix, transactionMode, schemaMode, rememberedAlliances);
    }

    @Override
    public String toString() {
        return "JdbcStoreConfig{dialect=" + dialect.map(Enum::name).orElse("detect")
                + ", schema=" + schema.orElse("(current)") + ", tablePrefix=" + tablePrefix
                + ", transactionMode=" + transactionMode + ", schemaMode=" + schemaMode
                + ", rememberedAlliances=" + rememberedAlliances + "}";
    }

    /** Builds a {@link JdbcStoreConfig}; starts from the defaults. Not thread-safe. */
    public static final class Builder {
        // null: not set, so detected from the connection / the connection's current schema
        private @Nullable Dialect dialect;
        private @Nullable String schema;
        private String tablePrefix = DEFAULT_TABLE_PREFIX;
        private TransactionMode transactionMode = TransactionMode.STORE_MANAGED;
        private SchemaMode schemaMode = SchemaMode.VALIDATE;
        private int rememberedAlliances = DEFAULT_REMEMBERED_ALLIANCES;

        private Builder() {}

        /** Fixes the dialect instead of detecting it. */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * Puts the tables in {@code schema} instead of the connection's current schema.
         *
         * @throws IllegalArgumentException if it does not match {@code [a-z_][a-z0-9_]{0,62}}
         */
        public Builder schema(String schema) {
            Objects.requireNonNull(schema, "schema");
            if (!SCHEMA.matcher(schema).matches()) {
                throw new IllegalArgumentException("the schema must be an unquoted lower-case identifier "
                        + "([a-z_][a-z0-9_]{0,62}), was \"" + schema + "\"");
            }
            this.schema = schema;
            return this;
        }

        /**
         * Sets the prefix of every table, index and constraint name; the scripts' placeholder {@code prefix}
         * must be given the same value.
         *
         * @throws IllegalArgumentException if it does not match {@code [a-z][a-z0-9_]{0,15}}
         */
        public Builder tablePrefix(String tablePrefix) {
            Objects.requireNonNull(tablePrefix, "tablePrefix");
            if (!PREFIX.matcher(tablePrefix).matches()) {
                throw new IllegalArgumentException("the table prefix must match [a-z][a-z0-9_]{0,15}, was \""
                        + tablePrefix + "\"");
            }
            this.tablePrefix = tablePrefix;
            return this;
        }

        /** Sets who owns the transactions. */
        public Builder transactionMode(TransactionMode transactionMode) {
            this.transactionMode = Objects.requireNonNull(transactionMode, "transactionMode");
            return this;
        }

        /** Sets what the store does about its tables when built. */
        public Builder schemaMode(SchemaMode schemaMode) {
            this.schemaMode = Objects.requireNonNull(schemaMode, "schemaMode");
            return this;
        }

        /**
         * Sets how many alliances the store remembers ({@link JdbcStoreConfig#getRememberedAlliances()}); 0 makes
         * every read and update read all the rows.
         *
         * @throws IllegalArgumentException if it is negative or above {@value JdbcStoreConfig#MAX_REMEMBERED_ALLIANCES}
         */
        public Builder rememberedAlliances(int rememberedAlliances) {
            if (rememberedAlliances < 0 || rememberedAlliances > MAX_REMEMBERED_ALLIANCES) {
                throw new IllegalArgumentException("rememberedAlliances must be from 0 to " + MAX_REMEMBERED_ALLIANCES
                        + ", was " + rememberedAlliances);
            }
            this.rememberedAlliances = rememberedAlliances;
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalArgumentException if {@link SchemaMode#CREATE_IF_MISSING} is combined with {@link
         *     TransactionMode#CALLER_MANAGED}
         */
        public JdbcStoreConfig build() {
            return new JdbcStoreConfig(this);
        }
    }
}
