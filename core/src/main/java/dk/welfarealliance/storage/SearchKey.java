package dk.welfarealliance.storage;

import dk.welfarealliance.internal.validation.Violations;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The search key of a text (docs/storage-contract.md): NFC-normalised, then lower-cased with {@link Locale#ROOT}.
 * Matching is substring matching of keys: case-insensitive ("ærø" finds "Ærø"), accent-sensitive, with no
 * Danish collation ("aa" does not find "å"), NFD input finds NFC text, and {@code %} or {@code _} match
 * literally. Backends compare keys computed here; they never normalise or lower-case text themselves.
 *
 * @since 0.1.0
 */
public final class SearchKey {
    /** The escape character of {@link #likePattern(String)}, for {@code LIKE ? ESCAPE '\'}. */
    public static final char LIKE_ESCAPE = '\\';

    private SearchKey() {}

    /** @return the search key of {@code text} */
    public static String of(String text) {
        Violations.requireNonNull(text, "SearchKey", "text");
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** @return whether the text whose key is {@code haystackKey} contains the text whose key is {@code needleKey} */
    public static boolean contains(String haystackKey, String needleKey) {
        Violations.requireNonNull(haystackKey, "SearchKey", "haystackKey");
        Violations.requireNonNull(needleKey, "SearchKey", "needleKey");
        return haystackKey.contains(needleKey);
    }

    /**
     * @param needleKey a search key (from {@link #of(String)})
     * @return a SQL {@code LIKE} pattern matching any key that contains {@code needleKey}, with {@code \},
     *     {@code %} and {@code _} escaped by {@link #LIKE_ESCAPE}
     */
    public static String likePattern(String needleKey) {
        Violations.requireNonNull(needleKey, "SearchKey", "needleKey");
        StringBuilder pattern = new StringBuilder(needleKey.length() + 8).append('%');
        for (int i = 0; i < needleKey.length(); i++) {
            char c = needleKey.charAt(i);
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
