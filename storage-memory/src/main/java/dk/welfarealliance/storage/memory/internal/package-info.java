/**
 * The in-memory store's indexes and query evaluation; not API, may change in any release.
 */
@NullMarked
package dk.welfarealliance.storage.memory.internal;

import org.jspecify.annotations.NullMarked;
