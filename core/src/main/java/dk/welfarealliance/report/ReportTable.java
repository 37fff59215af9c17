package dk.welfarealliance.report;

import dk.welfarealliance.internal.validation.Violations;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as a table people read: a title, column headers and rows of text, every row as wide as the headers.
 * Every report value gives one ({@code toTable()}); {@link #toText()} renders it as a plain-text table and
 * {@link #toCsv(char)} as CSV, from the same cells. Immutable.
 */
public final class ReportTable {
    /** The byte-order mark that makes Excel read a CSV file as UTF-8, so that æ, ø and å come out right. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private final String title;
    private final List<String> headers;
    private final List<List<String>> rows;

    private ReportTable(String title, List<String> headers, List<List<String>> rows) {
        this.title = title;
        this.headers = List.copyOf(headers);
        List<List<String>> copied = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row of table \"" + title + "\" has " + row.size()
                        + " cells, the headers " + headers.size());
            }
            copied.add(List.copyOf(row));
        }
        this.rows = List.copyOf(copied);
    }

    /**
     * @return a table titled {@code title} with {@code headers} and {@code rows}
     * @throws dk.welfarealliance.validation.ValidationException if an argument or a cell is null
     * @throws IllegalArgumentException if a row is not as wide as the headers
     */
    public static ReportTable of(String title, List<String> headers, List<List<String>> rows) {
        Violations.requireNonNull(title, "ReportTable", "title");
        Violations.requireNonNull(headers, "ReportTable", "headers");
        Violations.requireNonNull(rows, "ReportTable", "rows");
        headers.forEach(h -> Violations.requireNonNull(h, "ReportTable", "headers[]"));
        rows.forEach(r -> Violations.requireNonNull(r, "ReportTable", "rows[]")
                .forEach(c -> Violations.requireNonNull(c, "ReportTable", "rows[][]")));
        return new ReportTable(title, headers, rows);
    }

    /** @return the title */
    public String getTitle() {
        return title;
    }

    /** @return the column headers */
    public List<String> getHeaders() {
        return headers;
    }

    /** @return the rows, each as wide as the headers */
    public List<List<String>> getRows() {
        return rows;
    }

    /**
     * @return the table as plain text: the title, then the headers and the rows in columns padded to their widest
     *     cell (counted in code points), separated by two spaces, a dashed line under the headers, lines ended by
     *     {@code \n}; a cell's line feeds become spaces so that every row stays on one line
     */
    public String toText() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(headers);
        rows.forEach(lines::add);
        int[] widths = new int[headers.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], width(oneLine(line.get(i))));
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        appendLine(out, headers, widths);
        List<String> dashes = new ArrayList<>();
        for (int width : widths) {
            dashes.add("-".repeat(width));
        }
        appendLine(out, dashes, widths);
        rows.forEach(row -> appendLine(out, row, widths));
        return out.toString();
    }

    /**
     * @param separator {@code ;} (what Excel expects where the decimal comma is used, as in Denmark) or {@code ,}
     * @return the table as CSV (RFC 4180): headers, then rows, lines ended by CR LF, a cell quoted when it holds
     *     the separator, a quote, a line break or leading or trailing space, quotes doubled; preceded by the
     *     {@link #BYTE_ORDER_MARK}. A cell that Excel would run as a formula (starting with {@code =}, {@code +},
     *     {@code @}, or {@code -} followed by something other than a digit) is prefixed with {@code '} so that
     *     it stays text. The title is not written.
     * @throws IllegalArgumentException if {@code separator} is not {@code ;} or {@code ,}
     */
    public String toCsv(char separator) {
        if (separator != ';' && separator != ',') {
            throw new IllegalArgumentException("a CSV separator is ';' or ',', not '" + separator + "'");
        }
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        appendCsv(out, headers, separator);
        rows.forEach(row -> appendCsv(out, row, separator));
        return out.toString();
    }

    /** Writes {@link #toCsv(char)} to {@code out} as UTF-8; does not close it. */
    public void writeCsv(OutputStream out, char separator) {
        Violations.requireNonNull(out, "ReportTable", "out");
        try {
            out.write(toCsv(separator).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the CSV of \"" + title + "\"", e);
        }
    }

    private static void appendLine(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = oneLine(cells.get(i));
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static void appendCsv(StringBuilder out, List<String> cells, char separator) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(csvCell(cells.get(i), separator));
        }
        out.append("\r\n");
    }

    private static String csvCell(String cell, char separator) {
        String text = isFormula(cell) ? "'" + cell : cell;
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' ' || text.endsWith(" ")));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean isFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        return first == '-' && cell.length() > 1 && !Character.isDigit(cell.charAt(1));
    }

    private static String oneLine(String cell) {
        return cell.replace('\n', ' ').replace('\r', ' ');
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    @Override
    public String toString() {
        return toText();
    }
}
