package dk.welfarealliance.json;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Valid text that is hard for JSON: quotes, backslashes, sequences that look like escapes ({@code \u0041},
 * {@code \n} as two characters), markup that closes a script element, U+2028 and U+2029 (line terminators in
 * JavaScript, not in JSON), the BOM, the largest code points, line feeds in long text, and text at the maximum
 * length. Every value is valid for the domain (no control characters other than line feed in long text).
 */
final class HostileText {
    private static final List<String> FRAGMENTS = List.of("\"", "\\", "\\\"", "\\u0041", "\\n", "/", "</script>",
            "<!--", "]]>", "{\"a\":1}", "\u2028", "\u2029", "\uFEFF", "\uDBFF\uDFFF", "\uD83D\uDE00", "'", "`", "${x}",
            "&lt;", "\u00e6\u00f8\u00e5", "null", "true", "0", "-0.0e+5", "\uFFFD", "\u200B");

    private HostileText() {}

    /** @return non-blank single-line texts of up to 200 UTF-16 units made of the fragments */
    static Gen<String> names() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, FRAGMENTS.size() - 1)).ofSizeBetween(1, 12)
                .map(picks -> text(picks, " ", 200));
    }

    /** @return long texts with line feeds, up to 4000 units */
    static Gen<String> longTexts() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, FRAGMENTS.size() - 1)).ofSizeBetween(1, 40)
                .map(picks -> text(picks, "\n", 4000));
    }

    private static String text(List<Integer> picks, String separator, int max) {
        StringBuilder out = new StringBuilder("x");
        for (int pick : picks) {
            String next = separator + FRAGMENTS.get(pick);
            if (out.length() + next.length() > max) {
                break;
            }
            out.append(next);
        }
        return out.toString();
    }

    /** @return {@code alliance} with {@code name} as the title of every agreement and a club's name, and {@code longText} as a note's text */
    static Alliance into(Alliance alliance, String name, String longText) {
        List<Agreement> agreements = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            agreements.add(a.withTitle(name));
        }
        List<Club> clubs = new ArrayList<>();
        for (Club c : alliance.getClubs()) {
            clubs.add(c.withName(name));
        }
        Alliance.Builder b = Alliance.builder().from(alliance).agreements(agreements).clubs(clubs);
        if (!alliance.getNotes().isEmpty()) {
            List<dk.welfarealliance.Note> notes = new ArrayList<>(alliance.getNotes());
            notes.set(0, notes.get(0).withText(longText));
            b.notes(notes);
        }
        return b.build();
    }
}
