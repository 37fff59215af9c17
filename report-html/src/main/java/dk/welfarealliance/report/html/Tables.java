package dk.welfarealliance.report.html;

/** Table headers and rows, every cell escaped. */
final class Tables {
    private Tables() {}

    /** Writes a {@code thead} with the labels of {@code keys}. */
    static void header(Html html, PageText text, String... keys) {
        html.open("thead").open("tr");
        for (String key : keys) {
            html.element("th", text.get(key), "scope", "col");
        }
        html.close("tr").close("thead");
    }

    /** Writes one row of class {@code cssClass} (none when blank); the first cell heads the row. */
    static void row(Html html, String cssClass, String... cells) {
        if (cssClass.isEmpty()) {
            html.open("tr");
        } else {
            html.open("tr", "class", cssClass);
        }
        for (int i = 0; i < cells.length; i++) {
            if (i == 0) {
                html.element("th", cells[i], "scope", "row");
            } else {
                html.element("td", cells[i]);
            }
        }
        html.close("tr").newline();
    }
}
