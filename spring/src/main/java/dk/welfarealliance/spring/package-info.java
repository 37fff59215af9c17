/**
 * The JDBC store inside Spring transactions. {@link dk.welfarealliance.spring.SpringJdbcAllianceStore} joins
 * the transaction of the calling thread when there is one (the connection bound to it, through
 * {@link dk.welfarealliance.spring.SpringConnectionProvider}) and runs each operation in a transaction of its own
 * when there is none; {@link dk.welfarealliance.spring.SpringCommitHook} runs the listeners of an
 * {@link dk.welfarealliance.service.AllianceService} after the Spring transaction commits, never for one that
 * rolls back. See {@code docs/spring.md}.
 *
 * @since 0.1.0
 */
@NullMarked
package dk.welfarealliance.spring;

import org.jspecify.annotations.NullMarked;
