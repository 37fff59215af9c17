package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.SchemaException;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a store does about its tables when it is built ({@link SchemaMode}): validate; or create them from the
 * dialect's scripts when none exist, upgrade them by running the scripts after the recorded version when they
 * are older, and then validate. The scripts are the ones Flyway applies.
 */
public final class SchemaSetup {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaSetup.class);

    private SchemaSetup() {}

    /**
     * @throws SchemaException if the schema does not match this library (after creating it, in {@link
     *     SchemaMode#CREATE_IF_MISSING}, if none of its tables existed)
     */
    public static void prepare(Transactions transactions, SqlDialect dialect, TableNames names, SchemaMode mode) {
        SchemaValidator validator = new SchemaValidator(dialect, names);
        if (mode == SchemaMode.CREATE_IF_MISSING) {
            transactions.write("creation of the schema", c -> {
                createIfMissing(c, dialect, names, validator);
                return null;
            });
        }
        // Metadata and one query of the schema-info table: no snapshot needed, so no prologue is sent.
        transactions.read("validation of the schema", (c, prologue) -> {
            validator.validate(c);
            return null;
        });
    }

    /** Creates the tables if none exists, or applies the scripts after the stored version; otherwise leaves all as is. */
    private static void createIfMissing(Connection c, SqlDialect dialect, TableNames names, SchemaValidator validator)
            throws SQLException {
        Set<String> present = validator.presentTables(c);
        List<String> scripts;
        if (validator.expectedTables().stream().noneMatch(present::contains)) {
            try (Statement s = c.createStatement()) {
                if (names.schema().isPresent()) {
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + names.schema().get());
                }
            }
            scripts = SchemaScripts.after(0);
        } else if (validator.hasVersionOneTables(present) && validator.storedVersion(c) >= 1) {
            scripts = SchemaScripts.after(validator.storedVersion(c));
        } else {
            return; // validation reports a partly created schema, or one without a version; it is never touched
        }
        if (scripts.isEmpty()) {
            return;
        }
        SqlDialect.ScriptSchema schema = names.schema().isPresent()
                ? dialect.useSchema(c, names.schema().get())
                : () -> { };
        try (Statement s = c.createStatement()) {
            for (String script : scripts) {
                for (String statement : SchemaScripts.statements(dialect.dialect(), script, names)) {
                    s.execute(statement);
                }
            }
        } finally {
            schema.restore();
        }
        LOG.info("applied {} to the welfare-alliance tables (prefix {}) in schema {}", scripts, names.prefix(),
                names.schema().orElse("(current)"));
    }
}
