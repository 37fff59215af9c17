package dk.welfarealliance.storage.jdbc.internal;

import java.util.Optional;

/**
 * The one placeholder token of the store's SQL and scripts, {@value #TOKEN}, and what it becomes.
 *
 * <p>In the store's own statements, which refer only to tables, the token becomes the schema-qualified
 * prefix ({@code acme.acme_wa_}), so no statement depends on the connection's current schema. In the
 * scripts, which also name indexes and constraints (never schema-qualified), it becomes the bare prefix and
 * the script runs with the schema as the current one, exactly as Flyway runs it. Each text is filled once,
 * when the store is built.
 */
public final class TableNames {
    /** The placeholder of the table prefix, as Flyway writes placeholders. */
    public static final String TOKEN = "${prefix}";

    private final String prefix;
    private final Optional<String> schema;

    /**
     * @param prefix an already validated prefix ({@code [a-z][a-z0-9_]{0,15}})
     * @param schema an already validated schema name, or empty for the connection's current schema
     */
    public TableNames(String prefix, Optional<String> schema) {
        this.prefix = prefix;
        this.schema = schema;
    }

    /** @return the prefix */
    public String prefix() {
        return prefix;
    }

    /** @return the configured schema, if any */
    public Optional<String> schema() {
        return schema;
    }

    /** @return {@code sql} with the token replaced by the schema-qualified prefix */
    public String sql(String sql) {
        return sql.replace(TOKEN, schema.map(s -> s + ".").orElse("") + prefix);
    }

    /** @return {@code script} with the token replaced by the bare prefix */
    public String script(String script) {
        return script.replace(TOKEN, prefix);
    }

    /** @return the unqualified name of table {@code name}, e.g. {@code wa_alliance} */
    public String table(String name) {
        return prefix + name;
    }
}
