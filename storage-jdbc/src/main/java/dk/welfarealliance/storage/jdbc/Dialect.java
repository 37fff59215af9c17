package dk.welfarealliance.storage.jdbc;

/**
 * The databases the JDBC store speaks. Each has its own schema script ({@code V1__welfare_alliance.sql}
 * under {@code dk/welfarealliance/storage/jdbc/schema/<dialect>/}) and its own small set of differences
 * (isolation level of reads, how the key of a unique violation is found).
 *
 * <p>By default the store detects the dialect from {@link java.sql.DatabaseMetaData#getDatabaseProductName()};
 * {@link JdbcStoreConfig.Builder#dialect(Dialect)} fixes it instead.
 *
 * @since 0.1.0
 */
public enum Dialect {
    /** PostgreSQL, the production database (tested with 15). */
    POSTGRESQL("postgresql"),
    /** H2 2.x, the embedded default, in memory or on file (tested with 2.5). */
    H2("h2");

    private final String directory;

    Dialect(String directory) {
        this.directory = directory;
    }

    /**
     * @return the class-path directory of this dialect's Flyway-compatible scripts, e.g.
     *     {@code dk/welfarealliance/storage/jdbc/schema/postgresql}; pass it to Flyway as
     *     {@code classpath:<directory>} with the placeholder {@code prefix} set to the table prefix
     */
    public String scriptLocation() {
        return "dk/welfarealliance/storage/jdbc/schema/" + directory;
    }
}
