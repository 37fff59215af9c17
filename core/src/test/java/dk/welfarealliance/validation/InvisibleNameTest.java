package dk.welfarealliance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.testing.Rejected;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that renders as nothing is blank, whatever {@link String#isBlank()} says; other text is kept exactly. */
class InvisibleNameTest {

    private static Club club(String name) {
        return Club.builder().id(ClubId.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))).name(name).build();
    }

    @ParameterizedTest(name = "a club named U+{0} is rejected as blank")
    @ValueSource(strings = {"00A0", "200B", "FEFF", "3164", "2800", "2003", "3000", "2060", "115F", "FFA0", "180E",
        "202F", "200D"})
    void a_name_of_one_invisible_character_is_blank(String hex) {
        String name = new String(Character.toChars(Integer.parseInt(hex, 16)));
        Rejected.with(() -> club(name), "Club", "name", "text.blank");
        Rejected.with(() -> club(name.repeat(3)), "Club", "name", "text.blank");
    }

    @Test
    void a_name_mixing_invisible_characters_is_blank() {
        Rejected.with(() -> club("\u00A0\u200B\uFEFF\u3164\u2800"), "Club", "name", "text.blank");
    }

    @Test
    void a_title_of_invisible_characters_is_blank() {
        Rejected.with(() -> OpenAgreement.titled("\u200B\u3164"), "OpenAgreement", "title", "text.blank");
    }

    @Test
    void an_actor_of_invisible_characters_is_blank() {
        Rejected.with(() -> ActorRef.of("\u2800"), "ActorRef", "value", "text.blank");
    }

    @Test
    void a_visible_name_with_invisible_characters_around_it_is_kept_exactly() {
        String name = "\u00A0FC\u200BAarhus\uFEFF";
        assertThat(club(name).getName()).isEqualTo(name);
    }

    @Test
    void injection_text_is_valid_and_kept_exactly() {
        assertThat(club("'; DROP TABLE x; --").getName()).isEqualTo("'; DROP TABLE x; --");
        assertThat(club("%_\\").getName()).isEqualTo("%_\\");
    }
}
