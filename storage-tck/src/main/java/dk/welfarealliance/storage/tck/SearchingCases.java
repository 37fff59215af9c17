package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.PageRequest;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Title search (docs/storage-contract.md): substring matching of search keys (NFC, then lower case by the root locale):
 * case-insensitive, accent-sensitive, without Danish collation, NFD input finds NFC text, {@code %}, {@code _}
 * and {@code \} match literally, and the JVM's default locale plays no part. Each case stores one alliance per
 * title and checks which titles a search finds, in municipality order. Apart from the case-folding cases, the
 * titles are lower case, so that each case fails only for the rule it is named for.
 */
abstract class SearchingCases extends ContractCases {
    SearchingCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void title_search_ignores_case_including_danish_letters() {
        storeTitles("Ærø Fodbold", "ærø fodbold", "ÆRØ FODBOLD", "Øster Åby", "Aero");

        SoftAssertions softly = new SoftAssertions();
        for (String needle : List.of("ærø", "ÆRØ", "Ærø", "æRø")) {
            expectFound(softly, needle, "Ærø Fodbold", "ærø fodbold", "ÆRØ FODBOLD");
        }
        expectFound(softly, "fodbold", "Ærø Fodbold", "ærø fodbold", "ÆRØ FODBOLD");
        expectFound(softly, "ØSTER åBY", "Øster Åby");
        softly.assertAll();
    }

    @Test
    void title_search_applies_no_danish_collation() {
        storeTitles("århus", "aarhus", "aabenraa", "åbenrå");

        SoftAssertions softly = new SoftAssertions();
        expectFound(softly, "aa", "aarhus", "aabenraa");
        expectFound(softly, "å", "århus", "åbenrå");
        expectFound(softly, "aarhus", "aarhus");
        expectFound(softly, "århus", "århus");
        softly.assertAll();
    }

    @Test
    void title_search_finds_text_whatever_its_normalisation_form_and_returns_titles_as_stored() {
        String cafeNfc = "caf\u00E9 fodbold";
        String cafeNfd = "cafe\u0301 bold";
        String aarhusNfd = "a\u030Arhus";
        storeTitles(cafeNfc, cafeNfd, aarhusNfd, "cafe");

        SoftAssertions softly = new SoftAssertions();
        expectFound(softly, "caf\u00E9", cafeNfc, cafeNfd);
        expectFound(softly, "cafe\u0301", cafeNfc, cafeNfd);
        expectFound(softly, "\u00E5rhus", aarhusNfd);
        expectFound(softly, "a\u030Arhus", aarhusNfd);
        expectFound(softly, "cafe", "cafe");
        softly.assertAll();
    }

    @Test
    void title_search_treats_percent_underscore_and_backslash_literally() {
        storeTitles("100% fodbold", "1000 fodbold", "100 fodbold", "a_b", "axb", "a\\b", "ab");

        SoftAssertions softly = new SoftAssertions();
        expectFound(softly, "100%", "100% fodbold");
        expectFound(softly, "%", "100% fodbold");
        expectFound(softly, "0%", "100% fodbold");
        expectFound(softly, "%%");
        expectFound(softly, "_", "a_b");
        expectFound(softly, "a_b", "a_b");
        expectFound(softly, "\\", "a\\b");
        expectFound(softly, "a\\b", "a\\b");
        expectFound(softly, "\\%");
        softly.assertAll();
    }

    @Test
    void title_search_is_accent_sensitive() {
        storeTitles("élite", "elite", "aarø", "aaro");

        SoftAssertions softly = new SoftAssertions();
        expectFound(softly, "elite", "elite");
        expectFound(softly, "élite", "élite");
        expectFound(softly, "aaro", "aaro");
        expectFound(softly, "aarø", "aarø");
        softly.assertAll();
    }

    /**
     * Under a Turkish default locale {@code "I".toLowerCase()} is a dotless ı, so a store that lower-cases with
     * the default locale misses these titles. The case sets the JVM's default locale while it runs (and restores
     * it), so the contract must not run in parallel with tests that depend on the default locale.
     */
    @Test
    void title_search_does_not_depend_on_the_default_locale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            storeTitles("INDSATS FOR IDRÆT", "Initiativ i Ikast", "indsats");

            SoftAssertions softly = new SoftAssertions();
            expectFound(softly, "indsats", "INDSATS FOR IDRÆT", "indsats");
            expectFound(softly, "IDRÆT", "INDSATS FOR IDRÆT");
            expectFound(softly, "i i", "Initiativ i Ikast");
            expectFound(softly, "INITIATIV I IKAST", "Initiativ i Ikast");
            softly.assertAll();
        } finally {
            Locale.setDefault(original);
        }
    }

    /** Stores one DBU alliance per title, with one agreement in dialogue of that title, in municipality order. */
    private void storeTitles(String... titles) {
        IdGenerator ids = IdGenerator.seeded(titles.length);
        for (int i = 0; i < titles.length; i++) {
            Alliance alliance = SampleAlliances.minimal(ids.newAllianceId(), FederationCode.DBU,
                    MunicipalityCode.of(String.format("%03d", 101 + i)));
            store.insert(alliance.withAgreements(SampleAlliances.inDialogue(ids, titles[i])));
        }
    }

    private void expectFound(SoftAssertions softly, String needle, String... titles) {
        AllianceCriteria criteria = AllianceCriteria.builder()
                .agreement(AgreementFilter.builder().titleContains(needle).build()).build();
        List<String> found = store.query(criteria, PageRequest.first(PageRequest.MAX_SIZE)).getItems().stream()
                .map(a -> a.getAgreements().get(0).getTitle()).toList();
        softly.assertThat(found).as("titles found by \"%s\" (%s)", needle, escaped(needle)).containsExactly(titles);
        softly.assertThat(store.count(criteria)).as("count for \"%s\"", needle).isEqualTo(titles.length);
    }

    /** @return the code points of {@code text}, so that NFD and NFC forms are told apart in messages */
    private static String escaped(String text) {
        StringBuilder s = new StringBuilder();
        text.codePoints().forEach(cp -> s.append(s.length() == 0 ? "" : " ").append(String.format("U+%04X", cp)));
        return s.toString();
    }
}
