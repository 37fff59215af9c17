/**
 * The bundled reference catalogue's loader; not API, may change in any release.
 */
@NullMarked
package dk.welfarealliance.reference.internal;

import org.jspecify.annotations.NullMarked;
