/**
 * The storage SPI in memory: {@link dk.welfarealliance.storage.memory.InMemoryAllianceStore}, thread-safe and
 * faithful to the JDBC store, for tests and for embedders that keep nothing.
 */
@NullMarked
package dk.welfarealliance.storage.memory;

import org.jspecify.annotations.NullMarked;
