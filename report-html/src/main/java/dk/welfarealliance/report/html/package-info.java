/**
 * The reports of {@link dk.welfarealliance.report.Reports} as one self-contained, printable HTML page: {@link
 * dk.welfarealliance.report.html.PortfolioPage}. Depends on the core module and the OWASP Java Encoder only.
 */
@NullMarked
package dk.welfarealliance.report.html;

import org.jspecify.annotations.NullMarked;
