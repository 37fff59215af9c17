package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TckSettingsTest {
    @Test
    void unset_properties_give_the_small_defaults_and_a_fresh_seed() {
        TckSettings settings = TckSettings.from(name -> Optional.empty());

        assertThat(settings.examples()).isEqualTo(TckSettings.DEFAULT_EXAMPLES);
        assertThat(settings.raceRounds()).isEqualTo(TckSettings.DEFAULT_RACE_ROUNDS);
        assertThat(settings.threads()).isEqualTo(TckSettings.DEFAULT_THREADS);
        assertThat(settings.dataSetSize()).isEqualTo(TckSettings.DEFAULT_DATA_SET_SIZE);
        assertThat(settings.requireAllCases()).isTrue();
        assertThat(settings.replay()).isEqualTo("seed " + settings.seed() + " (replay with -Dwa.tck.seed=" + settings.seed() + ")");
    }

    @Test
    void given_properties_are_used() {
        Map<String, String> given = Map.of("wa.tck.seed", "-42", "wa.tck.examples", "7", "wa.tck.raceRounds", "3",
                "wa.tck.threads", "8", "wa.tck.dataSetSize", "24", "wa.tck.requireAllCases", "false");
        TckSettings settings = TckSettings.from(name -> Optional.ofNullable(given.get(name)));

        assertThat(settings.seed()).isEqualTo(-42);
        assertThat(settings.examples()).isEqualTo(7);
        assertThat(settings.raceRounds()).isEqualTo(3);
        assertThat(settings.threads()).isEqualTo(8);
        assertThat(settings.dataSetSize()).isEqualTo(24);
        assertThat(settings.requireAllCases()).isFalse();
    }

    @Test
    void a_bad_value_is_rejected_naming_the_property() {
        assertThatThrownBy(() -> TckSettings.from(name -> name.equals("wa.tck.examples") ? Optional.of("many") : Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wa.tck.examples");
        assertThatThrownBy(() -> TckSettings.from(name -> name.equals("wa.tck.threads") ? Optional.of("1") : Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wa.tck.threads");
        assertThatThrownBy(() -> TckSettings.from(name -> name.equals("wa.tck.dataSetSize") ? Optional.of("25") : Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wa.tck.dataSetSize");
    }
}
