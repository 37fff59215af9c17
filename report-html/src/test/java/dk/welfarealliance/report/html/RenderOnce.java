package dk.welfarealliance.report.html;

import java.nio.file.Path;
import java.util.Locale;

/** Writes the standard portfolio's page to the path given, for a person to look at. */
final class RenderOnce {
    private RenderOnce() {}

    public static void main(String[] args) {
        Portfolio p = Portfolio.standard();
        System.out.println(p.page.write(Path.of(args[0]), Portfolio.TODAY, Locale.forLanguageTag(args.length > 1 ? args[1] : "en")));
    }
}
