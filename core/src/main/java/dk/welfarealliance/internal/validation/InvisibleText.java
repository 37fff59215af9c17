package dk.welfarealliance.internal.validation;

/**
 * Decides whether a text shows anything: text made only of characters that render as nothing is blank, even
 * though {@link String#isBlank()} says otherwise for most of them. Invisible are: all Unicode white space and
 * space separators (U+00A0, U+2000–U+200A, U+3000, …), format characters (U+200B, U+200D, U+2060, U+FEFF, tags,
 * …), the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the braille blank (U+2800),
 * and the other default-ignorable marks (U+034F, U+17B4, U+17B5, U+180B–U+180F, variation selectors).
 * Other control characters and unpaired surrogates count as visible here: their own rules report them.
 */
final class InvisibleText {
    private InvisibleText() {}

    /** @return whether {@code text} is empty or every code point in it is invisible */
    static boolean isInvisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isInvisible(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** @return whether {@code cp} renders as nothing */
    static boolean isInvisible(int cp) {
        if (cp > ' ' && cp < 0x7F) {
            return false; // printable ASCII: the usual case, decided at once
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return true;
        }
        return cp == 0x034F // combining grapheme joiner
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // Hangul fillers
                || cp == 0x17B4 || cp == 0x17B5 // Khmer inherent vowels
                || (cp >= 0x180B && cp <= 0x180F) // Mongolian variation selectors, vowel separator
                || cp == 0x2800 // braille pattern blank
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
                || (cp >= 0xE0100 && cp <= 0xE01EF); // variation selectors supplement
    }
}
