package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.AgreementState;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link CommandKind}'s view of the lifecycle table (docs/lifecycle.md): which kinds target one agreement, the
 * states each allows, and that {@link CommandKind#isAllowedIn} agrees with {@link CommandKind#allowedIn}; plus
 * the diagnostic string forms of the service's values, which name what they hold.
 */
class CommandKindTableTest {
    @Test
    void only_open_note_and_alliance_edits_target_no_agreement() {
        assertThat(EnumSet.allOf(CommandKind.class).stream().filter(k -> !k.targetsAgreement()))
                .containsExactlyInAnyOrder(CommandKind.OPEN, CommandKind.NOTE, CommandKind.ALLIANCE_EDIT);
    }

    @Test
    void the_kinds_that_target_no_agreement_are_allowed_in_no_state() {
        assertThat(CommandKind.OPEN.allowedIn()).isEmpty();
        assertThat(CommandKind.NOTE.allowedIn()).isEmpty();
        assertThat(CommandKind.ALLIANCE_EDIT.allowedIn()).isEmpty();
    }

    @Test
    void the_table_lists_the_states_each_kind_is_allowed_in() {
        assertThat(CommandKind.SIGN.allowedIn()).containsExactlyInAnyOrder(AgreementState.IN_DIALOGUE,
                AgreementState.APPROVED);
        assertThat(CommandKind.AMEND.allowedIn()).containsExactly(AgreementState.SIGNED);
        assertThat(CommandKind.RENEW.allowedIn()).containsExactlyInAnyOrder(AgreementState.SIGNED,
                AgreementState.TERMINATED);
        assertThat(CommandKind.CONTENT.allowedIn()).containsExactlyInAnyOrder(AgreementState.IN_DIALOGUE,
                AgreementState.APPROVED, AgreementState.ON_HOLD, AgreementState.SIGNED);
        assertThatThrownBy(() -> CommandKind.SIGN.allowedIn().add(AgreementState.SIGNED))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0} is allowed exactly in the states it lists")
    @EnumSource(CommandKind.class)
    void a_kind_is_allowed_exactly_in_the_states_it_lists(CommandKind kind) {
        for (AgreementState state : AgreementState.values()) {
            assertThat(kind.isAllowedIn(state)).as("%s in %s", kind, state).isEqualTo(kind.allowedIn().contains(state));
        }
        assertThat(kind.targetsAgreement()).isEqualTo(!kind.allowedIn().isEmpty());
    }

    @Test
    void the_string_forms_name_what_the_values_hold() {
        RetryPolicy policy = RetryPolicy.defaults().withMaxAttempts(7).withBackoff(Duration.ofMillis(20),
                Duration.ofSeconds(3));
        Listeners two = Listeners.of(change -> { }, change -> { });
        dk.welfarealliance.testing.AllianceStory story = dk.welfarealliance.testing.AllianceStory.inAarhus();
        Outcome outcome = story.execute(PutClub.of(dk.welfarealliance.Club.builder().name("AGF").build()));
        Outcome opened = story.execute(OpenAgreement.titled("Velfærdsalliance"));

        assertThat(policy.toString()).contains("7", "PT0.02S", "PT3S");
        assertThat(two.toString()).contains("2");
        assertThat(outcome.toString()).contains("PutClub", story.alliance().getId().toString(), "Club");
        assertThat(opened.toString()).contains("OpenAgreement", opened.agreement().getId().toString());
    }
}
