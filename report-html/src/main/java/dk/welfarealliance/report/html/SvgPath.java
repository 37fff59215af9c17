package dk.welfarealliance.report.html;

import java.util.List;

/**
 * Rings of longitude and latitude as the {@code d} of one SVG path, kept small: points are projected
 * ({@link MapProjection}) and rounded to a grid of {@link #GRID} SVG units, points that round onto the one before
 * are dropped, and each step is written relative to the one before. Rounding is the same for every ring, so
 * neighbours that share a border still share it exactly.
 */
final class SvgPath {
    /** The grid points are rounded to, in SVG units: 0.5 of 1000 across is finer than a printed line. */
    static final double GRID = 0.5;

    private SvgPath() {}

    /** @return the path data of {@code rings}; a ring that rounds to fewer than three points is left out */
    static String of(List<double[][]> rings) {
        StringBuilder d = new StringBuilder();
        for (double[][] ring : rings) {
            appendRing(d, ring);
        }
        return d.toString();
    }

    private static void appendRing(StringBuilder d, double[][] ring) {
        long[] xs = new long[ring.length];
        long[] ys = new long[ring.length];
        int n = 0;
        for (double[] point : ring) {
            long x = Math.round(MapProjection.x(point[0]) / GRID);
            long y = Math.round(MapProjection.y(point[1]) / GRID);
            if (n > 0 && xs[n - 1] == x && ys[n - 1] == y) {
                continue;
            }
            xs[n] = x;
            ys[n] = y;
            n++;
        }
        if (n > 1 && xs[n - 1] == xs[0] && ys[n - 1] == ys[0]) {
            n--; // the closing point: Z closes the ring
        }
        if (n < 3) {
            return;
        }
        d.append('M').append(units(xs[0])).append(' ').append(units(ys[0]));
        d.append('l');
        for (int i = 1; i < n; i++) {
            long dx = xs[i] - xs[i - 1];
            long dy = ys[i] - ys[i - 1];
            if (i > 1 && dx >= 0) {
                d.append(' ');
            }
            d.append(units(dx));
            if (dy >= 0) {
                d.append(' ');
            }
            d.append(units(dy));
        }
        d.append('z');
    }

    /** @return {@code steps} grid steps in SVG units, without a trailing {@code .0} */
    private static String units(long steps) {
        if (steps % 2 == 0) {
            return Long.toString(steps / 2);
        }
        long whole = Math.abs(steps / 2);
        return (steps < 0 ? "-" : "") + (whole == 0 ? "" : Long.toString(whole)) + ".5";
    }
}
