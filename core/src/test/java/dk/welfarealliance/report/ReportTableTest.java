package dk.welfarealliance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report tables as plain text and as CSV that Excel opens right. */
class ReportTableTest {
    private static final String BOM = ReportTable.BYTE_ORDER_MARK;

    private static ReportTable table(List<String> headers, List<List<String>> rows) {
        return ReportTable.of("Titel", headers, rows);
    }

    private static ReportTable oneCell(String cell) {
        return table(List.of("A"), List.of(List.of(cell)));
    }

    /** @return the CSV of a one-cell table without the BOM and the header line */
    private static String csvCell(String cell, char separator) {
        String csv = oneCell(cell).toCsv(separator);
        return csv.substring((BOM + "A\r\n").length(), csv.length() - 2);
    }

    @Test
    void text_has_the_title_then_columns_padded_to_their_widest_cell_two_spaces_apart_under_a_dashed_line() {
        ReportTable table = table(List.of("Code", "Municipality", "Status"),
                List.of(List.of("751", "Aarhus", "In force"), List.of("492", "Ærø", "None")));

        assertThat(table.toText()).isEqualTo("""
                Titel
                Code  Municipality  Status
                ----  ------------  --------
                751   Aarhus        In force
                492   Ærø           None
                """);
    }

    @Test
    void text_counts_width_in_code_points_so_that_a_character_outside_the_basic_plane_pads_as_one() {
        ReportTable table = table(List.of("A", "B"), List.of(List.of("\uD83D\uDE00", "x"), List.of("ab", "y")));

        assertThat(table.toText()).isEqualTo("Titel\nA   B\n--  -\n\uD83D\uDE00   x\nab  y\n");
    }

    @Test
    void text_keeps_every_row_on_one_line_when_a_cell_holds_a_line_break() {
        assertThat(oneCell("to\nlinjer").toText()).isEqualTo("Titel\nA\n---------\nto linjer\n");
    }

    @Test
    void csv_starts_with_the_byte_order_mark_and_ends_lines_with_cr_lf() {
        assertThat(table(List.of("A", "B"), List.of(List.of("1", "2"))).toCsv(';')).isEqualTo(BOM + "A;B\r\n1;2\r\n");
    }

    @Test
    void csv_with_a_comma_separates_by_commas() {
        assertThat(table(List.of("A", "B"), List.of(List.of("1", "2"))).toCsv(',')).isEqualTo(BOM + "A,B\r\n1,2\r\n");
    }

    @Test
    void csv_quotes_a_cell_holding_the_separator_and_only_that_separator() {
        assertThat(csvCell("Lolland;Falster", ';')).isEqualTo("\"Lolland;Falster\"");
        assertThat(csvCell("Lolland;Falster", ',')).isEqualTo("Lolland;Falster");
        assertThat(csvCell("1,5", ',')).isEqualTo("\"1,5\"");
        assertThat(csvCell("1,5", ';')).isEqualTo("1,5");
    }

    @Test
    void csv_doubles_quotes_inside_a_quoted_cell() {
        assertThat(csvCell("\"En Del af Noget Større\"", ';')).isEqualTo("\"\"\"En Del af Noget Større\"\"\"");
    }

    @Test
    void csv_quotes_a_cell_holding_a_line_break_and_keeps_the_break() {
        assertThat(csvCell("to\nlinjer", ';')).isEqualTo("\"to\nlinjer\"");
        assertThat(csvCell("to\r\nlinjer", ';')).isEqualTo("\"to\r\nlinjer\"");
    }

    @Test
    void csv_quotes_a_cell_with_leading_or_trailing_space_so_that_the_space_survives() {
        assertThat(csvCell(" Aarhus", ';')).isEqualTo("\" Aarhus\"");
        assertThat(csvCell("Aarhus ", ';')).isEqualTo("\"Aarhus \"");
        assertThat(csvCell("Region Midtjylland", ';')).isEqualTo("Region Midtjylland");
    }

    @Test
    void csv_prefixes_a_cell_excel_would_run_as_a_formula_so_that_it_stays_text() {
        assertThat(csvCell("=SUM(A1:A9)", ';')).isEqualTo("'=SUM(A1:A9)");
        assertThat(csvCell("+45 20 00 00 00", ';')).isEqualTo("'+45 20 00 00 00");
        assertThat(csvCell("@kommune", ';')).isEqualTo("'@kommune");
        assertThat(csvCell("-x", ';')).isEqualTo("'-x");
        assertThat(csvCell("=1;2", ';')).isEqualTo("\"'=1;2\"");
    }

    @Test
    void csv_leaves_a_negative_number_as_it_is() {
        assertThat(csvCell("-12", ';')).isEqualTo("-12");
    }

    @Test
    void csv_rejects_a_separator_other_than_semicolon_or_comma() {
        assertThatThrownBy(() -> oneCell("x").toCsv('\t')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void danish_names_round_trip_through_the_csv_as_utf_8_bytes_after_the_byte_order_mark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table(List.of("Kommune"), List.of(List.of("Ærø"), List.of("Høje-Taastrup"), List.of("Brøndby Strand å")))
                .writeCsv(out, ';');

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo(BOM + "Kommune\r\nÆrø\r\nHøje-Taastrup\r\nBrøndby Strand å\r\n");
        assertThat(bytes).containsSequence("Ærø".getBytes(StandardCharsets.UTF_8));
        assertThat("Ærø".getBytes(StandardCharsets.UTF_8)).containsExactly(0xC3, 0x86, 0x72, 0xC3, 0xB8);
    }

    @Test
    void a_row_narrower_than_the_headers_is_rejected() {
        assertThatThrownBy(() -> table(List.of("A", "B"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
