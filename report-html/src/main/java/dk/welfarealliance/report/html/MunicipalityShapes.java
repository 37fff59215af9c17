package dk.welfarealliance.report.html;

import org.jspecify.annotations.Nullable;
import dk.welfarealliance.MunicipalityCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outlines of the 98 municipalities, read from the bundled {@code municipalities.geojson} (DAGI municipal
 * boundaries 1:500,000, simplified; see {@code municipalities-NOTICE.md} beside it for source, licence and the
 * attribution the map shows).
 */
final class MunicipalityShapes {
    /** The resource, beside this class. */
    static final String RESOURCE = "municipalities.geojson";

    /** One municipality's outline: its rings of (longitude, latitude) points, exterior and holes alike. */
    record Shape(MunicipalityCode code, String name, List<double[][]> rings) {}

    private final List<Shape> shapes;

    private MunicipalityShapes(List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    /**
     * @return the bundled outlines
     * @throws IllegalStateException if the resource is missing or is not the expected GeoJSON
     */
    static MunicipalityShapes bundled() {
        try (InputStream in = MunicipalityShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + MunicipalityShapes.class.getName()
                        + ": the report-html jar is incomplete");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }

    /** @return the outlines of a GeoJSON FeatureCollection whose features carry {@code code} and {@code name} */
    static MunicipalityShapes parse(String geoJson) {
        List<Shape> shapes = new ArrayList<>();
        for (Object feature : list(map(JsonReader.read(geoJson)).get("features"))) {
            Map<String, Object> f = map(feature);
            Map<String, Object> properties = map(f.get("properties"));
            Map<String, Object> geometry = map(f.get("geometry"));
            List<double[][]> rings = new ArrayList<>();
            Object coordinates = geometry.get("coordinates");
            switch (String.valueOf(geometry.get("type"))) {
                case "Polygon" -> addPolygon(rings, coordinates);
                case "MultiPolygon" -> list(coordinates).forEach(p -> addPolygon(rings, p));
                default -> throw new IllegalStateException("unexpected geometry " + geometry.get("type"));
            }
            shapes.add(new Shape(MunicipalityCode.of(String.valueOf(properties.get("code"))),
                    String.valueOf(properties.get("name")), rings));
        }
        return new MunicipalityShapes(shapes);
    }

    /** @return the outlines, in the file's order */
    List<Shape> all() {
        return shapes;
    }

    private static void addPolygon(List<double[][]> rings, @Nullable Object polygon) {
        for (Object ring : list(polygon)) {
            List<Object> points = list(ring);
            double[][] lonLat = new double[points.size()][];
            for (int i = 0; i < points.size(); i++) {
                List<Object> point = list(points.get(i));
                lonLat[i] = new double[] {(Double) point.get(0), (Double) point.get(1)};
            }
            rings.add(lonLat);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(@Nullable Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException(RESOURCE + ": expected an object, found " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(@Nullable Object value) {
        if (!(value instanceof List)) {
            throw new IllegalStateException(RESOURCE + ": expected an array, found " + value);
        }
        return (List<Object>) value;
    }
}
