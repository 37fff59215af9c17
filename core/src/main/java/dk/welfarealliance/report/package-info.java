/**
 * Portfolio reports: what the people who run alliances ask every day, as immutable values computed from a
 * store. {@link dk.welfarealliance.report.Reports} answers them: coverage of the municipalities on a day, the
 * renewal pipeline, elite delivery, focus areas and target groups, goal progress. Every report can be asked for
 * today or "as it stood" on a past day, and gives the same result on every backend. Each report value turns
 * into a {@link dk.welfarealliance.report.ReportTable} that renders as a plain-text table or as CSV; the
 * library prints nothing itself.
 */
@NullMarked
@DomainStyle
package dk.welfarealliance.report;

import dk.welfarealliance.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
