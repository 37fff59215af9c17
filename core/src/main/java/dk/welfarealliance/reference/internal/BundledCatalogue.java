package dk.welfarealliance.reference.internal;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.RegionCode;
import dk.welfarealliance.reference.Federation;
import dk.welfarealliance.reference.FocusAreaDefinition;
import dk.welfarealliance.reference.LocalUnion;
import dk.welfarealliance.reference.Municipality;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.reference.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bundled reference data: UTF-8 CSV files with a header row and no quoted fields, copied from
 * the project's shared data into this jar's resources. Loaded once; the result is immutable.
 */
public final class BundledCatalogue {
    private static final String FOLDER = "/dk/welfarealliance/reference/";

    private BundledCatalogue() {}

    private static final class Holder {
        static final ReferenceCatalogue CATALOGUE = load();
    }

    public static ReferenceCatalogue get() {
        return Holder.CATALOGUE;
    }

    static ReferenceCatalogue load() {
        ReferenceCatalogue.Builder b = ReferenceCatalogue.builder();
        Map<RegionCode, Region> regions = new LinkedHashMap<>();
        for (String[] row : rows("municipalities.csv", 4)) {
            RegionCode region = RegionCode.of(row[2]);
            regions.putIfAbsent(region, Region.builder().code(region).name(row[3]).build());
            b.addMunicipalities(Municipality.builder()
                    .code(MunicipalityCode.of(row[0])).name(row[1]).region(region).build());
        }
        b.addAllRegions(regions.values());
        for (String[] row : rows("local_unions.csv", 2)) {
            b.addLocalUnions(LocalUnion.builder().code(LocalUnionCode.of(row[0])).name(row[1]).build());
        }
        for (String[] row : rows("municipality_local_unions.csv", 3)) {
            b.putCoverage(MunicipalityCode.of(row[0]), LocalUnionCode.of(row[1]));
        }
        for (String[] row : rows("federations.csv", 2)) {
            b.addFederations(Federation.builder().code(FederationCode.of(row[0])).name(row[1]).build());
        }
        for (String[] row : rows("focus_areas.csv", 4)) {
            b.addFocusAreas(FocusAreaDefinition.builder()
                    .code(FocusAreaCode.of(row[0]))
                    .nameDa(row[1])
                    .nameEn(row[2])
                    .historic(row[3].startsWith("historic"))
                    .build());
        }
        return b.build();
    }

    private static List<String[]> rows(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = BundledCatalogue.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled reference file missing from the jar: " + FOLDER + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] row = line.split(",", -1);
                if (row.length != columns) {
                    throw new IllegalStateException(
                            file + " line " + number + ": expected " + columns + " columns, found " + row.length);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled reference file " + file, e);
        }
        return rows;
    }
}
