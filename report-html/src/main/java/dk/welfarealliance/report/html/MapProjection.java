package dk.welfarealliance.report.html;

/**
 * Longitude and latitude to the map's SVG units: an equirectangular projection with the longitudes scaled by the
 * cosine of Denmark's middle latitude, so that shapes keep their proportions (good to a few per cent across the
 * country), with north up. The bounds hold all of Denmark, Bornholm included.
 */
final class MapProjection {
    /** The western, eastern, southern and northern bounds, in degrees, with a small margin. */
    static final double WEST = 8.0;
    static final double EAST = 15.25;
    static final double SOUTH = 54.5;
    static final double NORTH = 57.8;
    /** The width of the map in SVG units; the height follows. */
    static final double WIDTH = 1000;

    private static final double COS_MID = Math.cos(Math.toRadians((SOUTH + NORTH) / 2));
    private static final double SCALE = WIDTH / ((EAST - WEST) * COS_MID);

    private MapProjection() {}

    /** @return the map's height in SVG units */
    static double height() {
        return (NORTH - SOUTH) * SCALE;
    }

    /** @return the x of {@code longitude}, 0 at the western bound */
    static double x(double longitude) {
        return (longitude - WEST) * COS_MID * SCALE;
    }

    /** @return the y of {@code latitude}, 0 at the northern bound */
    static double y(double latitude) {
        return (NORTH - latitude) * SCALE;
    }
}
