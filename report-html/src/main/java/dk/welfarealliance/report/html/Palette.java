package dk.welfarealliance.report.html;

import dk.welfarealliance.Phase;
import dk.welfarealliance.report.CoverageStatus;

/**
 * The page's colours, from the Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2002), which people
 * with the common colour-vision deficiencies can tell apart; "none" is a light grey, so that the eye goes to the
 * municipalities that have something. Each status also has its own place in the legend and its name in the
 * municipality's tooltip and in the table, so colour is never the only cue.
 */
final class Palette {
    private Palette() {}

    /** @return the fill of a municipality with {@code status}, as {@code #rrggbb} */
    static String of(CoverageStatus status) {
        return switch (status) {
            case IN_FORCE -> "#009e73";          // bluish green
            case POSSIBLY_IN_FORCE -> "#f0e442"; // yellow
            case UPCOMING -> "#56b4e9";          // sky blue
            case IN_DIALOGUE -> "#e69f00";       // orange
            case ENDED -> "#cc79a7";             // reddish purple
            case NONE -> "#e4e4e4";              // light grey
        };
    }

    /** @return the fill of a term's bar in {@code phase}, the colour of the matching coverage status */
    static String of(Phase phase) {
        return switch (phase) {
            case IN_FORCE -> of(CoverageStatus.IN_FORCE);
            case POSSIBLY_IN_FORCE -> of(CoverageStatus.POSSIBLY_IN_FORCE);
            case UPCOMING -> of(CoverageStatus.UPCOMING);
            case DRAFT -> of(CoverageStatus.IN_DIALOGUE);
            case ENDED -> of(CoverageStatus.ENDED);
            case ABANDONED -> "#999999";
        };
    }

    /** The line marking the day shown: vermillion, the one Okabe–Ito colour no status uses. */
    static final String DAY = "#d55e00";
}
