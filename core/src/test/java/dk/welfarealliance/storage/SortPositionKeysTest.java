package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The sort keys a position reads from an alliance and from a cursor: the municipality, the alliance's latest signed
 * end and its id, the same whichever the position was made from.
 */
class SortPositionKeysTest {

    @Test
    void the_position_of_an_alliance_holds_its_municipality_latest_signed_end_and_id() {
        AllianceStory story = AllianceStory.inAarhus();
        story.signedTerm("Velfærdsalliance", Fixtures.TERM_2021_2024);
        Alliance alliance = story.alliance();

        SortPosition position = SortPosition.of(alliance);

        assertThat(position.getMunicipality()).isEqualTo(Fixtures.AARHUS);
        assertThat(position.getLatestSignedEnd()).contains(LocalDate.of(2024, 12, 31))
                .isEqualTo(alliance.latestSignedEnd());
        assertThat(position.getId()).isEqualTo(alliance.getId());
    }

    @Test
    void the_position_a_cursor_ended_at_is_that_of_its_last_alliance() {
        AllianceStory story = AllianceStory.inAarhus();
        story.signedTerm("Velfærdsalliance", AgreementPeriod.throughYear(LocalDate.of(2022, 1, 1), 2026));
        Alliance last = story.alliance();

        for (AllianceSort sort : AllianceSort.values()) {
            SortPosition position = SortPosition.of(Cursor.after(last, AllianceCriteria.all(), sort));

            assertThat(position).isEqualTo(SortPosition.of(last));
            assertThat(position.getLatestSignedEnd()).contains(LocalDate.of(2026, 12, 31));
        }
    }
}
