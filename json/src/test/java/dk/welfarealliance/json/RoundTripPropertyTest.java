package dk.welfarealliance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Note;
import dk.welfarealliance.Payment;
import dk.welfarealliance.storage.tck.generators.AllianceGenerators;
import dk.welfarealliance.storage.tck.generators.ContentGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Write then read is the identity, for alliances drawn by the TCK's generators (every kind of child, every
 * state, texts from many scripts, quotes, backslashes, markup, line feeds, emoji) and for JSON's own hard cases
 * ({@link HostileText}). QuickTheories prints the seed of a failure: replay with {@code -DQT_SEED=<n>}.
 */
class RoundTripPropertyTest {

    @Test
    void reading_what_was_written_gives_an_equal_alliance() {
        qt().withExamples(300).forAll(AllianceGenerators.alliances()).checkAssert(alliance ->
                assertThat(AllianceJson.read(AllianceJson.write(alliance))).isEqualTo(alliance));
    }

    @Test
    void texts_that_json_must_escape_survive_the_round_trip() {
        qt().withExamples(300).forAll(AllianceGenerators.alliances(), HostileText.names(), HostileText.longTexts())
                .checkAssert((alliance, name, longText) -> {
                    Alliance hostile = HostileText.into(alliance, name, longText);
                    assertThat(AllianceJson.read(AllianceJson.write(hostile))).isEqualTo(hostile);
                });
    }

    // Agreements on their own are not drawn here: AgreementGenerators.agreements() sometimes builds a terminated
    // agreement its own rules reject (a TCK generator bug, reported); every agreement of the alliances above is read.
    @Test
    void every_child_type_reads_back_equal_on_its_own() {
        roundTrips(ContentGenerators.initiatives(), Initiative.class);
        roundTrips(ContentGenerators.eliteEvents(), EliteEvent.class);
        roundTrips(ContentGenerators.payments(), Payment.class);
        roundTrips(ContentGenerators.contacts(), ContactPerson.class);
        roundTrips(ContentGenerators.notes(), Note.class);
    }

    @Test
    void a_document_is_written_the_same_way_twice() {
        qt().withExamples(100).forAll(AllianceGenerators.alliances()).checkAssert(alliance -> {
            String once = AllianceJson.write(alliance);
            assertThat(AllianceJson.write(AllianceJson.read(once))).isEqualTo(once);
        });
    }

    @Test
    void a_portfolio_of_generated_alliances_reads_back_in_order() {
        qt().withExamples(50).forAll(AllianceGenerators.dataSets(12)).checkAssert(set ->
                assertThat(Portfolio.read(Portfolio.write(set))).isEqualTo(List.copyOf(set)));
    }

    private static <T> void roundTrips(Gen<T> values, Class<T> type) {
        qt().withExamples(100).forAll(values).checkAssert(value ->
                assertThat(AllianceJson.readValue(AllianceJson.writeValue(value, type), type)).isEqualTo(value));
    }
}
