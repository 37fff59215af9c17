package dk.welfarealliance.storage.tck.generators;

import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Valid text that is hard to store exactly (docs/model.md): Danish letters, combining marks, emoji joined by
 * zero-width joiners, right-to-left text, characters outside the Basic Multilingual Plane (two UTF-16 units
 * each, four bytes in UTF-8), SQL and LIKE metacharacters, and strings of exactly the maximum length.
 * Every value is a sequence of valid Unicode scalar values without control characters (long texts may hold
 * line feeds), not blank, and within the limits counted in UTF-16 units. A store must return each exactly.
 *
 * @since 0.1.0
 */
public final class TextGenerators {
    /** The longest name or title, in UTF-16 units. */
    public static final int NAME_MAX = 200;
    /** The longest long text (descriptions, reasons, evaluations), in UTF-16 units. */
    public static final int LONG_TEXT_MAX = 4000;

    /** U+1D11E MUSICAL SYMBOL G CLEF: two UTF-16 units, four UTF-8 bytes. */
    public static final String G_CLEF = "\uD834\uDD1E";
    /** A family of four: four emoji joined by three zero-width joiners (U+200D). */
    public static final String FAMILY_ZWJ = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    /** The rainbow flag: white flag, variation selector 16, zero-width joiner, rainbow. */
    public static final String RAINBOW_FLAG_ZWJ = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
    /** "é" decomposed (NFD): e followed by U+0301 COMBINING ACUTE ACCENT. */
    public static final String E_ACUTE_NFD = "e\u0301";
    /** "Å" decomposed (NFD): A followed by U+030A COMBINING RING ABOVE. */
    public static final String A_RING_NFD = "A\u030A";

    /**
     * Tricky names and titles, each valid on its own: Danish letters, combining marks, ZWJ emoji, Arabic and
     * Hebrew with direction marks, supplementary-plane characters, metacharacters of SQL, LIKE and HTML.
     */
    public static final List<String> TRICKY_NAMES = List.of(
            "Velfærdsalliance Ærø – Øster Åby",
            "Aabenraa og Århus",
            "Caf" + E_ACUTE_NFD + " " + A_RING_NFD + "rhus",
            "Z\u0324\u0354\u0367\u0311\u0313algo",
            "Familie " + FAMILY_ZWJ + " og " + RAINBOW_FLAG_ZWJ,
            "مرحبا بالعالم",
            "\u200Fשלום עולם\u200E (RTL)",
            "G-nøgle " + G_CLEF + " og \uD83D\uDE00 og \uD841\uDF0E",
            "100% _fodbold_ \\ back\\slash",
            "'; DROP TABLE alliance; -- \"quoted\"",
            "<b>&amp;</b> ß İ ǅ",
            "\u00A0non-breaking\u00A0space",
            "byte\uFEFForder mark");

    private TextGenerators() {}

    /** @return valid names and titles: tricky fragments, random scalar values, sometimes exactly {@value #NAME_MAX} units */
    public static Gen<String> names() {
        return Draw.gen(d -> name(d));
    }

    /** @return valid long texts with line feeds, sometimes exactly {@value #LONG_TEXT_MAX} units */
    public static Gen<String> longTexts() {
        return Draw.gen(d -> longText(d));
    }

    /** @return a name of exactly {@value #NAME_MAX} UTF-16 units: {@code NAME_MAX / 2} copies of a 4-byte character */
    public static String maxLengthName(String supplementaryCharacter) {
        return repeatToLength(supplementaryCharacter, NAME_MAX);
    }

    /** @return a long text of exactly {@value #LONG_TEXT_MAX} UTF-16 units made of a 4-byte character */
    public static String maxLengthLongText(String supplementaryCharacter) {
        return repeatToLength(supplementaryCharacter, LONG_TEXT_MAX);
    }

    private static String repeatToLength(String supplementaryCharacter, int units) {
        if (supplementaryCharacter.length() != 2 || supplementaryCharacter.codePointCount(0, 2) != 1) {
            throw new IllegalArgumentException("expected one character outside the Basic Multilingual Plane");
        }
        return supplementaryCharacter.repeat(units / 2);
    }

    static String name(Draw d) {
        if (d.chance(8)) {
            return maxLengthName(d.pick(SUPPLEMENTARY));
        }
        StringBuilder text = new StringBuilder(fragment(d));
        int more = d.between(0, 3);
        for (int i = 0; i < more; i++) {
            String next = fragment(d);
            if (text.length() + 1 + next.length() > NAME_MAX) {
                break;
            }
            text.append(' ').append(next);
        }
        return text.toString();
    }

    static String longText(Draw d) {
        if (d.chance(5)) {
            return maxLengthLongText(d.pick(SUPPLEMENTARY));
        }
        StringBuilder text = new StringBuilder(fragment(d));
        int more = d.between(0, 8);
        for (int i = 0; i < more; i++) {
            String separator = d.pick(List.of(" ", "\n", "\n\n"));
            String next = fragment(d);
            if (text.length() + separator.length() + next.length() > LONG_TEXT_MAX) {
                break;
            }
            text.append(separator).append(next);
        }
        return text.toString();
    }

    /** A non-blank fragment of at most 60 units: a tricky sample or a run of random scalar values. */
    private static String fragment(Draw d) {
        if (d.chance(50)) {
            return d.pick(TRICKY_NAMES);
        }
        int[] range = d.pick(RANGES);
        int count = d.between(1, 20);
        StringBuilder run = new StringBuilder("x");
        for (int i = 0; i < count; i++) {
            run.appendCodePoint(d.between(range[0], range[1]));
        }
        return run.toString();
    }

    private static final List<String> SUPPLEMENTARY = List.of(G_CLEF, "\uD83D\uDE00", "\uD841\uDF0E");

    /** Ranges of assigned, non-control code points: Latin-1 letters, Greek, Cyrillic, Hebrew, Arabic, combining marks, CJK, emoji, CJK extension B. */
    private static final List<int[]> RANGES = List.of(
            new int[] {0xC0, 0xD6}, new int[] {0x391, 0x3A1}, new int[] {0x410, 0x44F}, new int[] {0x5D0, 0x5EA},
            new int[] {0x627, 0x64A}, new int[] {0x300, 0x36F}, new int[] {0x4E00, 0x9FA5},
            new int[] {0x1F600, 0x1F64F}, new int[] {0x20000, 0x2A6D6});
}
