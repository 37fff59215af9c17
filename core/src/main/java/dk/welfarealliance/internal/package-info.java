/**
 * The domain model's implementation: invariants of agreements and alliances, term arithmetic and the Immutables
 * style; not API, may change in any release.
 */
@NullMarked
package dk.welfarealliance.internal;

import org.jspecify.annotations.NullMarked;
