/**
 * The storage SPI (docs/storage-contract.md): {@link dk.welfarealliance.storage.AllianceStore}, the one interface a backend
 * implements for the {@code Alliance} aggregate, with its query criteria, keyset paging and exception types.
 *
 * <p>Core computes everything a backend compares or sorts on — search keys
 * ({@link dk.welfarealliance.storage.SearchKey}), {@code latestSignedEnd}, the unsigned id order, cursors,
 * and the municipality codes of region or union scopes — so that backends cannot differ in meaning. The
 * {@code welfare-alliance-storage-tck} module turns this contract into tests any backend runs.
 *
 * @since 0.1.0
 */
@NullMarked
@DomainStyle
package dk.welfarealliance.storage;

import dk.welfarealliance.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
