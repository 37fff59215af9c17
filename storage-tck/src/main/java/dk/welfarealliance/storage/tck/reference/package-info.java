/**
 * The TCK's reference semantics of queries ({@link dk.welfarealliance.storage.tck.reference.ReferenceQuery}),
 * written independently of core's helpers, and a fixed example data set with the expected result of every
 * criterion of docs/storage-contract.md listed literally.
 *
 * @since 0.1.0
 */
@NullMarked
package dk.welfarealliance.storage.tck.reference;

import org.jspecify.annotations.NullMarked;
