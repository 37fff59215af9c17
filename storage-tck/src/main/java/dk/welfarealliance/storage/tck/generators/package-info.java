/**
 * QuickTheories generators of valid domain values, for backend authors and the project's own tests: alliances
 * with every kind of child, agreements in every state, tricky text, instants and dates across the supported
 * range, codes, ids at the signed/unsigned edges, query criteria. Every value passes the domain's own
 * validation; a seed replays it exactly.
 *
 * @since 0.1.0
 */
@NullMarked
package dk.welfarealliance.storage.tck.generators;

import org.jspecify.annotations.NullMarked;
