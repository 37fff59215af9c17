/**
 * Validation's implementation: the constraint validators, the rules they share, the message bundles and the typed
 * exceptions for null and missing attributes; not API, may change in any release.
 */
@NullMarked
package dk.welfarealliance.internal.validation;

import org.jspecify.annotations.NullMarked;
