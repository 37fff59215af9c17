/**
 * The agreement lifecycle (docs/lifecycle.md) as pure functions: {@link dk.welfarealliance.service.Lifecycle}
 * takes an alliance and a {@link dk.welfarealliance.service.Command} and returns the new alliance, with the
 * history entries the change calls for. The (state, command) table lives in
 * {@link dk.welfarealliance.service.CommandKind}. Nothing here stores anything.
 */
@NullMarked
@DomainStyle
package dk.welfarealliance.service;

import dk.welfarealliance.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
