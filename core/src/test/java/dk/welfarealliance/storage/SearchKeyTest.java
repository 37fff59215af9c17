package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.Rejected;
import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The search key of a text (NFC, then lower case in {@link Locale#ROOT}), substring matching of keys, and the SQL
 * {@code LIKE} pattern that escapes {@code \}, {@code %} and {@code _} so that they match literally.
 */
class SearchKeyTest {

    @Test
    void a_search_key_is_the_text_in_lower_case() {
        assertThat(SearchKey.of("Ærø Kommune")).isEqualTo("ærø kommune");
        assertThat(SearchKey.of("already lower")).isEqualTo("already lower");
    }

    @Test
    void text_typed_in_nfd_has_the_same_key_as_the_same_text_in_nfc() {
        String nfd = Normalizer.normalize("Ærø Åbenrå", Normalizer.Form.NFD);

        assertThat(nfd).isNotEqualTo("Ærø Åbenrå");
        assertThat(SearchKey.of(nfd)).isEqualTo(SearchKey.of("Ærø Åbenrå")).isEqualTo("ærø åbenrå");
    }

    @Test
    void the_default_locale_of_the_jvm_does_not_change_a_key() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(SearchKey.of("IDRÆT")).isEqualTo("idræt");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void matching_is_substring_matching_of_keys_case_insensitive_and_without_danish_collation() {
        String title = SearchKey.of("Velfærdsalliance Ærø");

        assertThat(SearchKey.contains(title, SearchKey.of("ærø"))).isTrue();
        assertThat(SearchKey.contains(title, SearchKey.of("ALLIANCE"))).isTrue();
        assertThat(SearchKey.contains(title, "")).isTrue();
        assertThat(SearchKey.contains(title, SearchKey.of("aero"))).isFalse();
        assertThat(SearchKey.contains(SearchKey.of("Åbenrå"), SearchKey.of("aabenraa"))).isFalse();
    }

    @Test
    void a_like_pattern_matches_any_key_containing_the_needle() {
        assertThat(SearchKey.likePattern("skole")).isEqualTo("%skole%");
        assertThat(SearchKey.likePattern("")).isEqualTo("%%");
    }

    @Test
    void a_like_pattern_escapes_percent_underscore_and_the_escape_character_itself() {
        assertThat(SearchKey.LIKE_ESCAPE).isEqualTo('\\');
        assertThat(SearchKey.likePattern("100%")).isEqualTo("%100\\%%");
        assertThat(SearchKey.likePattern("a_b")).isEqualTo("%a\\_b%");
        assertThat(SearchKey.likePattern("c:\\d")).isEqualTo("%c:\\\\d%");
        assertThat(SearchKey.likePattern("%_\\")).isEqualTo("%\\%\\_\\\\%");
    }

    @Test
    void a_like_pattern_leaves_every_other_character_as_it_is() {
        assertThat(SearchKey.likePattern("ærø-[x]*?.'\"")).isEqualTo("%ærø-[x]*?.'\"%");
    }

    @Test
    void null_text_is_rejected_naming_the_argument() {
        Rejected.with(() -> SearchKey.of(null), "SearchKey", "text", "value.null");
        Rejected.with(() -> SearchKey.contains(null, "x"), "SearchKey", "haystackKey", "value.null");
        Rejected.with(() -> SearchKey.contains("x", null), "SearchKey", "needleKey", "value.null");
        Rejected.with(() -> SearchKey.likePattern(null), "SearchKey", "needleKey", "value.null");
    }
}
