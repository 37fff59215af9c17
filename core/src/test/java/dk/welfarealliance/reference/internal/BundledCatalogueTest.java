package dk.welfarealliance.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.reference.ReferenceCatalogue;
import org.junit.jupiter.api.Test;

/**
 * Reading the bundled CSV files gives the whole catalogue every time (the shared instance is read once, so this
 * reads them afresh): every row of every file, the header left out, the historic focus areas marked.
 */
class BundledCatalogueTest {

    @Test
    void reading_the_bundled_files_afresh_gives_the_same_catalogue_as_the_shared_one() {
        ReferenceCatalogue fresh = BundledCatalogue.load();
        assertThat(fresh).isEqualTo(ReferenceCatalogue.bundled()).isEqualTo(BundledCatalogue.get());
    }

    @Test
    void every_row_of_every_file_is_read_and_no_header_is_taken_for_a_row() {
        ReferenceCatalogue fresh = BundledCatalogue.load();
        assertThat(fresh.getMunicipalities()).hasSize(98);
        assertThat(fresh.getRegions()).hasSize(5);
        assertThat(fresh.getLocalUnions()).hasSize(6);
        assertThat(fresh.getFederations()).hasSize(1);
        assertThat(fresh.getFocusAreas()).hasSize(8);
        assertThat(fresh.getCoverage()).hasSize(98).containsEntry(MunicipalityCode.of("400"),
                LocalUnionCode.of("DBU_BORNHOLM"));
        assertThat(fresh.focusArea(FocusAreaCode.of("KLUBUDVIKLING")).orElseThrow().isHistoric()).isTrue();
        assertThat(fresh.focusArea(FocusAreaCode.of("SUNDHED")).orElseThrow().isHistoric()).isFalse();
    }
}
