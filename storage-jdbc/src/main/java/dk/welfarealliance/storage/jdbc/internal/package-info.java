/**
 * The JDBC store's implementation; not API, may change in any release. One class per table owns that table's
 * SQL as text blocks with the one placeholder {@code ${prefix}} ({@link
 * dk.welfarealliance.storage.jdbc.internal.TableNames}); per-dialect differences live in {@link
 * dk.welfarealliance.storage.jdbc.internal.SqlDialect}'s two small implementations; errors are classified
 * by SQLState in {@link dk.welfarealliance.storage.jdbc.internal.SqlErrors}.
 */
package dk.welfarealliance.storage.jdbc.internal;
