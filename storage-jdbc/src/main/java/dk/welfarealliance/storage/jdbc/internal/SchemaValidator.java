package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.SchemaException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks up front, through {@link DatabaseMetaData} rather than by waiting for an error, that the configured
 * schema holds every table of this library under the configured prefix, and that the schema-info table
 * records at least {@link SchemaScripts#VERSION}; otherwise it names the missing tables and the scripts to
 * apply. A newer version is accepted: within a minor version the tables change only additively.
 */
final class SchemaValidator {
    static final String SCHEMA_INFO = "schema_info";

    private static final String SELECT_VERSION = """
            SELECT MAX(version) FROM ${prefix}schema_info
            """;

    private final SqlDialect dialect;
    private final TableNames names;

    SchemaValidator(SqlDialect dialect, TableNames names) {
        this.dialect = dialect;
        this.names = names;
    }

    /** @return every table the current version needs, prefixed, in lower case */
    List<String> expectedTables() {
        List<String> tables = new ArrayList<>();
        tables.add(names.table(SCHEMA_INFO));
        Tables.NAMES.forEach(t -> tables.add(names.table(t)));
        return tables;
    }

    /** The tables version 1 created; a schema that holds all of them can be upgraded by the later scripts. */
    private static final List<String> VERSION_ONE_TABLES = List.of(SCHEMA_INFO, "alliance", "agreement", "focus_area",
            "signatory", "initiative", "target_group", "goal", "measurement", "elite_commitment", "elite_event",
            "payment", "evaluation", "club", "partner", "contact", "history");

    /** @return whether {@code present} holds every table of schema version 1 */
    boolean hasVersionOneTables(Set<String> present) {
        return VERSION_ONE_TABLES.stream().map(names::table).allMatch(present::contains);
    }

    /** @return the tables of the configured schema whose names start with the prefix, in lower case */
    Set<String> presentTables(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = names.schema().map(dialect::folded).orElse(c.getSchema());
        Set<String> present = new TreeSet<>();
        // Patterns treat '_' and '%' as wildcards: escape the schema, match every table, compare exactly here.
        String escape = md.getSearchStringEscape();
        String schemaPattern = schema.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
        try (ResultSet rs = md.getTables(null, schemaPattern, "%", null)) {
            while (rs.next()) {
                String tableSchema = rs.getString("TABLE_SCHEM");
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (tableSchema != null && tableSchema.equals(schema) && table.startsWith(names.prefix())) {
                    present.add(table);
                }
            }
        }
        return present;
    }

    /** @throws SchemaException naming what is missing and which scripts to apply */
    void validate(Connection c) throws SQLException {
        Set<String> present = presentTables(c);
        List<String> missing = new ArrayList<>(expectedTables());
        missing.removeAll(present);
        if (!missing.isEmpty() && hasVersionOneTables(present)) {
            int version = storedVersion(c);
            throw new SchemaException(where(c) + " is at schema version " + version + ", this library needs "
                    + SchemaScripts.VERSION + ": apply " + String.join(", ", SchemaScripts.after(version)) + from()
                    + ", or build the store with SchemaMode.CREATE_IF_MISSING, which upgrades it");
        }
        if (!missing.isEmpty()) {
            throw new SchemaException(where(c) + " lacks " + (missing.size() == expectedTables().size()
                    ? "every table of the store" : "the tables " + String.join(", ", missing))
                    + ": apply " + String.join(", ", SchemaScripts.after(0)) + from()
                    + ", or build the store with SchemaMode.CREATE_IF_MISSING");
        }
        int version = storedVersion(c);
        if (version < SchemaScripts.VERSION) {
            throw new SchemaException(where(c) + " is at schema version " + version + ", this library needs "
                    + SchemaScripts.VERSION + ": apply " + String.join(", ", SchemaScripts.after(version)) + from());
        }
    }

    /** @return the highest version the schema-info table records; 0 if none */
    int storedVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(names.sql(SELECT_VERSION)); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private String where(Connection c) throws SQLException {
        return "schema \"" + names.schema().orElse(c.getSchema()) + "\" (table prefix " + names.prefix() + ")";
    }

    private String from() {
        return " from " + SchemaScripts.location(dialect.dialect()) + " (with Flyway: placeholder prefix="
                + names.prefix() + ")";
    }
}
