package dk.welfarealliance.storage.tck.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class TckDataTest {

    @Test
    void the_same_seed_draws_the_same_values_in_the_same_order() {
        TckData first = TckData.seeded(42);
        TckData second = TckData.seeded(42);

        assertThat(IntStream.range(0, 20).mapToObj(i -> first.alliance()).toList())
                .isEqualTo(IntStream.range(0, 20).mapToObj(i -> second.alliance()).toList());
        assertThat(first.criteria()).isEqualTo(second.criteria());
        assertThat(first.dataSet(16)).isEqualTo(second.dataSet(16));
    }

    @Test
    void each_draw_continues_the_sequence_and_other_seeds_draw_other_values() {
        TckData data = TckData.seeded(7);
        List<Alliance> drawn = IntStream.range(0, 20).mapToObj(i -> data.alliance()).toList();

        assertThat(drawn).doesNotHaveDuplicates();
        assertThat(TckData.seeded(8).alliance()).isNotEqualTo(TckData.seeded(7).alliance());
    }

    @Test
    void drawn_values_cover_the_variety_of_the_generators() {
        TckData data = TckData.seeded(1);
        List<Alliance> drawn = IntStream.range(0, 200).mapToObj(i -> data.alliance()).toList();

        assertThat(drawn).as("alliances with agreements").anyMatch(a -> !a.getAgreements().isEmpty());
        assertThat(drawn).as("alliances without").anyMatch(a -> a.getAgreements().isEmpty());
        assertThat(drawn).as("never stored").allMatch(a -> a.getVersion() == 0);
        assertThat(drawn.stream().map(Alliance::getMunicipality).distinct().count()).as("municipalities").isGreaterThan(50);
    }

    @Test
    void a_data_set_has_distinct_ids_and_natural_keys_and_at_most_the_size_asked() {
        List<Alliance> set = TckData.seeded(3).dataSet(24);

        assertThat(set).hasSizeLessThanOrEqualTo(24);
        assertThat(set.stream().map(Alliance::getId).distinct().count()).isEqualTo(set.size());
        assertThat(set.stream().map(a -> a.getFederation() + "/" + a.getMunicipality()).distinct().count()).isEqualTo(set.size());
    }

    @Test
    void every_generator_of_the_package_can_be_drawn_from() {
        TckData data = TckData.seeded(5);

        assertThat(data.draw(ContentGenerators.notes())).isNotNull();
        assertThat(data.draw(CodeGenerators.cvrNumbers())).hasSize(8);
        assertThat(data.draw(UuidGenerators.allianceIds())).isNotNull();
        assertThat(data.draw(TimeGenerators.instants())).isBetween(TimeGenerators.MIN_INSTANT, TimeGenerators.MAX_INSTANT);
        assertThat(data.draw(TextGenerators.names())).isNotBlank();
        assertThat(data.agreement()).isNotNull();
        assertThat(data.agreementFilter()).isNotNull();
        assertThat(data.sort()).isNotNull();
        assertThat(data.partialDate()).isNotNull();
        assertThat(data.seed()).isEqualTo(5);
        assertThat(data).hasToString("TckData.seeded(5)");
    }

    @Test
    void agreements_of_every_state_are_valid_terminations_included_which_take_effect_by_the_end_of_their_term() {
        TckData data = TckData.seeded(11);
        for (AgreementState state : AgreementState.values()) {
            List<Agreement> drawn = IntStream.range(0, 300).mapToObj(i -> data.draw(AgreementGenerators.agreements(state))).toList();

            assertThat(drawn).as("agreements in state %s", state).allMatch(a -> a.getState() == state);
        }
    }

    @Test
    void a_generator_that_is_not_the_tcks_own_is_rejected_with_what_to_do_instead() {
        TckData data = TckData.seeded(5);

        assertThatThrownBy(() -> data.draw(SourceDSL.integers().all())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the TCK's own generators").hasMessageContaining("use it in a property instead");
        assertThatThrownBy(() -> data.draw(AllianceGenerators.alliances().map(Alliance::getId)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
