/**
 * The reports' implementation: the alliances in force on a day and the calculators behind each report; not API, may
 * change in any release.
 */
@NullMarked
package dk.welfarealliance.report.internal;

import org.jspecify.annotations.NullMarked;
