package dk.welfarealliance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.Rejected;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV and text rules of a report table at their edges: a character that forces quoting is found at the very
 * start of a cell too, a lone minus sign is no formula, a tab or carriage return first is one, a null header,
 * row or cell is the typed error, and a table reads as its text.
 */
class ReportTableEdgesTest {
    private static String csvOf(String cell) {
        String csv = ReportTable.of("T", List.of("h"), List.of(List.of(cell))).toCsv(';');
        return csv.substring(ReportTable.BYTE_ORDER_MARK.length() + "h\r\n".length(), csv.length() - 2);
    }

    @Test
    void a_cell_starting_with_the_separator_a_quote_or_a_line_break_is_quoted() {
        assertThat(csvOf(";Aarhus")).isEqualTo("\";Aarhus\"");
        assertThat(csvOf("\"AGF\" og venner")).isEqualTo("\"\"\"AGF\"\" og venner\"");
        assertThat(csvOf("\nAarhus")).isEqualTo("\"\nAarhus\"");
    }

    @Test
    void a_cell_starting_with_a_carriage_return_is_kept_as_text_and_quoted() {
        assertThat(csvOf("\rAarhus")).isEqualTo("\"'\rAarhus\"");
    }

    @Test
    void a_tab_first_is_prefixed_as_a_formula_would_be() {
        assertThat(csvOf("\tSUM(A1)")).isEqualTo("'\tSUM(A1)");
    }

    @Test
    void a_lone_minus_sign_is_not_a_formula() {
        assertThat(csvOf("-")).isEqualTo("-");
        assertThat(csvOf("-x")).isEqualTo("'-x");
    }

    @Test
    void an_empty_cell_stays_empty() {
        assertThat(csvOf("")).isEmpty();
    }

    @Test
    void a_null_header_row_or_cell_is_the_typed_error_naming_it() {
        Rejected.with(() -> ReportTable.of("T", Arrays.asList("h", null), List.of()),
                "ReportTable", "headers[]", "value.null");
        Rejected.with(() -> ReportTable.of("T", List.of("h"), Arrays.asList(List.of("a"), null)),
                "ReportTable", "rows[]", "value.null");
        Rejected.with(() -> ReportTable.of("T", List.of("h", "i"), List.of(Arrays.asList("a", null))),
                "ReportTable", "rows[][]", "value.null");
    }

    @Test
    void a_table_reads_as_its_plain_text() {
        ReportTable table = ReportTable.of("Dækning", List.of("Kommune", "Aftaler"), List.of(List.of("Aarhus", "2")));

        assertThat(table).hasToString(table.toText());
        assertThat(table.toText()).startsWith("Dækning\nKommune  Aftaler\n");
    }
}
