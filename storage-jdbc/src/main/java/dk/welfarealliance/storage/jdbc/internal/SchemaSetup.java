package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.storage.SchemaException;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a store does about its tables when it is built ({@link SchemaMode}): validate, or create them from
 * the dialect's scripts when none exist and then validate.
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
            transactions.write("creation of the schema", c -> createIfMissing(c, dialect, names, validator));
        }
        transactions.read("validation of the schema", c -> {
            validator.validate(c);
            return null;
        });
    }

    private static boolean createIfMissing(Connection c, SqlDialect dialect, TableNames names, SchemaValidator validator)
            throws SQLException {
        Set<String> present = validator.presentTables(c);
        if (validator.expectedTables().stream().anyMatch(present::contains)) {
            return false; // validation reports a partly created schema; it is never touched
        }
        try (Statement s = c.createStatement()) {
            if (names.schema().isPresent()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + names.schema().get());
            }
        }
        SqlDialect.ScriptSchema schema = names.schema().isPresent()
                ? dialect.useSchema(c, names.schema().get())
                : () -> { };
        try (Statement s = c.createStatement()) {
            for (String script : SchemaScripts.SCRIPTS) {
                for (String statement : SchemaScripts.statements(dialect.dialect(), script, names)) {
                    s.execute(statement);
                }
            }
        } finally {
            schema.restore();
        }
        LOG.info("created the welfare-alliance tables (prefix {}) in schema {}", names.prefix(),
                names.schema().orElse("(current)"));
        return true;
    }
}
