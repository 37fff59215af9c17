package dk.welfarealliance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Club;
import dk.welfarealliance.testing.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the text rules: the first offending unit is named even at index 0 and even when more follow, a
 * high surrogate at the very end is unpaired, and the default-ignorable ranges count as blank up to their bounds.
 */
class TextRuleEdgesTest {

    private static Club club(String name) {
        return Club.builder().name(name).build();
    }

    @Test
    void a_control_character_at_the_start_is_named_at_index_0_also_when_more_follow() {
        assertThat(Rejected.with(() -> club("\u0000AGF\u0001"), "Club", "name", "text.control-character")
                .getAttributes()).containsEntry("index", 0);
        assertThat(Rejected.with(() -> ActorRef.of("\u0000user\u0001"), "ActorRef", "value", "text.control-character")
                .getAttributes()).containsEntry("index", 0);
    }

    @Test
    void an_unpaired_surrogate_at_the_start_is_named_at_index_0_also_when_more_follow() {
        assertThat(Rejected.with(() -> club("\uDC00AGF\uDC00"), "Club", "name", "text.unpaired-surrogate")
                .getAttributes()).containsEntry("index", 0);
        assertThat(Rejected.with(() -> ActorRef.of("\uD800x\uD800x"), "ActorRef", "value", "text.unpaired-surrogate")
                .getAttributes()).containsEntry("index", 0);
    }

    @Test
    void a_high_surrogate_at_the_very_end_is_unpaired() {
        assertThat(Rejected.with(() -> club("AGF\uD83D"), "Club", "name", "text.unpaired-surrogate")
                .getAttributes()).containsEntry("index", 3);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x180B, 0x180F, 0xFE00, 0xFE0F, 0xE0100, 0xE01EF, 0x034F, 0x2800})
    void a_name_of_a_default_ignorable_mark_only_is_blank(int cp) {
        Rejected.with(() -> club("  " + Character.toString(cp)), "Club", "name", "text.blank");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x180A, 0x1810, 0xFE10, 0x2801})
    void a_mark_just_outside_the_default_ignorable_ranges_is_visible(int cp) {
        assertThat(club(Character.toString(cp)).getName()).isEqualTo(Character.toString(cp));
    }
}
