/**
 * The service's implementation: command dispatch, the checks and transitions of each command, id assignment and
 * listener notification; not API, may change in any release.
 */
@NullMarked
package dk.welfarealliance.service.internal;

import org.jspecify.annotations.NullMarked;
