/**
 * The storage SPI over JDBC: {@link dk.welfarealliance.storage.jdbc.JdbcAllianceStore} keeps alliances in
 * relational tables on PostgreSQL (production) or H2 (embedded), configured by an immutable
 * {@link dk.welfarealliance.storage.jdbc.JdbcStoreConfig}. The schema ships as Flyway-compatible scripts per
 * {@link dk.welfarealliance.storage.jdbc.Dialect}; the store validates it when built. Everything in
 * {@code dk.welfarealliance.storage.jdbc.internal} is not API.
 *
 * <p>Drivers are optional dependencies: the application brings the one it uses.
 *
 * @since 0.1.0
 */
@NullMarked
package dk.welfarealliance.storage.jdbc;

import org.jspecify.annotations.NullMarked;
